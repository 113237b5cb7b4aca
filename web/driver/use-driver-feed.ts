import { type SetStateAction, useCallback, useEffect, useRef, useState } from 'react';
import type { BreakView, DriverReport, DriverTap } from '../../src/realtime/events.js';
import { ApiError, apiGet } from '../shared/api.js';
import { translate } from '../shared/i18n.js';
import { newId } from '../shared/ids.js';
import type { Session } from '../shared/session.js';
import { type ConnectionState, createSocket, type YoldasSocket } from '../shared/socket.js';
import type { BookingView, DriverManifests } from '../shared/types.js';
import { createManifestCopies } from './manifest-copies.js';
import { createOutbox } from './outbox.js';

const ACK_TIMEOUT_MS = 8_000;
const RETRY_EVERY_MS = 10_000;
// The server will never accept these as they are: drop the tap and say so.
const FINAL_CODES = new Set(['VALIDATION_FAILED', 'NOT_FOUND', 'INVALID_TRANSITION', 'FORBIDDEN']);

export interface DriverFeed {
  manifests: DriverManifests | undefined;
  /** When the manifest on screen was saved, if it is the phone's copy (no connection). */
  savedAt: string | undefined;
  connection: ConnectionState;
  pending: DriverTap[];
  error: string | undefined;
  report: (bookingId: string, action: DriverReport['action']) => void;
  /** Sends a GPS fix when connected (best effort: a lost one is replaced by the next). */
  sendPosition: (fix: { lat: number; lng: number; accuracy?: number; at: string }) => void;
  /** Starts or ends the break of one of the driver's shifts (queued like every tap). */
  reportBreak: (shiftId: string, action: 'break-started' | 'break-ended') => void;
  /** The page's socket (messages and emergencies listen on it); undefined before it is made. */
  socket: YoldasSocket | undefined;
}

/**
 * The driver's manifest for `date`, live: fetched once, then replaced by every
 * push the server sends for that day. Taps go through a
 * persistent outbox and are resent after a reconnect until acknowledged.
 */
export function useDriverFeed(session: Session, date: string): DriverFeed {
  const [manifests, setManifestsState] = useState<DriverManifests>();
  const [savedAt, setSavedAt] = useState<string>();
  const [copies] = useState(() =>
    createManifestCopies(`yoldas.driver.manifest.${session.user.id}`),
  );
  // Every manifest shown is also kept on the phone: the app opens with it when offline.
  const setManifests = useCallback(
    (next: SetStateAction<DriverManifests | undefined>) =>
      setManifestsState((current) => {
        const value = typeof next === 'function' ? next(current) : next;
        if (value) copies.save(value);
        return value;
      }),
    [copies],
  );
  // The newest delivery version of each day the app has shown: sent in the handshake, so a
  // reconnect brings only what was missed; an older or equal copy arriving late is ignored.
  const held = useRef<Record<string, number>>({});
  const socketRef = useRef<YoldasSocket>(undefined);
  const [socket, setSocket] = useState<YoldasSocket>();
  /** Whether `m` is news (newer than what the app holds), noting it as held; acknowledged either way. */
  const accept = useCallback((m: DriverManifests, pushed: boolean): boolean => {
    const mine = held.current[m.date];
    const fresh = mine === undefined || m.version > mine || (!pushed && m.version === mine);
    if (fresh) held.current[m.date] = m.version;
    const socket = socketRef.current;
    if (socket?.connected && m.version > 0)
      socket.emit(
        'manifest:ack',
        { date: m.date, version: held.current[m.date] ?? m.version },
        // Best effort: a lost ack only means the day is sent again, and acknowledged then.
        () => {},
      );
    return fresh;
  }, []);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [error, setError] = useState<string>();
  const [outbox] = useState(() => createOutbox(`yoldas.driver.outbox.${session.user.id}`));
  const [pending, setPending] = useState(outbox.list);
  const dateRef = useRef(date);
  const fetchSeq = useRef(0);
  const flushing = useRef(false);

  const fetchDay = useCallback(
    async (day: string) => {
      const seq = ++fetchSeq.current;
      try {
        const m = await apiGet<DriverManifests>(`/driver/manifest?date=${day}`);
        if (!accept(m, false)) return;
        if (seq === fetchSeq.current && day === dateRef.current) {
          setManifests(m);
          setSavedAt(undefined);
        }
      } catch (err) {
        if (seq !== fetchSeq.current) return;
        // No connection: the last copy the phone kept of this day, said to be one.
        const copy =
          err instanceof ApiError && err.code === 'NETWORK' ? copies.load(day) : undefined;
        if (copy && day === dateRef.current) {
          setManifestsState((m) => m ?? copy.manifests);
          setSavedAt(copy.savedAt);
        } else setError(err instanceof ApiError ? err.message : String(err));
      }
    },
    [accept, copies, setManifests],
  );

  const applyBooking = useCallback(
    (booking: BookingView) => {
      setManifests((m) =>
        m
          ? {
              ...m,
              shifts: m.shifts.map((shift) => ({
                ...shift,
                stops: shift.stops.map((s) =>
                  s.bookingId === booking.id ? { ...s, status: booking.status } : s,
                ),
              })),
            }
          : m,
      );
    },
    [setManifests],
  );

  const applyBreak = useCallback(
    (view: BreakView) => {
      setManifests((m) =>
        m
          ? {
              ...m,
              shifts: m.shifts.map((shift) =>
                shift.shiftId === view.shiftId && shift.break
                  ? {
                      ...shift,
                      break: {
                        ...shift.break,
                        startedAt: view.breakStartedAt,
                        endedAt: view.breakEndedAt,
                      },
                    }
                  : shift,
              ),
            }
          : m,
      );
    },
    [setManifests],
  );

  const flush = useCallback(async () => {
    const socket = socketRef.current;
    if (!socket?.connected || flushing.current) return;
    flushing.current = true;
    try {
      // Oldest first, one at a time: "picked up" must not overtake "arrived".
      // Taps made meanwhile join the queue and go out in this same round.
      for (let item = outbox.list()[0]; item; item = outbox.list()[0]) {
        const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('driver:report', item);
        if (ack.ok) {
          outbox.remove(item.clientEventId);
          if ('shiftId' in ack.data) applyBreak(ack.data);
          else applyBooking(ack.data);
        } else if (FINAL_CODES.has(ack.error.code)) {
          outbox.remove(item.clientEventId);
          setError(translate('driver.reportFailed', { message: ack.error.message }));
        } else {
          break; // a passing fault: keep it and the ones after it for the next try
        }
        setPending(outbox.list());
      }
    } catch {
      // No ack in time: the tap stays queued; its clientEventId makes the resend harmless.
    } finally {
      flushing.current = false;
      setPending(outbox.list());
    }
  }, [outbox, applyBooking, applyBreak]);

  useEffect(() => {
    dateRef.current = date;
    setManifests((m) => (m?.date === date ? m : undefined));
    void fetchDay(date);
  }, [date, fetchDay, setManifests]);

  useEffect(() => {
    const socket = createSocket(setConnection, () => ({ versions: held.current }));
    socketRef.current = socket;
    setSocket(socket);
    // The server pushes the manifest of whichever day changed (today's and
    // tomorrow's on connect, unless held already); only the day on screen is shown.
    socket.on('manifest', (m) => {
      if (!accept(m, true) || m.date !== dateRef.current) return;
      fetchSeq.current++; // a push is newer than any fetch still under way
      setManifests(m);
      setSavedAt(undefined);
    });
    socket.on('connect', () => void flush());
    const timer = setInterval(() => {
      if (outbox.list().length > 0) void flush();
    }, RETRY_EVERY_MS);
    // The browser knows about a lost network long before a heartbeat times out.
    const offline = () => setConnection('offline');
    const online = () => {
      if (!socket.connected) return void socket.connect();
      setConnection('connected');
      void flush();
    };
    // A phone waking up may have slept through pushes: fetch the day again.
    const visible = () => {
      if (document.visibilityState === 'visible') void fetchDay(dateRef.current);
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    document.addEventListener('visibilitychange', visible);
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', visible);
      clearInterval(timer);
      socket.close();
      socketRef.current = undefined;
    };
  }, [accept, fetchDay, flush, outbox, setManifests]);

  const report = useCallback(
    (bookingId: string, action: DriverReport['action']) => {
      setError(undefined);
      outbox.add({ bookingId, action, clientEventId: newId(), at: new Date().toISOString() });
      setPending(outbox.list());
      void flush();
    },
    [outbox, flush],
  );

  const reportBreak = useCallback(
    (shiftId: string, action: 'break-started' | 'break-ended') => {
      setError(undefined);
      outbox.add({ shiftId, action, clientEventId: newId(), at: new Date().toISOString() });
      setPending(outbox.list());
      void flush();
    },
    [outbox, flush],
  );

  const sendPosition = useCallback<DriverFeed['sendPosition']>((fix) => {
    const socket = socketRef.current;
    if (socket?.connected) socket.emit('driver:position', fix, () => {});
  }, []);

  return {
    manifests,
    savedAt,
    connection,
    pending,
    error,
    report,
    reportBreak,
    sendPosition,
    socket,
  };
}
