import { Alert, Drawer, Loader, Text, Timeline } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ApiError, apiGet } from '../shared/api.js';
import { type MessageKey, useI18n } from '../shared/i18n.js';
import { dmyHm } from '../shared/time.js';
import type { BookingEventView, BookingView } from '../shared/types.js';

const KNOWN = new Set([
  'created',
  'scheduled',
  'refused',
  'cancelled',
  'reassigned',
  'declined',
  'alternatives-declined',
  'moved',
  'return-confirmed',
  'no-show',
  'arrived',
  'picked-up',
  'dropped-off',
  'replanned',
]);

/** Who did what to a booking and when, by name (`GET /bookings/:id/events`). */
export function BookingHistory(props: { booking: BookingView | undefined; onClose: () => void }) {
  const { t } = useI18n();
  const [events, setEvents] = useState<BookingEventView[]>();
  const [error, setError] = useState<string>();
  const id = props.booking?.id;

  useEffect(() => {
    setEvents(undefined);
    setError(undefined);
    if (!id) return;
    let current = true;
    apiGet<BookingEventView[]>(`/bookings/${id}/events`)
      .then((rows) => current && setEvents(rows))
      .catch(
        (err: unknown) => current && setError(err instanceof ApiError ? err.message : String(err)),
      );
    return () => {
      current = false;
    };
  }, [id]);

  const role = (r: string) =>
    ['operator', 'admin', 'driver', 'supervisor', 'scheduler', 'system'].includes(r)
      ? t(`role.${r}` as MessageKey)
      : r;
  const what = (e: BookingEventView) =>
    KNOWN.has(e.type)
      ? t(`event.${e.type}` as MessageKey)
      : e.toStatus
        ? t(`status.${e.toStatus}` as MessageKey)
        : e.type;
  const why = (e: BookingEventView) =>
    typeof e.details?.reason === 'string' ? e.details.reason : undefined;

  return (
    <Drawer
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={props.booking !== undefined}
      onClose={props.onClose}
      position="right"
      title={props.booking ? t('board.historyTitle', { name: props.booking.citizenName }) : ''}
    >
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {!events && !error && <Loader size="sm" />}
      {events?.length === 0 && <Text>{t('board.historyEmpty')}</Text>}
      {events && events.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} active={events.length}>
          {events.map((e) => (
            <Timeline.Item key={e.id} title={what(e)}>
              <Text size="sm">
                {e.actorName
                  ? t('board.historyBy', {
                      when: dmyHm(e.at),
                      who: e.actorName,
                      role: role(e.actorRole),
                    })
                  : // The scheduler and the system act without a person's name.
                    t('board.historyByMachine', { when: dmyHm(e.at), role: role(e.actorRole) })}
              </Text>
              {why(e) && <Text size="sm">{why(e)}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Drawer>
  );
}
