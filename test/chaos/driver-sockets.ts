import { io, type Socket } from 'socket.io-client';
import type { DriverManifests } from '../../src/realtime/events.js';
import type { Session } from './api-client.js';

/** The version of the driver's day the server gave this delivery, if it numbers deliveries. */
function deliveryVersion(m: DriverManifests): number | undefined {
  const own = (m as { version?: unknown }).version;
  return typeof own === 'number' ? own : undefined;
}

/** A day's version: the delivery's own when it has one, else its shifts' together (each only grows). */
function versionOf(m: DriverManifests): number {
  return deliveryVersion(m) ?? m.shifts.reduce((sum, s) => sum + s.version, 0);
}

interface DriverSocket {
  driver: string;
  socket: Socket;
  /** The newest manifest of each date this socket was sent. */
  latest: Map<string, DriverManifests>;
}

/**
 * Driver phones: several Socket.IO connections per driver, each keeping the
 * newest manifest it was pushed, reconnecting by itself (with a renewed token
 * when the server refused the old one) as the driver page does.
 */
export function openDriverSockets(
  base: string,
  sessions: ReadonlyMap<string, Session>,
  total: number,
) {
  const drivers = [...sessions.keys()];
  const sockets: DriverSocket[] = [];
  let reconnects = 0;
  let refused = 0;
  for (let i = 0; i < total && drivers.length > 0; i++) {
    const driver = drivers[i % drivers.length]!;
    const session = sessions.get(driver)!;
    const latest = new Map<string, DriverManifests>();
    const socket = io(base, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnectionDelay: 200,
      reconnectionDelayMax: 2000,
      // As the driver page does: the versions held go with every (re)connect, so
      // the server sends only what was missed.
      auth: (cb) => {
        const versions: Record<string, number> = {};
        for (const [date, m] of latest) {
          const v = deliveryVersion(m);
          if (v !== undefined) versions[date] = v;
        }
        session.token().then(
          (token) => cb({ token, versions }),
          () => cb({ versions }),
        );
      },
    });
    // As the driver page does: a copy older than the one held (pushes from two
    // workers may cross) is ignored, and what is held is acknowledged.
    socket.on('manifest', (m: DriverManifests) => {
      const held = latest.get(m.date);
      if (!held || versionOf(m) >= versionOf(held)) latest.set(m.date, m);
      const kept = deliveryVersion(latest.get(m.date)!);
      if (kept !== undefined && kept > 0)
        socket.emit('manifest:ack', { date: m.date, version: kept }, () => {});
    });
    const entry: DriverSocket = { driver, socket, latest };
    socket.io.on('reconnect', () => {
      reconnects++;
    });
    // A refusal by the server's middleware is not retried by the client: renew and try again.
    socket.on('connect_error', () => {
      if (socket.active) return;
      refused++;
      setTimeout(() => {
        session
          .renew()
          .catch(() => {})
          .finally(() => socket.connect());
      }, 500).unref();
    });
    sockets.push(entry);
  }

  return {
    get count() {
      return sockets.length;
    },
    get connected() {
      return sockets.filter((s) => s.socket.connected).length;
    },
    get reconnects() {
      return reconnects;
    },
    get refused() {
      return refused;
    },
    /** Drops every connection at once, as a cell tower going down would; each reconnects. */
    dropAll() {
      for (const { socket } of sockets) socket.io.engine?.close();
    },
    async waitConnected(timeoutMs: number): Promise<boolean> {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (sockets.every((s) => s.socket.connected)) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    },
    /** Each socket's newest manifest per date, with the driver it belongs to. */
    latest(): { driver: string; manifests: DriverManifests[] }[] {
      return sockets.map((s) => ({ driver: s.driver, manifests: [...s.latest.values()] }));
    },
    close() {
      for (const { socket } of sockets) socket.disconnect();
    },
  };
}

export type DriverSockets = ReturnType<typeof openDriverSockets>;
