import { useCallback, useEffect, useState } from 'react';
import { logout as apiLogout, setSessionLostHandler } from './api.js';
import { loadSession, type Session } from './session.js';

/** The tab's session as React state; it becomes undefined when the server refuses a refresh. */
export function useSession(): {
  session: Session | undefined;
  setSession: (session: Session) => void;
  logout: () => void;
} {
  const [session, setSession] = useState<Session | undefined>(loadSession);
  useEffect(() => setSessionLostHandler(() => setSession(undefined)), []);
  const logout = useCallback(() => {
    void apiLogout();
    setSession(undefined);
  }, []);
  return { session, setSession, logout };
}
