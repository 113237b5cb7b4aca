import { setTimeout as sleep } from 'node:timers/promises';

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Statuses that end the retries (besides 2xx); anything else is retried. */
  final?: (status: number) => boolean;
  /** Give up after this long in all (the last error is thrown). */
  deadlineMs?: number;
}

/** What the client saw while retrying: the suite reports it. */
export interface ClientStats {
  requests: number;
  networkErrors: number;
  /** 5xx answers by status (retried). */
  serverErrors: Record<string, number>;
  rateLimited: number;
  /** Requests with no answer within the per-request timeout (20 s): hung while something was down. */
  hung: number;
}

/** By default 4xx answers are final (the caller decides) except 408, 425 and 429. */
const defaultFinal = (status: number) =>
  status < 500 && status !== 408 && status !== 425 && status !== 429;

/**
 * A client that behaves as a careful integrator's would: every call is retried
 * on a network error, a timeout or a 5xx with backoff, sending the same body
 * and headers (so the same Idempotency-Key) every time, until it gets a final
 * answer or its deadline passes. A 401 is answered by logging in again.
 */
export function createApiClient(base: string, options: { requestTimeoutMs: number }) {
  const stats: ClientStats = {
    requests: 0,
    networkErrors: 0,
    serverErrors: {},
    rateLimited: 0,
    hung: 0,
  };

  async function once<T>(
    method: string,
    path: string,
    token: string | undefined,
    o: CallOptions,
  ): Promise<Answer<T>> {
    stats.requests++;
    const res = await fetch(`${base}/api${path}`, {
      method,
      headers: {
        ...(o.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...o.headers,
      },
      ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}),
      signal: AbortSignal.timeout(options.requestTimeoutMs),
    });
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    return { status: res.status, body: body as T, headers: res.headers };
  }

  async function call<T>(
    method: string,
    path: string,
    auth: Session | undefined,
    o: CallOptions = {},
  ): Promise<Answer<T>> {
    const final = o.final ?? defaultFinal;
    const deadline = Date.now() + (o.deadlineMs ?? 180_000);
    let delay = 100;
    let renewals = 0;
    let lastError: unknown;
    while (Date.now() < deadline) {
      try {
        const answer = await once<T>(method, path, auth ? await auth.token() : undefined, o);
        // An expired token is renewed once or twice; a token refused again is the answer.
        if (answer.status === 401 && auth && renewals++ < 2) {
          await auth.renew();
          continue;
        }
        if (answer.status < 300 || final(answer.status)) return answer;
        if (answer.status === 429) {
          stats.rateLimited++;
          const retry = Number(answer.headers.get('retry-after') ?? '');
          await sleep(Number.isFinite(retry) && retry > 0 ? retry * 1000 : 5000);
          continue;
        }
        stats.serverErrors[answer.status] = (stats.serverErrors[answer.status] ?? 0) + 1;
        lastError = new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      } catch (error) {
        if ((error as Error).name === 'TimeoutError') stats.hung++;
        else stats.networkErrors++;
        lastError = error;
      }
      await sleep(delay + Math.random() * delay);
      delay = Math.min(delay * 2, 2000);
    }
    throw lastError ?? new Error(`${method} ${path}: deadline passed`);
  }

  /** A logged-in user: a token that is renewed by refresh (or a new login) when it is refused. */
  interface Session {
    /** The user as the login answered it (a driver's `driverId` names their manifest). */
    readonly user: { id: string; role: string; driverId: string | null };
    token(): Promise<string>;
    renew(): Promise<void>;
  }

  async function login(username: string, password: string): Promise<Session> {
    let access = '';
    let refresh = '';
    let user: Session['user'] = { id: '', role: '', driverId: null };
    let renewing: Promise<void> | undefined;
    const fresh = async () => {
      const res = await call<{ accessToken: string; refreshToken: string; user: Session['user'] }>(
        'POST',
        '/auth/login',
        undefined,
        { body: { username, password } },
      );
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
      access = res.body.accessToken;
      refresh = res.body.refreshToken;
      user = res.body.user;
    };
    await fresh();
    return {
      get user() {
        return user;
      },
      async token() {
        if (renewing) await renewing;
        return access;
      },
      renew() {
        renewing ??= (async () => {
          const res = await call<{ accessToken: string; refreshToken: string }>(
            'POST',
            '/auth/refresh',
            undefined,
            { body: { refreshToken: refresh } },
          );
          if (res.status === 200) {
            access = res.body.accessToken;
            refresh = res.body.refreshToken;
          } else {
            await fresh();
          }
        })().finally(() => {
          renewing = undefined;
        });
        return renewing;
      },
    };
  }

  return { call, login, stats };
}

export type ApiClient = ReturnType<typeof createApiClient>;
export type Session = Awaited<ReturnType<ApiClient['login']>>;
