import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Request, RequestHandler } from 'express';
import type { Metrics } from './metrics.js';

/**
 * Counts every HTTP answer by its route's pattern once it is sent. The
 * pattern (`/api/bookings/:id`), never the URL, keeps the label set small
 * and free of ids; anything no route matched counts as `unmatched`.
 */
export function httpMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpAnswered(req.method, routeOf(req), res.statusCode, seconds);
    });
    next();
  };
}

function routeOf(req: Request): string {
  const route = (req as Request & { route?: { path?: unknown } }).route;
  if (route && typeof route.path === 'string') {
    // Every routed path of the API is mounted under /api (see createHttpApp).
    return req.originalUrl.startsWith('/api/') ? `/api${route.path}` : route.path;
  }
  if (req.originalUrl.startsWith('/api/')) return 'unmatched';
  return req.method === 'GET' ? 'static' : 'unmatched';
}

/**
 * `GET /metrics` in the Prometheus text format, for a scraper holding the
 * token (`Authorization: Bearer <METRICS_TOKEN>`). Without a token set the
 * endpoint does not exist: an open /metrics would tell anyone the load.
 */
export function metricsHandler(metrics: Metrics, token: string | undefined): RequestHandler {
  return async (req, res, next) => {
    if (!token) {
      next();
      return;
    }
    if (!tokenMatches(req.headers.authorization, token)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"').end();
      return;
    }
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.end(await metrics.registry.metrics());
  };
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '';
  // Equal-length digests, compared in constant time.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(token));
}

/**
 * A listener of its own for /metrics (`METRICS_PORT`), so a worker process,
 * which serves no HTTP, can be scraped too; the same token applies.
 */
export async function startMetricsServer(
  metrics: Metrics,
  options: { port: number; host: string; token: string | undefined },
): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' || url.pathname !== '/metrics') {
      res.statusCode = 404;
      res.end();
      return;
    }
    if (options.token && !tokenMatches(req.headers.authorization, options.token)) {
      res.statusCode = 401;
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.end();
      return;
    }
    metrics.registry.metrics().then(
      (text) => {
        res.setHeader('Content-Type', metrics.registry.contentType);
        res.end(text);
      },
      () => {
        res.statusCode = 500;
        res.end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return server;
}
