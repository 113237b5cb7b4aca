import { Badge, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { type DriverAction, statusAfterDriverAction } from '../../src/domain/booking-status.js';
import {
  actionsAtStop,
  type DriverStopRules,
  isOnDriversDay,
  noShowAllowedFrom,
  type StopState,
  stopStateOf,
} from '../../src/domain/driver-stops.js';
import type { DriverReport } from '../../src/realtime/events.js';
import { type MessageKey, useI18n } from '../shared/i18n.js';
import { dmy, hhmm, localDateOf, ZONE } from '../shared/time.js';
import type { DriverManifest } from '../shared/types.js';
import { NoShowButton } from './no-show-button.js';

type Stop = DriverManifest['stops'][number];

const STATE_COLOR: Record<StopState, string> = {
  planned: 'blue',
  arrived: 'yellow',
  done: 'green',
  'no-show': 'grape',
  skipped: 'gray',
};

/** The booking's status once the queued taps are through (what the server will say). */
function statusAfter(stop: Stop, queued: DriverReport[]): Stop['status'] {
  let status = stop.status;
  for (const r of queued) {
    if (r.bookingId !== stop.bookingId || !status) continue;
    status = statusAfterDriverAction(status, r.action) ?? status;
  }
  return status;
}

/** One stop: when, where, who and what they need, and the taps allowed now. */
export function StopCard(props: {
  stop: Stop;
  queued: DriverReport[];
  rules: DriverStopRules;
  /** The shift the stop is on: while it runs, its stops are the driver's day (night shifts). */
  shift: { startsAt: string; endsAt: string };
  now: Date;
  onReport: (bookingId: string, action: DriverAction) => void;
}) {
  const { t } = useI18n();
  const { stop } = props;
  const kindText = t(`stop.${stop.kind}`);
  const heading = `${hhmm(stop.plannedAt)} · ${kindText} · ${stop.label}`;

  if (stop.kind === 'break' || !stop.bookingId) {
    return (
      <Card withBorder component="li" aria-label={heading} bg="gray.0">
        <Text fw={600}>{heading}</Text>
      </Card>
    );
  }

  const bookingId = stop.bookingId;
  const kind = stop.kind;
  const status = statusAfter(stop, props.queued);
  const state = status ? stopStateOf(kind, status) : stop.state;
  const stateText = state
    ? t((state === 'done' ? `stopState.${kind}.done` : `stopState.${state}`) as MessageKey)
    : undefined;
  const sending = props.queued.some((r) => r.bookingId === bookingId);
  // Only today's stops take taps (the server says the same); an aboard passenger always gets off.
  const today =
    status === 'on-board' ||
    isOnDriversDay(new Date(stop.plannedAt), props.now, ZONE, props.rules, {
      startsAt: new Date(props.shift.startsAt),
      endsAt: new Date(props.shift.endsAt),
    });
  const allowed = status && today ? actionsAtStop(kind, status) : [];
  // One large button for the next step; a no-show's stays disabled until the waiting time is over.
  // Until the server's answer to "arrived" comes: counted from the tap, with the ride's own wait.
  const arrivedTap = props.queued.find((r) => r.bookingId === bookingId && r.action === 'arrived');
  const noShowFrom =
    status === 'arrived'
      ? (stop.noShowFrom ??
        noShowAllowedFrom(
          new Date(arrivedTap?.at ?? props.now),
          new Date(stop.noShowWait?.windowStart ?? props.now),
          { noShowWaitMinutes: stop.noShowWait?.minutes ?? props.rules.noShowWaitMinutes },
        ).toISOString())
      : null;
  const actions = allowed.filter((a) => a !== 'no-show');
  const p = stop.passenger;
  const needs = p
    ? [
        p.wheelchair !== 'none' ? t(`needs.wheelchair.${p.wheelchair}`) : undefined,
        p.companions > 0 ? t('needs.companions', { n: p.companions }) : undefined,
        p.infants > 0 ? t('needs.infants', { n: p.infants }) : undefined,
        p.walkingAid ? t('needs.walkingAid') : undefined,
      ].filter((n) => n !== undefined)
    : [];

  return (
    <Card withBorder component="li" aria-label={`${heading} · ${p?.name ?? ''}`} padding="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text fw={700} size="lg">
            {heading}
          </Text>
          <Group gap="xs">
            {sending && <Loader size="xs" aria-hidden />}
            {state && (
              <Badge color={STATE_COLOR[state]} size="lg" variant="light">
                {stateText}
              </Badge>
            )}
          </Group>
        </Group>
        {/* The door, large: the driver reads it at a glance. Without a door address it is the heading's label. */}
        {stop.address !== stop.label && (
          <Text size="xl" fw={600}>
            {stop.address}
          </Text>
        )}
        {stop.directions && (
          <Text size="lg">{t('stop.directions', { text: stop.directions })}</Text>
        )}
        {/* Navigation only to where the driver still has to go. */}
        {stop.navigationUrl && (state === 'planned' || state === 'arrived') && (
          <Group>
            <Button
              component="a"
              href={stop.navigationUrl}
              size="lg"
              variant="light"
              aria-label={t('stop.navigateTo', { address: stop.address })}
            >
              {t('stop.navigate')}
            </Button>
          </Group>
        )}
        {p && (
          <Text size="lg">
            {p.name} ·{' '}
            <a href={`tel:${p.phone}`} style={{ color: 'inherit' }}>
              {p.phone}
            </a>
          </Text>
        )}
        {needs.length > 0 && (
          <Group gap="xs">
            {needs.map((n) => (
              <Badge key={n} size="lg" color="violet" variant="outline">
                {n}
              </Badge>
            ))}
          </Group>
        )}
        {p?.appointmentAt && (
          <Text fw={700} size="lg">
            {t('needs.appointment', { time: hhmm(p.appointmentAt) })}
          </Text>
        )}
        {p?.notes && <Text>{t('needs.notes', { text: p.notes })}</Text>}
        {status && !today && allowed.length === 0 && actionsAtStop(kind, status).length > 0 && (
          <Text c="dimmed">{t('driver.notToday', { date: dmy(localDateOf(stop.plannedAt)) })}</Text>
        )}
        {(actions.length > 0 || allowed.includes('no-show')) && (
          <Stack gap="sm">
            {actions.map((action) => (
              <Button
                key={action}
                size="xl"
                fullWidth
                onClick={() => props.onReport(bookingId, action)}
              >
                {t(`action.${action}`)}
              </Button>
            ))}
            {noShowFrom && allowed.includes('no-show') && (
              <NoShowButton
                bookingId={bookingId}
                from={noShowFrom}
                onTap={() => props.onReport(bookingId, 'no-show')}
              />
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
