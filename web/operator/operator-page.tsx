import { Alert, Anchor, Button, Container, Group, SimpleGrid, Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, apiGet } from '../shared/api.js';
import { ConnectionBadge } from '../shared/connection-badge.js';
import { useI18n } from '../shared/i18n.js';
import { PageHeader } from '../shared/page-header.js';
import type { Session } from '../shared/session.js';
import { type ConnectionState, createSocket, type YoldasSocket } from '../shared/socket.js';
import type { BookingView, CitizenView, ServiceView } from '../shared/types.js';
import { BookingForm } from './booking-form.js';
import { BookingsTable } from './bookings-table.js';
import { CitizenPage } from './citizen-page.js';
import { DriverConversation } from './driver-conversation.js';
import { DriverInbox } from './driver-inbox.js';
import { Emergencies } from './emergencies.js';
import { FleetAlerts } from './fleet-alerts.js';
import { LiveMap } from './live-map.js';
import { ShortcutHelp } from './shortcut-help.js';
import { isTyping, SHORTCUTS } from './shortcuts.js';
import { goTo, useHashRoute } from './use-hash-route.js';

type Listener = (booking: BookingView) => void;

/** The call (form above, the day's board below) or a citizen's card; live over Socket.IO. */
export function OperatorPage({ session, onLogout }: { session: Session; onLogout: () => void }) {
  const { t } = useI18n();
  const route = useHashRoute();
  const [services, setServices] = useState<ServiceView[]>([]);
  const [error, setError] = useState<string>();
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [reloadKey, setReloadKey] = useState(0);
  const [latest, setLatest] = useState<BookingView>();
  // A new call remounts the form: nothing of the previous caller survives.
  const [call, setCall] = useState<{ key: number; citizen?: CitizenView }>({ key: 0 });
  const [help, setHelp] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const listeners = useRef(new Set<Listener>());
  // The live map and the alerts listen on the page's one socket.
  const [socket, setSocket] = useState<YoldasSocket>();
  const [alarmed, setAlarmed] = useState<ReadonlySet<string>>(new Set());
  const [mapFocus, setMapFocus] = useState<{ driverId: string; at: number }>();
  const boardRef = useRef<HTMLDivElement>(null);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  const newCall = useCallback(
    (citizen?: CitizenView) => {
      setCall((c) => ({ key: c.key + 1, ...(citizen ? { citizen } : {}) }));
      setAnnouncement(t('call.newDone'));
      if (window.location.hash && window.location.hash !== '#/') goTo('#/');
    },
    [t],
  );

  useEffect(() => {
    apiGet<ServiceView[]>('/services')
      .then((all) => setServices(all.filter((s) => s.active)))
      .catch((err: unknown) => setError(err instanceof ApiError ? err.message : String(err)));
  }, []);

  useEffect(() => {
    const socket = createSocket(setConnection);
    setSocket(socket);
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

  // "?" opens the help, but only where it types nothing.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !e.altKey && !e.ctrlKey && !e.metaKey && !isTyping(e.target)) {
        e.preventDefault();
        setHelp(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useHotkeys(
    [
      [
        SHORTCUTS.board.keys,
        () => {
          if (route.page !== 'call') goTo('#/');
          requestAnimationFrame(() =>
            boardRef.current?.querySelector<HTMLElement>('input')?.focus(),
          );
        },
        { usePhysicalKeys: true },
      ],
      // The form handles Alt+N itself; on a citizen's card it starts a call too.
      ...(route.page === 'citizen'
        ? [[SHORTCUTS.newCall.keys, () => newCall(), { usePhysicalKeys: true }] as const]
        : []),
    ] as Parameters<typeof useHotkeys>[0],
    [],
  );

  return (
    <Container size="xl" py="md">
      <Anchor href="#main" className="skip-link">
        {t('nav.call')}
      </Anchor>
      <PageHeader title={t('app.name')} userName={session.user.name} onLogout={onLogout}>
        <ConnectionBadge state={connection} />
        {/* Supervisors decide the operators' eligibility requests in /admin. */}
        {(session.user.role === 'supervisor' || session.user.role === 'admin') && (
          <Anchor href="/admin/">{t('nav.eligibilityRequests')}</Anchor>
        )}
        <Button variant="default" onClick={() => setHelp(true)} aria-keyshortcuts="?">
          {t('call.helpButton')}
        </Button>
      </PageHeader>
      <div aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      <Stack component="main" id="main">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Emergencies
          socket={socket}
          onOpen={setAlarmed}
          onShow={(driverId) => {
            if (route.page !== 'call') goTo('#/');
            setMapFocus({ driverId, at: Date.now() });
          }}
        />
        {/* Side by side on a desk: the call form stays near the top. */}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <FleetAlerts socket={socket} />
          <DriverInbox socket={socket} />
        </SimpleGrid>
        {route.page === 'citizen' ? (
          <>
            <Group>
              <Anchor href="#/">{t('citizen.back')}</Anchor>
            </Group>
            <CitizenPage
              id={route.id}
              services={services}
              role={session.user.role}
              onBook={(citizen) => newCall(citizen)}
            />
          </>
        ) : (
          <>
            <BookingForm
              key={call.key}
              services={services}
              subscribe={subscribe}
              onBooked={setLatest}
              onNewCall={() => newCall()}
              initialCitizen={call.citizen}
              autoFocus={call.key > 0}
            />
            <div ref={boardRef}>
              <BookingsTable
                services={services}
                subscribe={subscribe}
                reloadKey={reloadKey}
                latest={latest}
              />
            </div>
            <LiveMap
              socket={socket}
              services={services}
              alarmed={alarmed}
              focus={mapFocus}
              details={(v) => (
                <DriverConversation
                  socket={socket}
                  driverId={v.driverId}
                  driverName={v.driverName}
                />
              )}
            />
          </>
        )}
      </Stack>
      <ShortcutHelp opened={help} onClose={() => setHelp(false)} />
    </Container>
  );
}
