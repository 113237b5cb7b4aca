import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiGet } from '../shared/api.js';

/** A list read from the API, with a reload after each change. */
export function useList<T>(path: string | null): {
  items: T[] | undefined;
  error: string | undefined;
  reload: () => void;
} {
  const [items, setItems] = useState<T[]>();
  const [error, setError] = useState<string>();
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick asks for a reload
  useEffect(() => {
    if (!path) return;
    let live = true;
    apiGet<T[]>(path)
      .then((body) => {
        if (!live) return;
        setItems(body);
        setError(undefined);
      })
      .catch((e: unknown) => live && setError(e instanceof ApiError ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [path, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { items, error, reload };
}

/** Per-field messages of a refused request, keyed by the body field ("body.seats" → "seats"). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.field.replace(/^body\./, '')] ??= issue.message;
  return out;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
