import {
  Alert,
  Container,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { DriverReport } from '../../src/realtime/events.js';
import { ConnectionBadge } from '../shared/connection-badge.js';
import { useI18n } from '../shared/i18n.js';
import { PageHeader } from '../shared/page-header.js';
import { keepSessionUntil, type Session } from '../shared/session.js';
import { hhmm, localDate } from '../shared/time.js';
import { BreakControl } from './break-control.js';
import { DriverMessages } from './driver-messages.js';
import { EmergencyButton } from './emergency-button.js';
import { StopCard } from './stop-card.js';
import { useDriverFeed } from './use-driver-feed.js';
import { useGps } from './use-gps.js';
import { useNow } from './use-now.js';

// A driver who logs in between shifts keeps the session this long after the last one ends.
const KEEP_AFTER_SHIFT_MS = 60 * 60_000;

type Day = 'today' | 'tomorrow';

/**
 * Phone-first: the shift's stops in order, live. Today by default; tomorrow
 * one tap away, because jobs for tomorrow arrive the day before and a driver
 * wants to know where the day starts.
 */
export function DriverPage({ session, onLogout }: { session: Session; onLogout: () => void }) {
  const { t } = useI18n();
  const [day, setDay] = useState<Day>('today');
  const date = localDate(day === 'today' ? 0 : 1);
  const {
    manifests,
    savedAt,
    connection,
    pending,
    error,
    report,
    reportBreak,
    sendPosition,
    socket,
  } = useDriverFeed(session, date);
  const now = useNow();
  // Positions only while a shift runs (today's page holds the shifts around now).
  const onShift =
    day === 'today' &&
    (manifests?.shifts.some(
      (s) => Date.parse(s.startsAt) <= now.getTime() && now.getTime() < Date.parse(s.endsAt),
    ) ??
      false);
  const gps = useGps(onShift, sendPosition);
  // The session lasts the shift: closing the tab or the phone's app does not log the driver out.
  const shiftEnd =
    day === 'today'
      ? manifests?.shifts.reduce((end, s) => Math.max(end, Date.parse(s.endsAt)), 0)
      : undefined;
  useEffect(() => {
    if (shiftEnd === undefined) return;
    keepSessionUntil(Math.max(shiftEnd, Date.now()) + KEEP_AFTER_SHIFT_MS);
  }, [shiftEnd]);
  const stopTaps = pending.filter((p): p is DriverReport => 'bookingId' in p);
  const [announcement, setAnnouncement] = useState('');

  const stopCount = manifests?.shifts.reduce((n, s) => n + s.stops.length, 0);
  useEffect(() => {
    if (stopCount !== undefined) setAnnouncement(t('driver.announceStops', { n: stopCount }));
  }, [stopCount, t]);

  return (
    <Container size="sm" px="xs" py="sm">
      <PageHeader title={t('driver.title')} userName={session.user.name} onLogout={onLogout}>
        <ConnectionBadge state={connection} />
      </PageHeader>
      <Stack component="main" gap="md">
        <EmergencyButton socket={socket} />
        <SegmentedControl
          fullWidth
          aria-label={t('driver.day')}
          value={day}
          onChange={(v) => setDay(v as Day)}
          data={[
            { value: 'today', label: t('driver.today') },
            { value: 'tomorrow', label: t('driver.tomorrow') },
          ]}
        />
        <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
        <Text size="sm" c={gps === 'denied' ? 'red.9' : 'dimmed'} role="status">
          {gps === 'denied'
            ? t('driver.gpsDenied')
            : onShift
              ? t('driver.gpsOn', { seconds: 10 })
              : t('driver.gpsOff')}
        </Text>
        {savedAt && (
          <Alert color="orange" role="status">
            {t('driver.savedCopy', { time: hhmm(savedAt) })}
          </Alert>
        )}
        {pending.length > 0 && (
          <Alert color="yellow" role="status">
            {t('driver.outbox', { n: pending.length })}
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {!manifests && <Loader aria-label={t('common.loading')} />}
        {manifests?.shifts.length === 0 && <Text>{t('driver.noShifts')}</Text>}
        {manifests?.shifts.map((shift) => (
          <Stack key={shift.shiftId} component="section" gap="sm" aria-label={shift.vehicle.plate}>
            <Title order={2} size="h4">
              {t('driver.shift', {
                plate: shift.vehicle.plate,
                label: shift.vehicle.label,
                from: hhmm(shift.startsAt),
                to: hhmm(shift.endsAt),
              })}
            </Title>
            <BreakControl shift={shift} queued={pending} onTap={reportBreak} />
            {shift.stops.length === 0 ? (
              <Text c="dimmed">{t('driver.noStops')}</Text>
            ) : (
              <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                {shift.stops.map((stop) => (
                  <StopCard
                    key={`${stop.bookingId ?? stop.plannedAt}-${stop.kind}`}
                    stop={stop}
                    queued={stopTaps}
                    rules={manifests.rules}
                    shift={shift}
                    now={now}
                    onReport={report}
                  />
                ))}
              </Stack>
            )}
          </Stack>
        ))}
        <DriverMessages socket={socket} />
        <Group justify="center">
          <Text size="sm" c="dimmed">
            {date}
          </Text>
        </Group>
      </Stack>
    </Container>
  );
}
