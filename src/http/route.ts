import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Request, RequestHandler, Response, Router } from 'express';
import type {} from 'pino-http';
import { type ZodObject, type ZodType, z } from 'zod';
import { AppError } from '../domain/errors.js';
import type { AuthUser, Role } from '../features/auth/auth-user.js';
import type { Logger } from '../infra/logging/logger.js';
import { type Lang, languageOf } from './i18n.js';
import { documentRoute } from './openapi.js';
import { parseInput } from './validate.js';

export interface RouteContext<B, Q, P, H = Record<string, never>> {
  body: B;
  query: Q;
  params: P;
  /** The request headers the route declares, validated like the body. */
  headers: H;
  /** The authenticated caller; routes marked `public` get none. */
  user: AuthUser;
  lang: Lang;
  log: Logger;
  req: Request;
  res: Response;
}

export interface RouteResult {
  status?: number;
  body?: unknown;
  /** A body sent as it is (a CSV export), with its Content-Type in `headers`; else `body` is sent as JSON. */
  text?: string;
  headers?: Record<string, string>;
}

type AnyObject = ZodObject;

/**
 * A route reads as a pipeline: authenticate → check role → validate body,
 * query, params and declared headers → handler. The same definition documents it in OpenAPI.
 */
export interface RouteDefinition<
  B extends ZodType = ZodType,
  Q extends AnyObject = AnyObject,
  P extends AnyObject = AnyObject,
  H extends AnyObject = AnyObject,
> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express-style path relative to the API root, e.g. `/bookings/:id`. */
  path: string;
  summary: string;
  tag: string;
  roles: readonly Role[] | 'public';
  body?: B;
  query?: Q;
  params?: P;
  /** Documented response body for the main success status. */
  response?: ZodType;
  successStatus?: number;
  /** Extra documented statuses and what they mean. */
  otherResponses?: Record<number, string>;
  /** Request headers the route reads (e.g. Idempotency-Key): validated and documented. */
  headers?: H;
  handler(
    ctx: RouteContext<z.output<B>, z.output<Q>, z.output<P>, z.output<H>>,
  ): Promise<RouteResult>;
}

export function defineRoute<
  B extends ZodType = ZodType,
  Q extends AnyObject = AnyObject,
  P extends AnyObject = AnyObject,
  H extends AnyObject = AnyObject,
>(definition: RouteDefinition<B, Q, P, H>): RouteDefinition {
  return definition as unknown as RouteDefinition;
}

export interface MountDeps {
  authenticate(req: Request): Promise<AuthUser>;
  logger: Logger;
  /**
   * Records a successful authenticated request in the audit log when it read
   * or changed a citizen's data; awaited before the answer, so no answer
   * leaves unaudited.
   */
  audit?(request: {
    route: RouteDefinition;
    user: AuthUser;
    params: Record<string, unknown>;
    answer: unknown;
  }): Promise<void>;
}

export function mountRoutes(
  router: Router,
  registry: OpenAPIRegistry,
  routes: readonly RouteDefinition[],
  deps: MountDeps,
): void {
  for (const route of routes) {
    router[route.method](route.path, toHandler(route, deps));
    documentRoute(registry, route);
  }
}

function toHandler(route: RouteDefinition, deps: MountDeps): RequestHandler {
  return async (req, res) => {
    const lang = languageOf(req.headers['accept-language']);
    let user: AuthUser | undefined;
    if (route.roles !== 'public') {
      user = await deps.authenticate(req);
      if (!route.roles.includes(user.role)) throw new AppError('FORBIDDEN');
    }
    const params = route.params ? parseInput(route.params, req.params, lang, 'params') : {};
    const query = route.query ? parseInput(route.query, req.query, lang, 'query') : {};
    // A body must be JSON (else the parser skips it and the route sees none),
    // and every key in it must be one the schema names.
    if (route.body && hasBody(req) && !req.is('application/json'))
      throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    const body = route.body
      ? parseInput(route.body, req.body ?? {}, lang, 'body', { strict: true })
      : undefined;
    const headers = route.headers ? parseInput(route.headers, req.headers, lang, 'headers') : {};
    const log = (req.log as Logger | undefined) ?? deps.logger;
    const result = await route.handler({
      body,
      query,
      params,
      headers,
      user: user as AuthUser,
      lang,
      log,
      req,
      res,
    });
    if (user && deps.audit)
      await deps.audit({
        route,
        user,
        params: params as Record<string, unknown>,
        answer: result.body,
      });
    for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
    res.status(result.status ?? route.successStatus ?? 200);
    if (result.text !== undefined) res.send(result.text);
    else if (result.body === undefined) res.end();
    else res.json(result.body);
  };
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** A uuid path parameter, used by most routes. */
export const idParams = z.object({ id: z.uuid() });
