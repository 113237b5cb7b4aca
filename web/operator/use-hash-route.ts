import { useSyncExternalStore } from 'react';

/** Where the console is: the call (`#/`) or a citizen's card (`#/citizens/:id`). */
export type Route = { page: 'call' } | { page: 'citizen'; id: string };

export function parseRoute(hash: string): Route {
  const citizen = /^#\/citizens\/([0-9a-f-]{36})$/i.exec(hash);
  return citizen ? { page: 'citizen', id: citizen[1]! } : { page: 'call' };
}

/** The hash route as state: links and the back button work, and the server serves one page. */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(
    (listener) => {
      window.addEventListener('hashchange', listener);
      return () => window.removeEventListener('hashchange', listener);
    },
    () => window.location.hash,
  );
  return parseRoute(hash);
}

export function goTo(hash: string): void {
  window.location.hash = hash;
}
