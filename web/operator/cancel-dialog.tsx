import { Alert, Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError, apiRequest } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { hhmm } from '../shared/time.js';
import type { BookingView } from '../shared/types.js';

const ACTIVE = new Set(['pending', 'scheduled', 'will-call']);

/**
 * Asks for the reason (the API wants one for the audit log) and cancels; when
 * the ride has a return still to come, asks whether that goes too.
 */
export function CancelDialog(props: {
  booking: BookingView | undefined;
  onClose: () => void;
  onCancelled: (booking: BookingView) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [cancelReturn, setCancelReturn] = useState(true);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const booking = props.booking;
  const trip =
    booking?.returnTrip && ACTIVE.has(booking.returnTrip.status) ? booking.returnTrip : null;
  const lateFrom = booking?.lateCancelFrom ? new Date(booking.lateCancelFrom) : null;
  const late = lateFrom !== null && Date.now() >= lateFrom.getTime();

  function close() {
    setReason('');
    setCancelReturn(true);
    setError(undefined);
    props.onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!booking) return;
    setBusy(true);
    try {
      const { body } = await apiRequest<BookingView>(`/bookings/${booking.id}/cancel`, {
        method: 'POST',
        body: { reason, ...(trip ? { cancelReturn } : {}) },
      });
      props.onCancelled(body);
      close();
    } catch (err) {
      setError(
        err instanceof ApiError
          ? [err.message, ...err.issues.map((i) => i.message)].join(' ')
          : String(err),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={booking !== undefined}
      onClose={close}
      title={booking ? t('table.cancelTitle', { name: booking.citizenName }) : ''}
    >
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label={t('table.cancelReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            data-autofocus
          />
          {lateFrom && (
            // The service's rule as it was when the ride was booked: the operator tells the caller.
            <Alert color={late ? 'orange' : 'gray'} role="status">
              {late
                ? t('table.cancelLate', {
                    minutes: Math.round(
                      (Date.parse(booking!.pickupWindow.start) - lateFrom.getTime()) / 60_000,
                    ),
                  })
                : t('table.cancelOnTime', { time: hhmm(lateFrom.toISOString()) })}
            </Alert>
          )}
          {trip && (
            <Checkbox
              size="md"
              label={t('board.cancelReturn', {
                // A return "ready after N minutes" has no asked time: its window says when.
                time: trip.willCall
                  ? t('return.will-call')
                  : hhmm(trip.planned?.pickupAt ?? trip.pickupAt ?? trip.pickupWindow.start),
              })}
              checked={cancelReturn}
              onChange={(e) => setCancelReturn(e.currentTarget.checked)}
            />
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.close')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t('table.cancelConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
