import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import { decodeJwt } from 'jose';
import { Server, type Socket } from 'socket.io';
import { AppError } from '../domain/errors.js';
import { type AuthUser, STAFF } from '../features/auth/auth-user.js';
import { sessionRoom } from '../features/auth/session-sockets.js';
import type { TokenIssuer } from '../features/auth/tokens.js';
import {
  driverTap,
  heldVersions,
  manifestAck,
  manifestQuery,
} from '../features/dispatch/dispatch.schema.js';
import type { DispatchService } from '../features/dispatch/dispatch.service.js';
import { driverMessageInput, emergencyReport } from '../features/messages/messages.schema.js';
import type { MessagesService } from '../features/messages/messages.service.js';
import { positionReport } from '../features/positions/positions.schema.js';
import type { PositionsService } from '../features/positions/positions.service.js';
import { errorBody } from '../http/errors.js';
import { type Lang, languageOf } from '../http/i18n.js';
import { parseInput } from '../http/validate.js';
import type { Logger } from '../infra/logging/logger.js';
import { type DriverPresence, PRESENCE_LIFETIME_MS } from './driver-presence.js';
import { type Ack, type ClientToServerEvents, rooms, type ServerToClientEvents } from './events.js';

interface SocketData {
  user: AuthUser;
  lang: Lang;
}

type YoldasSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
export type RealtimeServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

export interface GatewayDeps {
  tokens: TokenIssuer;
  dispatch: DispatchService;
  /** GPS positions from drivers' apps (absent: positions are refused). */
  positions?: PositionsService;
  /** Messages and emergencies (absent: refused as unavailable). */
  messages?: MessagesService;
  /** Two connections: the adapter subscribes on one and publishes on the other. */
  pubClient: Redis;
  subClient: Redis;
  logger: Logger;
  /** Redis channel prefix shared with the notifier's emitter. */
  key: string;
  timeZone: string;
  now: () => Date;
  /** Where drivers' connections are told to the processes that push manifests. */
  presence?: DriverPresence;
}

/** How long a dropped connection may come back and get the packets it missed. */
export const RECOVERY_WINDOW_MS = 2 * 60_000;

/** A third of a presence's lifetime: two refreshes may fail before a live driver lapses. */
const PRESENCE_REFRESH_MS = PRESENCE_LIFETIME_MS / 3;

/**
 * Socket.IO on the API's HTTP server. Every connection proves itself with an
 * access token (`auth.token`); a driver joins only their own room, staff join
 * the staff room. The Redis adapter lets several instances share rooms.
 */
export function createRealtimeGateway(http: HttpServer, deps: GatewayDeps): RealtimeServer {
  const io: RealtimeServer = new Server(http, {
    path: '/socket.io',
    serveClient: false,
    adapter: createAdapter(deps.pubClient, deps.subClient, { key: deps.key }),
    // Recover missed packets after a short drop without a full resync.
    connectionStateRecovery: {
      maxDisconnectionDuration: RECOVERY_WINDOW_MS,
      skipMiddlewares: false,
    },
  });

  io.use(async (socket, next) => {
    try {
      const token = socket.handshake.auth?.token;
      if (typeof token !== 'string') throw new AppError('UNAUTHENTICATED');
      socket.data.user = await deps.tokens.verify(token);
      // A connection lives no longer than its token: the client reconnects with a renewed one.
      const { exp } = decodeJwt(token);
      if (exp) {
        const timer = setTimeout(
          () => socket.disconnect(true),
          Math.max(0, exp * 1000 - Date.now()),
        );
        timer.unref();
        socket.once('disconnect', () => clearTimeout(timer));
      }
      socket.data.lang = languageOf(socket.handshake.headers['accept-language']);
      next();
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'UNAUTHENTICATED';
      next(Object.assign(new Error(code), { data: { code } }));
    }
  });

  io.on('connection', (socket: YoldasSocket) => {
    const { user } = socket.data;
    // Logging out (or a reused refresh token) closes this socket through its session's room.
    if (user.sessionId) void socket.join(sessionRoom(user.sessionId));
    if (user.role === 'driver' && user.driverId) {
      const driverId = user.driverId;
      void socket.join(rooms.driver(driverId));
      // Today's and tomorrow's manifests, unless the app says it holds their newest versions. The
      // driver counts as present first, so a change committed meanwhile is pushed, not skipped.
      const held = heldVersions.safeParse(socket.handshake.auth?.versions);
      (deps.presence?.connected(driverId, socket.id) ?? Promise.resolve())
        .catch((err) => deps.logger.warn({ err }, 'could not record a driver as connected'))
        .then(() => deps.dispatch.missedManifests(user, held.success ? held.data : undefined))
        .then((missed) => {
          for (const m of missed) socket.emit('manifest', m);
        })
        .catch((err) => deps.logger.warn({ err }, 'could not send the manifest on connect'));
      socket.once('disconnect', () => {
        deps.presence
          ?.disconnected(driverId, socket.id)
          .catch((err) => deps.logger.warn({ err }, 'could not record a driver as gone'));
      });
    } else if (STAFF.includes(user.role)) {
      // Only staff: the staff room carries drivers' positions, messages and emergencies.
      void socket.join(rooms.staff);
    }

    socket.on('driver:report', async (input, ack) => {
      if (typeof ack !== 'function') return;
      ack(
        await answer(socket, async () =>
          deps.dispatch.tap(user, parseInput(driverTap, input, socket.data.lang, 'report')),
        ),
      );
    });
    socket.on('manifest:ack', async (input, done) => {
      const result = await answer(socket, async () =>
        deps.dispatch.acknowledge(user, parseInput(manifestAck, input, socket.data.lang, 'ack')),
      );
      if (typeof done === 'function') done(result);
    });
    socket.on('driver:position', async (input, done) => {
      const result = await answer(socket, async () => {
        const fix = parseInput(positionReport, input, socket.data.lang, 'position');
        return deps.positions ? deps.positions.report(user, fix) : { accepted: false };
      });
      if (typeof done === 'function') done(result);
    });
    socket.on('driver:message', async (input, done) => {
      const result = await answer(socket, async () => {
        const message = parseInput(driverMessageInput, input, socket.data.lang, 'message');
        if (!deps.messages) throw new AppError('UNAVAILABLE');
        return deps.messages.fromDriver(user, message);
      });
      if (typeof done === 'function') done(result);
    });
    socket.on('driver:emergency', async (input, done) => {
      const result = await answer(socket, async () => {
        const report = parseInput(emergencyReport, input, socket.data.lang, 'emergency');
        if (!deps.messages) throw new AppError('UNAVAILABLE');
        return deps.messages.emergency(user, report);
      });
      if (typeof done === 'function') done(result);
    });
    socket.on('driver:manifest', async (request, ack) => {
      if (typeof ack !== 'function') return;
      ack(
        await answer(socket, async () => {
          const { date } = parseInput(manifestQuery, request ?? {}, socket.data.lang, 'request');
          return deps.dispatch.manifests(user, date);
        }),
      );
    });
  });

  // This process's drivers keep counting as present while their sockets live.
  if (deps.presence) {
    const presence = deps.presence;
    const timer = setInterval(() => {
      const sockets = [];
      for (const socket of io.of('/').sockets.values()) {
        const driverId = (socket as YoldasSocket).data.user?.driverId;
        if (driverId) sockets.push({ driverId, socketId: socket.id });
      }
      presence
        .refresh(sockets)
        .catch((err) => deps.logger.warn({ err }, 'could not refresh drivers as connected'));
    }, PRESENCE_REFRESH_MS);
    timer.unref();
    http.once('close', () => clearInterval(timer));
  }

  async function answer<T>(socket: YoldasSocket, work: () => Promise<T>): Promise<Ack<T>> {
    try {
      return { ok: true, data: await work() };
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError('INTERNAL');
      if (!(error instanceof AppError)) deps.logger.error({ err: error }, 'socket handler failed');
      return { ok: false, error: errorBody(appError, socket.data.lang).error };
    }
  }

  return io;
}
