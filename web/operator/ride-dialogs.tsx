import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, apiGet, apiRequest } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { hhmm, localDateOf } from '../shared/time.js';
import type { BookingView, ExplanationItem, ShiftView } from '../shared/types.js';
import { explain } from './explanation.js';

function messageOf(err: unknown): string {
  return err instanceof ApiError
    ? [err.message, ...err.issues.map((i) => i.message)].join(' ')
    : String(err);
}

/** The operator marks that the citizen did not come (a note is optional). */
export function NoShowDialog(props: {
  booking: BookingView | undefined;
  onClose: () => void;
  onDone: (booking: BookingView) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const booking = props.booking;

  function close() {
    setReason('');
    setError(undefined);
    props.onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!booking) return;
    setBusy(true);
    try {
      const { body } = await apiRequest<BookingView>(`/bookings/${booking.id}/no-show`, {
        method: 'POST',
        body: reason.trim() ? { reason: reason.trim() } : {},
      });
      props.onDone(body);
      close();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={booking !== undefined}
      onClose={close}
      title={booking ? t('board.noShowTitle', { name: booking.citizenName }) : ''}
    >
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label={t('board.noShowReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-autofocus
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.close')}
            </Button>
            <Button type="submit" color="grape" loading={busy}>
              {t('board.noShowConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Gives a ride to another vehicle: a shift of the ride's day. The server asks
 * the engine; when it cannot be done the answer says why, in the engine's words.
 */
export function ReassignDialog(props: {
  booking: BookingView | undefined;
  onClose: () => void;
  onDone: (booking: BookingView) => void;
}) {
  const { t } = useI18n();
  const [shifts, setShifts] = useState<ShiftView[]>([]);
  const [shiftId, setShiftId] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [why, setWhy] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const booking = props.booking;
  const day = booking ? localDateOf(booking.pickupWindow.start) : undefined;

  useEffect(() => {
    if (!day) return;
    let current = true;
    apiGet<ShiftView[]>(`/shifts?date=${day}`)
      .then((rows) => {
        if (!current) return;
        const others = rows.filter((s) => s.id !== booking?.planned?.shiftId);
        setShifts(others);
        setShiftId(others[0]?.id ?? '');
      })
      .catch((err: unknown) => current && setError(messageOf(err)));
    return () => {
      current = false;
    };
  }, [day, booking?.planned?.shiftId]);

  function close() {
    setReason('');
    setError(undefined);
    setWhy([]);
    props.onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!booking || !shiftId) return;
    setBusy(true);
    setWhy([]);
    try {
      const { body } = await apiRequest<BookingView>(`/bookings/${booking.id}/reassign`, {
        method: 'POST',
        body: { shiftId, reason },
      });
      props.onDone(body);
      close();
    } catch (err) {
      setError(messageOf(err));
      if (err instanceof ApiError) {
        const items = (err.params as { explanation?: ExplanationItem[] }).explanation;
        setWhy(explain(items, t));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={booking !== undefined}
      onClose={close}
      title={booking ? t('board.reassignTitle', { name: booking.citizenName }) : ''}
    >
      <form onSubmit={submit}>
        <Stack>
          <NativeSelect
            label={t('board.reassignShift')}
            value={shiftId}
            onChange={(e) => setShiftId(e.currentTarget.value)}
            data={shifts.map((s) => ({
              value: s.id,
              label: t('board.shiftOption', {
                plate: s.vehiclePlate,
                driver: s.driverName,
                from: hhmm(s.startsAt),
                to: hhmm(s.endsAt),
              }),
            }))}
            data-autofocus
          />
          <TextInput
            label={t('board.reassignReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
          />
          {error && (
            <Alert color="red" role="alert">
              <Stack gap={2}>
                <Text>{error}</Text>
                {why.map((w) => (
                  <Text key={w} size="sm">
                    {w}
                  </Text>
                ))}
              </Stack>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.close')}
            </Button>
            <Button type="submit" loading={busy} disabled={!shiftId}>
              {t('board.reassignConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
