import type { DriverManifests } from '../shared/types.js';

/** The phone's copy of a day's manifest, and when it was kept. */
export interface ManifestCopy {
  manifests: DriverManifests;
  savedAt: string;
}

// Yesterday (a night shift), today and tomorrow are all a driver opens.
const KEEP_DAYS = 3;

/**
 * The last manifest of each day the driver saw, in localStorage, so the app
 * opened with no connection shows the shift's stops (the service worker
 * serves the page itself). Only the newest few days are kept.
 */
export function createManifestCopies(storageKey: string) {
  function read(): Record<string, ManifestCopy> {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, ManifestCopy>) : {};
    } catch {
      return {};
    }
  }
  return {
    save(manifests: DriverManifests): void {
      const all = read();
      all[manifests.date] = { manifests, savedAt: new Date().toISOString() };
      const newest = Object.keys(all).sort().slice(-KEEP_DAYS);
      const kept = Object.fromEntries(newest.map((d) => [d, all[d]]));
      try {
        localStorage.setItem(storageKey, JSON.stringify(kept));
      } catch {
        // Storage full: the copy is a convenience, the server keeps the truth.
      }
    },
    load(date: string): ManifestCopy | undefined {
      return read()[date];
    },
  };
}
