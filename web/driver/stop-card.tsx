import { Badge, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { type DriverAction, statusAfterDriverAction } from '../../src/domain/booking-status.js';
import type { DriverReport } from '../../src/realtime/events.js';
import { useI18n } from '../shared/i18n.js';
import { StatusBadge } from '../shared/status-badge.js';
import { hhmm } from '../shared/time.js';
import type { DriverManifest } from '../shared/types.js';

type Stop = DriverManifest['stops'][number];

const ACTIONS_AT: Record<'pickup' | 'dropoff', readonly DriverAction[]> = {
  pickup: ['arrived', 'picked-up', 'no-show'],
  dropoff: ['dropped-off'],
};

/** The status the stop will have once the queued taps are through. */
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
  const status = statusAfter(stop, props.queued);
  const sending = props.queued.some((r) => r.bookingId === bookingId);
  const actions = status
    ? ACTIONS_AT[stop.kind].filter((a) => statusAfterDriverAction(status, a))
    : [];
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
            {status && <StatusBadge status={status} />}
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
        {stop.navigationUrl && (
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
        {actions.length > 0 && (
          <Group gap="sm" wrap="wrap">
            {actions.map((action) => (
              <Button
                key={action}
                size="lg"
                color={action === 'no-show' ? 'red' : 'blue'}
                variant={action === 'no-show' ? 'outline' : 'filled'}
                onClick={() => props.onReport(bookingId, action)}
              >
                {t(`action.${action}`)}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
