import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { DateTime } from 'luxon';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../shared/api.js';
import { Announce } from './choices.js';
import {
  type BookingView,
  cancelRide,
  type RideVehicle,
  ride,
  rideVehicle,
} from './citizen-api.js';
import { type RequestKey, useT } from './messages.js';
import { spokenTime, ZONE } from './request-body.js';
import { metresBetween, RideMap } from './ride-map.js';

const CANCELLABLE = new Set(['pending', 'will-call', 'scheduled']);
/** Before the citizen is on board: the map shows where they are picked up (and the car, while it comes). */
const BEFORE_PICKUP = new Set(['pending', 'scheduled', 'arrived']);

/** How long before the pickup window a cancel starts counting as late, in minutes. */
const lateCancelMinutes = (b: BookingView) =>
  Math.round((Date.parse(b.pickupWindow.start) - Date.parse(b.lateCancelFrom ?? '')) / 60_000);

const clock = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toFormat('HH:mm');

/** "about 1.2 km" / "about 300 metres", said as a person would. */
function distanceInWords(metres: number, lang: 'tr' | 'en'): string {
  const locale = lang === 'tr' ? 'tr-TR' : 'en-GB';
  if (metres >= 1000)
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(metres / 1000)} km`;
  const rounded = Math.max(50, Math.round(metres / 50) * 50);
  return lang === 'tr' ? `${rounded} metre` : `${rounded} metres`;
}

/** One ride: where it stands, the car and its ETA while it comes, and cancelling (the rule said first). */
export function RidePage({ id }: { id: string }) {
  const { t, lang } = useT();
  const [b, setB] = useState<BookingView | null>(null);
  const [car, setCar] = useState<RideVehicle | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    try {
      const [view, vehicle] = await Promise.all([ride(id), rideVehicle(id)]);
      setB(view);
      setCar(vehicle);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }, [id]);

  useEffect(() => {
    void load();
    // The car moves: its place and ETA are read again every 15 s while the page is open.
    const timer = setInterval(() => void load(), 15_000);
    return () => clearInterval(timer);
  }, [load]);
  useEffect(() => heading.current?.focus(), []);

  async function cancel() {
    try {
      setB(await cancelRide(id, t('ride.cancelReason')));
      setConfirming(false);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }

  return (
    <Stack component="section" aria-labelledby="ride-heading">
      <Title order={2} id="ride-heading" ref={heading} tabIndex={-1}>
        {t('ride.heading')}
      </Title>
      {error && <Announce tone="error">{error}</Announce>}
      {b && (
        <>
          <Announce>
            <Text fw={700}>
              {t('ride.status', { status: t(`status.${b.status}` as RequestKey) })}
            </Text>
          </Announce>
          <Text>{t('ride.from', { label: b.pickup.label })}</Text>
          <Text>{t('ride.to', { label: b.dropoff.label })}</Text>
          <Text>
            {t('ride.window', {
              start: spokenTime(b.pickupWindow.start, lang),
              end: spokenTime(b.pickupWindow.end, lang),
            })}
          </Text>
          {car?.plate && (
            <Text>
              {t('ride.vehicle', { plate: car.plate, driver: car.driverFirstName ?? '' })}
            </Text>
          )}
          {car?.eta && (
            <Text>
              {t(car.etaSource === 'gps' ? 'ride.eta' : 'ride.etaPlan', {
                time: spokenTime(car.eta, lang),
              })}
            </Text>
          )}
          {BEFORE_PICKUP.has(b.status) && (
            <Stack gap={4} className="ride-where">
              <RideMap pickup={b.pickup} car={car?.position ?? null} />
              {/* The map in words: it is hidden from screen readers, these sentences are not. */}
              <Text>
                {car?.position
                  ? t('ride.carNear', {
                      distance: distanceInWords(metresBetween(car.position, b.pickup), lang),
                      time: clock(car.position.at),
                    })
                  : t('ride.carUnknown')}
              </Text>
              {car?.position && car.eta && car.etaSource === 'gps' && (
                <Text>
                  {(() => {
                    const minutes = Math.round((Date.parse(car.eta) - Date.now()) / 60_000);
                    return minutes <= 0
                      ? t('ride.etaNow')
                      : t('ride.etaIn', { minutes, time: clock(car.eta) });
                  })()}
                </Text>
              )}
            </Stack>
          )}
          {b.status === 'cancelled' && <Announce>{t('ride.cancelled')}</Announce>}
          {CANCELLABLE.has(b.status) && !confirming && (
            <Button color="red.9" variant="outline" onClick={() => setConfirming(true)}>
              {t('ride.cancel')}
            </Button>
          )}
          {confirming && (
            <Stack role="group" aria-labelledby="cancel-rule">
              {/* The service's own rule, as it was when the ride was booked. */}
              <Text id="cancel-rule">
                {t('ride.cancelRule')}{' '}
                {b.lateCancelFrom &&
                  (Date.now() >= Date.parse(b.lateCancelFrom)
                    ? t('ride.cancelLate', { minutes: lateCancelMinutes(b) })
                    : t('ride.cancelOnTime', { time: spokenTime(b.lateCancelFrom, lang) }))}
              </Text>
              <Group>
                <Button color="red.9" onClick={() => void cancel()} data-autofocus>
                  {t('ride.cancelConfirm')}
                </Button>
                <Button variant="default" onClick={() => setConfirming(false)}>
                  {t('ride.cancelKeep')}
                </Button>
              </Group>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
