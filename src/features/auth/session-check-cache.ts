/**
 * Every API call checks that its token's session is still open: a database
 * read per request, the largest cost of a small read. A session seen open is
 * trusted for `ttlMs`; a revocation announced on this process or through
 * Redis (`SessionRevocations`) removes it at once, so the window only
 * matters if that announcement is lost.
 */
export function cachedSessionCheck(
  sessions: { isSessionLive(sessionId: string): Promise<boolean> },
  options: { ttlMs: number; maxEntries?: number; now?: () => number },
) {
  const { ttlMs, maxEntries = 10_000, now = Date.now } = options;
  const openUntil = new Map<string, number>();
  // Bumped by each revocation: a read that started before one may have seen the session open.
  let revocations = 0;
  return {
    async isSessionLive(sessionId: string): Promise<boolean> {
      const until = openUntil.get(sessionId);
      if (until !== undefined && until > now()) return true;
      const seen = revocations;
      const live = await sessions.isSessionLive(sessionId);
      if (live && ttlMs > 0 && seen === revocations) {
        if (openUntil.size >= maxEntries) openUntil.clear();
        openUntil.set(sessionId, now() + ttlMs);
      } else openUntil.delete(sessionId);
      return live;
    },
    forget(sessionId: string): void {
      revocations++;
      openUntil.delete(sessionId);
    },
  };
}
