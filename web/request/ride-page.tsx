import { Button, Group, Stack, Text, Title } from '@mantine/core';
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
import { spokenTime } from './request-body.js';

const CANCELLABLE = new Set(['pending', 'will-call', 'scheduled']);

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
          {car?.position && (
            <Text size="sm">
              {t('ride.position', {
                lat: car.position.lat.toFixed(4),
                lng: car.position.lng.toFixed(4),
                time: spokenTime(car.position.at, lang),
              })}
            </Text>
          )}
          {b.status === 'cancelled' && <Announce>{t('ride.cancelled')}</Announce>}
          {CANCELLABLE.has(b.status) && !confirming && (
            <Button color="red.9" variant="outline" onClick={() => setConfirming(true)}>
              {t('ride.cancel')}
            </Button>
          )}
          {confirming && (
            <Stack role="group" aria-labelledby="cancel-rule">
              <Text id="cancel-rule">{t('ride.cancelRule')}</Text>
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
