import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../src/realtime/events.js';
import { refreshSession } from './api.js';
import { getLang } from './i18n.js';
import { loadSession } from './session.js';

export type YoldasSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ConnectionState = 'connecting' | 'connected' | 'offline';

/**
 * A Socket.IO client for the signed-in user. `auth` is a function, so every
 * reconnect presents the newest access token; when the server refuses an
 * expired one, the session is refreshed and the socket tries again.
 */
export function createSocket(
  onState: (state: ConnectionState) => void,
  /** More of the handshake, read at every (re)connect: e.g. the manifest versions a driver's app holds. */
  handshake: () => Record<string, unknown> = () => ({}),
): YoldasSocket {
  const socket: YoldasSocket = io({
    path: '/socket.io',
    auth: (cb) => cb({ ...handshake(), token: loadSession()?.accessToken }),
    // Only the first (polling) request carries headers; it sets the language of ack errors.
    extraHeaders: { 'Accept-Language': getLang() },
    reconnectionDelayMax: 5_000,
  });
  // Closing the socket (close() calls disconnect()) also cancels a reconnect scheduled below.
  let stopped = false;
  const disconnect = socket.disconnect.bind(socket);
  socket.disconnect = () => {
    stopped = true;
    return disconnect();
  };
  onState('connecting');
  socket.on('connect', () => onState('connected'));
  socket.on('disconnect', (reason) => {
    onState('offline');
    // The server ends a connection when its access token expires; socket.io does not
    // reconnect after that by itself. The retry meets the middleware, whose refusal
    // (below) renews the session first.
    if (reason === 'io server disconnect' && !stopped)
      setTimeout(() => !stopped && socket.connect(), 500);
  });
  socket.io.on('reconnect_attempt', () => onState('connecting'));
  socket.on('connect_error', async (error) => {
    onState('offline');
    // Transport errors reconnect by themselves; a refusal by the server's middleware does not.
    if (socket.active) return;
    const code = (error as Error & { data?: { code?: string } }).data?.code;
    if (code === 'UNAUTHENTICATED') await refreshSession();
    // No session left means the refresh was refused: the page shows the login instead.
    setTimeout(() => {
      if (!stopped && loadSession()) socket.connect();
    }, 1_000);
  });
  return socket;
}
