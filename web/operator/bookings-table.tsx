import {
  Alert,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { canCancel } from '../../src/domain/booking-status.js';
import { ApiError, apiGet } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { StatusBadge } from '../shared/status-badge.js';
import { hhmm, localDate, localDateOf } from '../shared/time.js';
import type { BookingView, ServiceView } from '../shared/types.js';
import { CancelDialog } from './cancel-dialog.js';

type Subscribe = (listener: (booking: BookingView) => void) => () => void;

const startOf = (b: BookingView) => b.planned?.pickupAt ?? b.pickupWindow.start;

function upsert(list: BookingView[], booking: BookingView): BookingView[] {
  const others = list.filter((b) => b.id !== booking.id);
  return [...others, booking].sort((a, b) => startOf(a).localeCompare(startOf(b)));
}

/**
 * The bookings of one day, kept live by `booking:updated`; `reloadKey`
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
  const [date, setDate] = useState(localDate());
  const [bookings, setBookings] = useState<BookingView[]>([]);
  const [error, setError] = useState<string>();
  const [cancelling, setCancelling] = useState<BookingView>();
  const [announcement, setAnnouncement] = useState('');

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

  const serviceName = (id: string) => {
    const s = props.services.find((x) => x.id === id);
    return s ? (lang === 'tr' ? s.nameTr : s.nameEn) : id;
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="bookings-title">
      <Stack>
        <Group justify="space-between" wrap="wrap">
          <Title id="bookings-title" order={2} size="h3">
            {t('table.title')}
          </Title>
          <TextInput
            type="date"
            label={t('table.day')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
          />
        </Group>
        <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {bookings.length === 0 ? (
          <Text c="dimmed">{t('table.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
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
                {bookings.map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>{hhmm(startOf(b))}</Table.Td>
                    <Table.Td>{b.citizenName}</Table.Td>
                    <Table.Td>{serviceName(b.serviceId)}</Table.Td>
                    <Table.Td>
                      {b.pickup.label} → {b.dropoff.label}
                    </Table.Td>
                    <Table.Td>{b.planned?.vehicle.plate ?? '—'}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={b.status} />
                    </Table.Td>
                    <Table.Td>
                      {canCancel(b.status) && (
                        <Button
                          variant="subtle"
                          color="red"
                          onClick={() => setCancelling(b)}
                          aria-label={`${t('table.cancel')}: ${b.citizenName} ${hhmm(startOf(b))}`}
                        >
                          {t('table.cancel')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <CancelDialog
        booking={cancelling}
        onClose={() => setCancelling(undefined)}
        onCancelled={(b) => setBookings((list) => upsert(list, b))}
      />
    </Paper>
  );
}
