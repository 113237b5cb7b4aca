/** What the login answer gives a page; kept in sessionStorage so it ends with the tab (unless kept, below). */
export interface Session {
  accessToken: string;
  refreshToken: string;
  user: {
    id: string;
    role: 'admin' | 'supervisor' | 'operator' | 'driver';
    driverId: string | null;
    name: string;
  };
}

const KEY = 'yoldas.session';
/** A session kept past the tab (a driver's phone, for the shift): `{ session, until }` in localStorage. */
const KEPT = 'yoldas.session.kept';

interface Kept {
  session: Session;
  until: number;
}

function readKept(): Kept | undefined {
  try {
    const kept = JSON.parse(localStorage.getItem(KEPT) ?? 'null') as Kept | null;
    if (kept && kept.until > Date.now()) return kept;
  } catch {
    // unreadable: forgotten below
  }
  localStorage.removeItem(KEPT);
  return undefined;
}

export function loadSession(): Session | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) {
    // A new tab (or the phone's app reopened) on a session kept for the shift.
    const kept = readKept();
    if (kept) sessionStorage.setItem(KEY, JSON.stringify(kept.session));
    return kept?.session;
  }
  try {
    return JSON.parse(raw) as Session;
  } catch {
    sessionStorage.removeItem(KEY);
    return undefined;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  // A kept session follows every refresh: refresh tokens are single-use.
  const kept = readKept();
  if (kept) localStorage.setItem(KEPT, JSON.stringify({ session, until: kept.until }));
}

/**
 * Keeps the tab's session until `until` (ms): closing the tab or the
 * browser does not log out. For drivers, whose shift outlasts a tab; the
 * server's refresh token lifetime still bounds it, and logging out ends it.
 */
export function keepSessionUntil(until: number): void {
  const session = loadSession();
  if (session) localStorage.setItem(KEPT, JSON.stringify({ session, until }));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
  localStorage.removeItem(KEPT);
}

/** Where a user of this role works. */
export function homeOf(role: Session['user']['role']): string {
  if (role === 'admin') return '/admin/';
  return role === 'driver' ? '/driver/' : '/operator/';
}
