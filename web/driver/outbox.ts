import type { DriverTap } from '../../src/realtime/events.js';

/**
 * Taps (at a stop, or on the break) not yet acknowledged by the server, kept in localStorage so that a
 * tap survives a dropped connection, a reload or a dead battery. Each
 * carries its `clientEventId`: resending it is safe, the server counts it once.
 */
export interface Outbox {
  list(): DriverTap[];
  add(report: DriverTap): void;
  remove(clientEventId: string): void;
}

export function createOutbox(storageKey: string): Outbox {
  function read(): DriverTap[] {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
      return Array.isArray(parsed) ? (parsed as DriverTap[]) : [];
    } catch {
      return [];
    }
  }
  function write(items: DriverTap[]) {
    if (items.length === 0) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, JSON.stringify(items));
  }
  return {
    list: read,
    add(report) {
      write([...read(), report]);
    },
    remove(clientEventId) {
      write(read().filter((r) => r.clientEventId !== clientEventId));
    },
  };
}
