import { Alert, Button, Group, List, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { type Ref, useState } from 'react';
import { ApiError, apiRequest } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { dmy, hhmm, minutesUntil, timeRange } from '../shared/time.js';
import type { AlternativeView, BookingView } from '../shared/types.js';
import { explain } from './explanation.js';

/** The engine's reasons as sentences to read aloud. */
function Why({ booking }: { booking: BookingView }) {
  const { t } = useI18n();
  const sentences = explain(booking.explanation, t);
  if (sentences.length === 0) return null;
  return (
    <Stack gap={2}>
      <Text fw={600} size="sm">
        {t('result.why')}
      </Text>
      <List size="sm" spacing={2}>
        {sentences.map((s) => (
          <List.Item key={s}>{s}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** What happened to the way back. */
function ReturnLine({ booking }: { booking: BookingView }) {
  const { t } = useI18n();
  const trip = booking.returnTrip;
  if (!trip) return null;
  let text: string;
  if (trip.willCall || trip.status === 'will-call') text = t('result.returnWillCall');
  else if (trip.planned && trip.pickupWindow)
    text = t('result.returnPlanned', {
      plate: trip.planned.plate,
      window: timeRange(trip.pickupWindow.start, trip.pickupWindow.end),
    });
  else if (trip.status === 'pending') text = t('result.returnPending');
  else if (trip.status === 'refused') text = t('result.returnRefused');
  else text = t('result.returnStatus', { status: t(`status.${trip.status}`) });
  return <Text>{text}</Text>;
}

/** "The caller does not want any of these": recorded for the reports. */
function Decline({ booking, onDeclined }: { booking: BookingView; onDeclined: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  if (done) return <Text role="status">{t('result.declined')}</Text>;
  if (!open)
    return (
      <Button variant="default" onClick={() => setOpen(true)}>
        {t('result.decline')}
      </Button>
    );
  async function send() {
    try {
      await apiRequest(`/bookings/${booking.id}/decline`, { method: 'POST', body: { reason } });
      setDone(true);
      onDeclined();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  }
  return (
    <Group align="flex-end" wrap="wrap">
      <TextInput
        label={t('result.declineReason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={error}
        data-autofocus
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void send();
          }
        }}
      />
      <Button variant="default" onClick={() => void send()}>
        {t('result.decline')}
      </Button>
    </Group>
  );
}

/**
 * The answer to a booking, worded to be read aloud: the window and vehicle
 * (the ETA for ASAP, the arrival window for an appointment), the return, who
 * shares the ride, why; or the refusal with times to book with a tap.
 */
export function BookingResult(props: {
  booking: BookingView;
  busy: boolean;
  onRebook: (alternative: AlternativeView) => void;
  onDeclined: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useI18n();
  const { booking } = props;
  const heading = (text: string) => (
    <Title order={3} size="h4" ref={props.headingRef} tabIndex={-1}>
      {text}
    </Title>
  );

  if (booking.planned && booking.status !== 'refused' && booking.status !== 'cancelled') {
    const { planned } = booking;
    const eta = minutesUntil(planned.pickupAt);
    return (
      <Alert role="status" color="green" aria-label={t('result.readAloud')}>
        <Stack gap={4}>
          {heading(
            t('result.assigned', {
              plate: planned.vehicle.plate,
              window: timeRange(booking.pickupWindow.start, booking.pickupWindow.end),
            }),
          )}
          <Text>
            {t('result.when', {
              date: dmy(booking.pickupWindow.start),
              window: timeRange(booking.pickupWindow.start, booking.pickupWindow.end),
            })}
          </Text>
          {booking.asap && (
            <Text fw={600}>
              {t('result.eta', { minutes: Math.max(0, eta), time: hhmm(planned.pickupAt) })}
            </Text>
          )}
          {booking.arriveBy && (
            <Text>
              {t('result.appointment', {
                time: hhmm(booking.arriveBy),
                earliest: booking.arrivalWindow ? hhmm(booking.arrivalWindow.earliest) : '—',
                latest: booking.arrivalWindow
                  ? hhmm(booking.arrivalWindow.latest)
                  : hhmm(booking.arriveBy),
              })}
            </Text>
          )}
          <Text>
            {t('result.assignedDetail', {
              label: planned.vehicle.label,
              driver: planned.driverName,
              pickup: hhmm(planned.pickupAt),
              dropoff: hhmm(planned.dropoffAt),
            })}
          </Text>
          <ReturnLine booking={booking} />
          {booking.sharedWith && booking.sharedWith.length > 0 && (
            <Text>
              {t('result.sharedWith', {
                names: booking.sharedWith.map((s) => s.citizenName).join(', '),
              })}
            </Text>
          )}
          <Why booking={booking} />
        </Stack>
      </Alert>
    );
  }

  if (booking.status === 'refused' && booking.refusal) {
    const { reason, alternatives } = booking.refusal;
    const reasonText =
      reason === 'no-capable-vehicle' || reason === 'no-feasible-slot'
        ? t(`refusal.${reason}`)
        : reason;
    return (
      <Alert role="status" color="red">
        <Stack gap="xs">
          {heading(t('result.refused', { reason: reasonText }))}
          <Why booking={booking} />
          {alternatives.length > 0 ? (
            <>
              <Text>{t('result.alternatives')}</Text>
              <Group gap="xs" wrap="wrap">
                {alternatives.map((alt) => (
                  <Button
                    key={alt.requestedAt}
                    variant="filled"
                    disabled={props.busy}
                    onClick={() => props.onRebook(alt)}
                  >
                    {t('result.bookAt', { time: hhmm(alt.requestedAt) })}
                  </Button>
                ))}
              </Group>
            </>
          ) : (
            <Text>{t('result.noAlternatives')}</Text>
          )}
          <Decline booking={booking} onDeclined={props.onDeclined} />
        </Stack>
      </Alert>
    );
  }

  return (
    <Alert role="status" color="gray" icon={<Loader size="sm" />}>
      {heading(t('result.pending'))}
      {booking.citizenName}
    </Alert>
  );
}
