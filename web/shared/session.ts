/** What the login answer gives a page; kept in sessionStorage so it ends with the tab. */
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

export function loadSession(): Session | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as Session;
  } catch {
    sessionStorage.removeItem(KEY);
    return undefined;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}

/** Where a user of this role works. */
export function homeOf(role: Session['user']['role']): string {
  return role === 'driver' ? '/driver/' : '/operator/';
}
