/**
 * The simulated drivers' apps of the realtime bench (realtime.ts): each one
 * connects over Socket.IO to its API instance, keeps the newest manifest
 * version per day and acknowledges it (manifest:ack), and sends a GPS
 * position every 10 s, as the real app does. Run as a child process (fork)
 * so the apps' own event loop does not share the bench's; in-process when
 * the bench runs on PGlite.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io as connect, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  DriverManifests,
  ServerToClientEvents,
} from '../../src/realtime/events.js';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface AppSpec {
  token: string;
  url: string;
}

export interface AppsOptions {
  apps: AppSpec[];
  positionEveryMs: number;
  near: { lat: number; lng: number };
  /** Connections opened at once while connecting. */
  width?: number;
}

export type AppsReport =
  | { kind: 'connected' }
  | { kind: 'seen'; ids: string[]; at: number }
  | {
      kind: 'totals';
      events: number;
      duplicated: number;
      positionsSent: number;
      positionsAccepted: number;
      /** Answered `accepted: false` (too soon after the last, or the server turned it away). */
      positionsRefused: number;
      rssMB: number;
      loopP99Ms: number;
      loopMaxMs: number;
    };

export function runApps(options: AppsOptions, report: (r: AppsReport) => void) {
  const sockets: Client[] = [];
  const timers: NodeJS.Timeout[] = [];
  const seen = new Set<string>();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let events = 0;
  let duplicated = 0;
  let positionsSent = 0;
  let positionsAccepted = 0;
  let positionsRefused = 0;

  async function open(spec: AppSpec): Promise<void> {
    const socket: Client = connect(spec.url, {
      auth: { token: spec.token },
      transports: ['websocket'],
    });
    sockets.push(socket);
    const held = new Map<string, number>();
    socket.on('manifest', (m: DriverManifests) => {
      const at = Date.now();
      events++;
      if ((held.get(m.date) ?? -1) >= m.version) duplicated++;
      else held.set(m.date, m.version);
      const fresh: string[] = [];
      for (const shift of m.shifts)
        for (const stop of shift.stops)
          if (stop.bookingId && !seen.has(stop.bookingId)) {
            seen.add(stop.bookingId);
            fresh.push(stop.bookingId);
          }
      if (fresh.length > 0) report({ kind: 'seen', ids: fresh, at });
      socket.emit('manifest:ack', { date: m.date, version: m.version }, () => {});
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    // Positions every 10 s, the apps spread over the interval, near the depot.
    const send = () => {
      positionsSent++;
      socket.emit(
        'driver:position',
        {
          lat: options.near.lat + (Math.random() - 0.5) * 0.02,
          lng: options.near.lng + (Math.random() - 0.5) * 0.02,
        },
        (ack) => {
          if (ack.ok && ack.data.accepted) positionsAccepted++;
          else positionsRefused++;
        },
      );
    };
    timers.push(
      setTimeout(() => {
        send();
        timers.push(setInterval(send, options.positionEveryMs));
      }, Math.random() * options.positionEveryMs),
    );
  }

  return {
    async connect(): Promise<void> {
      let next = 0;
      const width = options.width ?? 16;
      await Promise.all(
        Array.from({ length: Math.min(width, options.apps.length) }, async () => {
          while (next < options.apps.length) await open(options.apps[next++]!);
        }),
      );
      loop.enable();
      report({ kind: 'connected' });
    },
    totals(): void {
      report({
        kind: 'totals',
        events,
        duplicated,
        positionsSent,
        positionsAccepted,
        positionsRefused,
        rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
        loopP99Ms: Math.round(loop.percentile(99) / 1e5) / 10,
        loopMaxMs: Math.round(loop.max / 1e5) / 10,
      });
    },
    close(): void {
      for (const t of timers) clearInterval(t);
      for (const s of sockets) s.disconnect();
    },
  };
}

// As a child process: the apps arrive in the first message, then 'totals' and 'stop'.
if (process.send && process.argv[2] === 'apps') {
  const send = (r: AppsReport) => process.send!(r);
  let apps: ReturnType<typeof runApps> | undefined;
  process.on('disconnect', () => process.exit(1));
  process.on('message', async (message: { kind: string; options?: AppsOptions }) => {
    if (message.kind === 'start' && message.options) {
      apps = runApps(message.options, send);
      await apps.connect();
    }
    if (message.kind === 'totals') apps?.totals();
    if (message.kind === 'stop') {
      apps?.close();
      process.exit(0);
    }
  });
}
