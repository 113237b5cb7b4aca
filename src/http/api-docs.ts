import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { type Request, Router } from 'express';
import swaggerUi from 'swagger-ui-express';
import { asyncApiDocument } from '../realtime/asyncapi.js';
import { asyncApiPage } from '../realtime/asyncapi-page.js';
import { openApiDocument } from './openapi.js';

export interface ApiDocsOptions {
  /** The service's public address (`https://yoldas.example`); else the address the request came to. */
  publicUrl?: string | undefined;
}

/**
 * The contracts, mounted at /api: `openapi.json` (HTTP), `asyncapi.json`
 * (Socket.IO), Swagger UI at /docs and a page of the realtime events at
 * /docs/realtime. Both documents name an absolute server URL.
 */
export function apiDocsRouter(registry: OpenAPIRegistry, options: ApiDocsOptions = {}): Router {
  const docs = Router();
  const origin = (req: Request) => options.publicUrl?.replace(/\/+$/, '') ?? requestOrigin(req);
  docs.get('/openapi.json', (req, res) => {
    const base = origin(req);
    res.json(openApiDocument(registry, base ? { serverUrl: `${base}/api` } : {}));
  });
  docs.get('/asyncapi.json', (req, res) => {
    const base = origin(req);
    res.json(asyncApiDocument(base ? { serverUrl: base } : {}));
  });
  docs.get('/docs/realtime', (req, res) => {
    const base = origin(req);
    res.type('html').send(asyncApiPage(asyncApiDocument(base ? { serverUrl: base } : {})));
  });
  docs.use(
    '/docs',
    swaggerUi.serveFiles(undefined, { swaggerUrl: '/api/openapi.json' }),
    swaggerUi.setup(undefined, {
      swaggerUrl: '/api/openapi.json',
      customSiteTitle: 'Yoldaş API',
    }),
  );
  return docs;
}

// The Host header is the caller's to write: only a plain host[:port] is echoed back.
function requestOrigin(req: Request): string | undefined {
  const host = req.get('host');
  if (!host || !/^(?:[\w.-]+|\[[\d:a-fA-F]+\])(?::\d{1,5})?$/.test(host)) return undefined;
  return `${req.protocol}://${host}`;
}
