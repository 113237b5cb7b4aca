import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A fake HTTP service on a free loopback port. */
export interface FakeHttpServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  close(): Promise<void>;
}

/** What a fake answers: a status and a JSON (or text) body. */
export interface FakeReply {
  readonly status: number;
  readonly body: unknown;
  /** Wait this long before answering (timeouts, slow services). */
  readonly delayMs?: number;
}

/**
 * Starts `handle` on port 0 of 127.0.0.1. The handler gets the parsed URL
 * and returns a reply; a thrown error becomes a 500, as a crashing upstream.
 */
export async function startFakeHttpServer(
  handle: (url: URL, req: IncomingMessage) => FakeReply | Promise<FakeReply>,
): Promise<FakeHttpServer> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    Promise.resolve()
      .then(() => handle(url, req))
      .catch(
        (error: unknown): FakeReply => ({ status: 500, body: `fake crashed: ${String(error)}` }),
      )
      .then(async (reply) => {
        if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
        res.writeHead(reply.status, {
          'content-type':
            typeof reply.body === 'string'
              ? 'text/plain; charset=utf-8'
              : 'application/json; charset=UTF-8',
        });
        res.end(text);
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** Parses `lat,lng` (Google) or `lng,lat` (OSRM) pairs; undefined when malformed. */
export function parsePair(text: string): [number, number] | undefined {
  const parts = text.split(',');
  if (parts.length !== 2) return undefined;
  const a = Number(parts[0]);
  const b = Number(parts[1]);
  return Number.isFinite(a) && Number.isFinite(b) && parts[0] !== '' && parts[1] !== ''
    ? [a, b]
    : undefined;
}

/** Great-circle metres, duplicated here so the fakes depend on nothing they test. */
export function fakeDistanceMetres(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const s =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(s)));
}
