import { Alert, Container, Stack } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, apiGet } from '../shared/api.js';
import { ConnectionBadge } from '../shared/connection-badge.js';
import { useI18n } from '../shared/i18n.js';
import { PageHeader } from '../shared/page-header.js';
import type { Session } from '../shared/session.js';
import { type ConnectionState, createSocket } from '../shared/socket.js';
import type { BookingView, ServiceView } from '../shared/types.js';
import { BookingForm } from './booking-form.js';
import { BookingsTable } from './bookings-table.js';

type Listener = (booking: BookingView) => void;

/** Booking on the phone above, the day's bookings (live) below. */
export function OperatorPage({ session, onLogout }: { session: Session; onLogout: () => void }) {
  const { t } = useI18n();
  const [services, setServices] = useState<ServiceView[]>([]);
  const [error, setError] = useState<string>();
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [reloadKey, setReloadKey] = useState(0);
  const [latest, setLatest] = useState<BookingView>();
  const listeners = useRef(new Set<Listener>());

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  useEffect(() => {
    apiGet<ServiceView[]>('/services')
      .then((all) => setServices(all.filter((s) => s.active)))
      .catch((err: unknown) => setError(err instanceof ApiError ? err.message : String(err)));
  }, []);

  useEffect(() => {
    const socket = createSocket(setConnection);
    let connectedBefore = false;
    socket.on('connect', () => {
      // Updates sent while we were away are lost: reload the table after a reconnect.
      if (connectedBefore) setReloadKey((k) => k + 1);
      connectedBefore = true;
    });
    socket.on('booking:updated', (booking) => {
      for (const listener of listeners.current) listener(booking);
    });
    return () => {
      socket.close();
    };
  }, []);

  return (
    <Container size="lg" py="md">
      <PageHeader title={t('app.name')} userName={session.user.name} onLogout={onLogout}>
        <ConnectionBadge state={connection} />
      </PageHeader>
      <Stack component="main">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <BookingForm services={services} subscribe={subscribe} onBooked={setLatest} />
        <BookingsTable
          services={services}
          subscribe={subscribe}
          reloadKey={reloadKey}
          latest={latest}
        />
      </Stack>
    </Container>
  );
}
