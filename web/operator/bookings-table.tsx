import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { canCancel } from '../../src/domain/booking-status.js';
import { ApiError, apiGet } from '../shared/api.js';
import { DateField } from '../shared/date-fields.js';
import { useI18n } from '../shared/i18n.js';
import { StatusBadge } from '../shared/status-badge.js';
import { hhmm, localDate, localDateOf, timeRange } from '../shared/time.js';
import type { BookingView, ServiceView } from '../shared/types.js';
import { BookingHistory } from './booking-history.js';
import { CancelDialog } from './cancel-dialog.js';
import { isLate } from './late.js';
import { NoShowDialog, ReassignDialog } from './ride-dialogs.js';

type Subscribe = (listener: (booking: BookingView) => void) => () => void;

const STATUSES = [
  'pending',
  'will-call',
  'scheduled',
  'refused',
  'cancelled',
  'arrived',
  'on-board',
  'completed',
  'no-show',
] as const;

const startOf = (b: BookingView) => b.planned?.pickupAt ?? b.pickupWindow.start;

function upsert(list: BookingView[], booking: BookingView): BookingView[] {
  const others = list.filter((b) => b.id !== booking.id);
  return [...others, booking].sort((a, b) => startOf(a).localeCompare(startOf(b)));
}

/** A minute clock, so "late" turns on while the board is open. */
function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The day's board: the bookings of one day, filtered by service, status and
 * vehicle, late pickups marked, kept live by `booking:updated`; `reloadKey`
 * changes when the live connection comes back, so anything missed is fetched.
 */
export function BookingsTable(props: {
  services: ServiceView[];
  subscribe: Subscribe;
  reloadKey: number;
  /** The last booking this operator made, shown at once without waiting for the event. */
  latest: BookingView | undefined;
}) {
  const { t, lang } = useI18n();
  const now = useNow();
  const [date, setDate] = useState(localDate());
  const [serviceId, setServiceId] = useState('');
  const [status, setStatus] = useState('');
  const [vehicleId, setVehicleId] = useState('');
  const [bookings, setBookings] = useState<BookingView[]>([]);
  const [error, setError] = useState<string>();
  const [cancelling, setCancelling] = useState<BookingView>();
  const [noShow, setNoShow] = useState<BookingView>();
  const [reassigning, setReassigning] = useState<BookingView>();
  const [history, setHistory] = useState<BookingView>();
  const [announcement, setAnnouncement] = useState('');

  // The whole day is fetched once; filters apply here, so a live update lands in the right view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloadKey changes after a reconnect, to fetch what was missed
  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    let current = true;
    apiGet<BookingView[]>(`/bookings?date=${date}`)
      .then((rows) => {
        if (!current) return;
        setBookings(rows.sort((a, b) => startOf(a).localeCompare(startOf(b))));
        setError(undefined);
      })
      .catch(
        (err: unknown) => current && setError(err instanceof ApiError ? err.message : String(err)),
      );
    return () => {
      current = false;
    };
  }, [date, props.reloadKey]);

  useEffect(
    () =>
      props.subscribe((booking) => {
        if (localDateOf(booking.pickupWindow.start) !== date) return;
        setBookings((list) => upsert(list, booking));
        setAnnouncement(
          t('table.updated', { name: booking.citizenName, status: t(`status.${booking.status}`) }),
        );
      }),
    [props.subscribe, date, t],
  );

  // A new booking brings its day into view once; after that the operator may pick any day.
  const handled = useRef<BookingView>(undefined);
  useEffect(() => {
    const b = props.latest;
    if (!b) return;
    const day = localDateOf(b.pickupWindow.start);
    if (handled.current !== b && day !== date) {
      handled.current = b;
      setDate(day);
      return;
    }
    handled.current = b;
    if (day === date) setBookings((list) => upsert(list, b));
  }, [props.latest, date]);

  const vehicles = useMemo(() => {
    const byId = new Map<string, string>();
    for (const b of bookings)
      if (b.planned) byId.set(b.planned.vehicle.id, b.planned.vehicle.plate);
    return [...byId].sort((a, b) => a[1].localeCompare(b[1]));
  }, [bookings]);

  const shown = bookings.filter(
    (b) =>
      (!serviceId || b.serviceId === serviceId) &&
      (!status || b.status === status) &&
      (!vehicleId || b.planned?.vehicle.id === vehicleId),
  );
  const lateCount = shown.filter((b) => isLate(b, now)).length;

  const serviceName = (id: string) => {
    const s = props.services.find((x) => x.id === id);
    return s ? (lang === 'tr' ? s.nameTr : s.nameEn) : id;
  };
  const replace = (b: BookingView) => setBookings((list) => upsert(list, b));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="bookings-title">
      <Stack>
        <Group justify="space-between" wrap="wrap" align="flex-end">
          <Title id="bookings-title" order={2} size="h3">
            {t('table.title')}
            {lateCount > 0 && (
              <Badge ml="sm" color="red" size="lg">
                {t('board.lateCount', { n: lateCount })}
              </Badge>
            )}
          </Title>
          <Group wrap="wrap" align="flex-end" role="group" aria-label={t('board.filters')}>
            <DateField label={t('table.day')} value={date} onChange={(d) => d && setDate(d)} />
            <NativeSelect
              label={t('board.byService')}
              value={serviceId}
              onChange={(e) => setServiceId(e.currentTarget.value)}
              data={[
                { value: '', label: t('board.allServices') },
                ...props.services.map((s) => ({ value: s.id, label: serviceName(s.id) })),
              ]}
            />
            <NativeSelect
              label={t('board.byStatus')}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value)}
              data={[
                { value: '', label: t('board.allStatuses') },
                ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
              ]}
            />
            <NativeSelect
              label={t('board.byVehicle')}
              value={vehicleId}
              onChange={(e) => setVehicleId(e.currentTarget.value)}
              data={[
                { value: '', label: t('board.allVehicles') },
                ...vehicles.map(([id, plate]) => ({ value: id, label: plate })),
              ]}
            />
          </Group>
        </Group>
        <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {shown.length === 0 ? (
          <Text c="dimmed">{t('table.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('table.time')}</Table.Th>
                  <Table.Th>{t('table.citizen')}</Table.Th>
                  <Table.Th>{t('table.service')}</Table.Th>
                  <Table.Th>{t('table.route')}</Table.Th>
                  <Table.Th>{t('table.vehicle')}</Table.Th>
                  <Table.Th>{t('table.status')}</Table.Th>
                  <Table.Th>{t('table.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((b) => {
                  const late = isLate(b, now);
                  const who = `${b.citizenName} ${hhmm(startOf(b))}`;
                  return (
                    <Table.Tr
                      key={b.id}
                      bg={late ? 'var(--mantine-color-red-0)' : undefined}
                      data-late={late || undefined}
                    >
                      <Table.Td>
                        <Text fw={600}>{hhmm(startOf(b))}</Text>
                        <Text size="sm">
                          {t('board.window')} {timeRange(b.pickupWindow.start, b.pickupWindow.end)}
                        </Text>
                        {late && (
                          <Badge color="red" variant="filled">
                            {t('board.late')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Anchor
                          href={`#/citizens/${b.citizenId}`}
                          aria-label={t('board.openCitizen', { name: b.citizenName })}
                        >
                          {b.citizenName}
                        </Anchor>
                        {b.asap && <Text size="sm">{t('board.asap')}</Text>}
                        {b.returnOf && <Text size="sm">↩ {t('board.returnOf')}</Text>}
                      </Table.Td>
                      <Table.Td>{serviceName(b.serviceId)}</Table.Td>
                      <Table.Td>
                        {b.pickup.label} → {b.dropoff.label}
                      </Table.Td>
                      <Table.Td>{b.planned?.vehicle.plate ?? '—'}</Table.Td>
                      <Table.Td>
                        <StatusBadge status={b.status} />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="wrap">
                          <Button
                            size="compact-md"
                            variant="subtle"
                            onClick={() => setHistory(b)}
                            aria-label={`${t('board.history')}: ${who}`}
                          >
                            {t('board.history')}
                          </Button>
                          {(b.status === 'scheduled' || b.status === 'pending') && (
                            <Button
                              size="compact-md"
                              variant="subtle"
                              onClick={() => setReassigning(b)}
                              aria-label={`${t('board.reassign')}: ${who}`}
                            >
                              {t('board.reassign')}
                            </Button>
                          )}
                          {(b.status === 'scheduled' || b.status === 'arrived') && (
                            <Button
                              size="compact-md"
                              variant="subtle"
                              color="grape"
                              onClick={() => setNoShow(b)}
                              aria-label={`${t('board.noShow')}: ${who}`}
                            >
                              {t('board.noShow')}
                            </Button>
                          )}
                          {(canCancel(b.status) || b.status === 'will-call') && (
                            <Button
                              size="compact-md"
                              variant="subtle"
                              color="red"
                              onClick={() => setCancelling(b)}
                              aria-label={`${t('table.cancel')}: ${who}`}
                            >
                              {t('table.cancel')}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <CancelDialog
        booking={cancelling}
        onClose={() => setCancelling(undefined)}
        onCancelled={replace}
      />
      <NoShowDialog booking={noShow} onClose={() => setNoShow(undefined)} onDone={replace} />
      <ReassignDialog
        booking={reassigning}
        onClose={() => setReassigning(undefined)}
        onDone={replace}
      />
      <BookingHistory booking={history} onClose={() => setHistory(undefined)} />
    </Paper>
  );
}
