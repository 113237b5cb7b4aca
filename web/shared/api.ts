import { getLang } from './i18n.js';
import { clearSession, loadSession, type Session, saveSession } from './session.js';

export interface FieldIssue {
  field: string;
  message: string;
}

/** An answer other than 2xx: the server's stable code, its translated message and per-field issues. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** The values the message was made from (e.g. the overlapping ride's id), when the server sends them. */
    readonly params: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Called when the session is gone for good (refresh refused): the page shows the login again. */
let onSessionLost: () => void = () => {};
export function setSessionLostHandler(handler: () => void): void {
  onSessionLost = handler;
}

export interface ApiResponse<T> {
  status: number;
  body: T;
}

async function send(path: string, init: RequestInit, token?: string): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  headers.set('Accept-Language', getLang());
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return fetch(`/api${path}`, { ...init, headers });
}

async function errorFrom(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => undefined)) as
    | {
        error?: {
          code?: string;
          message?: string;
          issues?: FieldIssue[];
          params?: Record<string, unknown>;
        };
      }
    | undefined;
  return new ApiError(
    res.status,
    body?.error?.code ?? `HTTP_${res.status}`,
    body?.error?.message ?? res.statusText,
    body?.error?.issues ?? [],
    body?.error?.params ?? {},
  );
}

// One refresh at a time: refresh tokens are single-use, so two parallel
// 401s must share one exchange instead of spending the token twice.
let refreshing: Promise<Session | undefined> | undefined;

/** Exchanges the refresh token for a new session; undefined when the server refuses it. */
export function refreshSession(): Promise<Session | undefined> {
  refreshing ??= (async () => {
    const session = loadSession();
    if (!session) return undefined;
    const res = await send('/auth/refresh', {
      method: 'POST',
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    });
    if (!res.ok) {
      if (res.status === 401) {
        clearSession();
        onSessionLost();
      }
      return undefined;
    }
    const next = (await res.json()) as Session;
    saveSession(next);
    return next;
  })().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

/**
 * Calls the API with the session's bearer token; on a 401 refreshes the
 * session once and retries. Non-2xx answers throw an {@link ApiError}.
 */
export async function apiRequest<T>(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const request: RequestInit = {
    method: init.method ?? 'GET',
    headers: init.headers ?? {},
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  };
  let res: Response;
  try {
    res = await send(path, request, loadSession()?.accessToken);
    if (res.status === 401 && loadSession()) {
      const fresh = await refreshSession();
      if (fresh) res = await send(path, request, fresh.accessToken);
    }
  } catch (error) {
    throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
  }
  if (!res.ok) throw await errorFrom(res);
  const body = res.status === 204 ? undefined : await res.json();
  return { status: res.status, body: body as T };
}

export async function apiGet<T>(path: string): Promise<T> {
  return (await apiRequest<T>(path)).body;
}

/** Logs in and keeps the session. */
export async function login(username: string, password: string): Promise<Session> {
  const res = await send('/auth/login', {
    method: 'POST',
    body: JSON.stringify({ username, password }),
  }).catch((error: unknown) => {
    throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
  });
  if (!res.ok) throw await errorFrom(res);
  const session = (await res.json()) as Session;
  saveSession(session);
  return session;
}

/** Revokes the refresh token (best effort) and forgets the session. */
export async function logout(): Promise<void> {
  const session = loadSession();
  clearSession();
  if (session) {
    await send('/auth/logout', {
      method: 'POST',
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    }).catch(() => undefined);
  }
}
