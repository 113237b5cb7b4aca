import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import express, { type Request, Router } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { AuthUser } from '../features/auth/auth-user.js';
import type { Logger } from '../infra/logging/logger.js';
import { maskText } from '../infra/logging/mask.js';
import { httpMetrics, metricsHandler } from '../infra/metrics/http-metrics.js';
import type { Metrics } from '../infra/metrics/metrics.js';
import { apiDocsRouter } from './api-docs.js';
import { tileImageSource } from './content-policy.js';
import { errorHandler, notFoundHandler } from './errors.js';
import { createRegistry } from './openapi.js';
import { type MountDeps, mountRoutes, type RouteDefinition } from './route.js';

export interface HttpAppDeps {
  routes: readonly RouteDefinition[];
  authenticate(req: Request): Promise<AuthUser>;
  health(): Promise<{ ok: boolean; body: Record<string, unknown> }>;
  logger: Logger;
  /** Built pages (vite build output); served when present. */
  webDir: string;
  /** Writes the audit entry of a request on a citizen's data (see MountDeps.audit). */
  audit?: MountDeps['audit'];
  /** Express `trust proxy`: hops, addresses or subnets whose X-Forwarded-For is believed; none by default. */
  trustProxy?: boolean | number | string;
  /** `PUBLIC_URL`: the server the API documents name; else the address a request came to. */
  publicUrl?: string | undefined;
  /** Answers counted by route; /metrics served to a scraper holding the token. */
  metrics?: { registry: Metrics; token: string | undefined };
  /** The maps' tile URL template: its server is allowed as an image source. */
  mapTileUrl?: string | undefined;
}

export function createHttpApp(deps: HttpAppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from the proxies the operator names
  // (TRUST_PROXY); by default nobody's, so a client cannot choose its own IP.
  app.set('trust proxy', deps.trustProxy ?? false);
  if (deps.metrics) {
    app.use(httpMetrics(deps.metrics.registry));
    app.get('/metrics', metricsHandler(deps.metrics.registry, deps.metrics.token));
  }
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      serializers: {
        req: (req) => ({ id: req.id, method: req.method, url: maskText(String(req.url)) }),
        // pino-http hands this the stock serialisation; `raw` is what was logged.
        res: (res: { statusCode: number | null; raw?: { statusCode?: number } }) => ({
          statusCode: res.raw?.statusCode ?? res.statusCode,
        }),
      },
      // The logger masks personal data by copying each logged object before the
      // serializers run, and a copied response has lost `headersSent` (a getter),
      // so the stock serializer wrote `statusCode: null`. Log only what we need.
      customSuccessObject: (_req, res, value: Record<string, unknown>) => ({
        ...value,
        res: { statusCode: res.statusCode },
      }),
      customErrorObject: (_req, res, _err, value: Record<string, unknown>) => ({
        ...value,
        res: { statusCode: res.statusCode },
      }),
      autoLogging: { ignore: (req) => req.url === '/health' },
    }),
  );

  const registry = createRegistry();
  const docs = apiDocsRouter(registry, { publicUrl: deps.publicUrl });
  // Swagger UI runs an inline bootstrap script; the rest of the site keeps the strict policy.
  app.use('/api', helmet({ contentSecurityPolicy: false }), docs);
  const tiles = deps.mapTileUrl ? tileImageSource(deps.mapTileUrl) : null;
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { imgSrc: ["'self'", 'data:', ...(tiles ? [tiles] : [])] },
      },
    }),
  );

  app.get('/health', async (_req, res) => {
    const { ok, body } = await deps.health();
    res.status(ok ? 200 : 503).json(body);
  });

  const api = Router();
  api.use(express.json({ limit: '100kb' }));
  mountRoutes(api, registry, deps.routes, {
    authenticate: deps.authenticate,
    logger: deps.logger,
    ...(deps.audit ? { audit: deps.audit } : {}),
  });
  app.use('/api', api);
  app.use('/api', notFoundHandler);

  if (existsSync(deps.webDir)) {
    app.use(express.static(deps.webDir, { index: 'index.html', extensions: ['html'] }));
  } else {
    deps.logger.warn({ webDir: deps.webDir }, 'no built pages found; run `npm run build`');
  }
  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger));
  return app;
}
