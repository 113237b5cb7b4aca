import type { DriverReport } from '../../src/realtime/events.js';

/**
 * Taps not yet acknowledged by the server, kept in localStorage so that a
 * tap survives a dropped connection, a reload or a dead battery. Each
 * carries its `clientEventId`: resending it is safe, the server counts it once.
 */
export interface Outbox {
  list(): DriverReport[];
  add(report: DriverReport): void;
  remove(clientEventId: string): void;
}

export function createOutbox(storageKey: string): Outbox {
  function read(): DriverReport[] {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
      return Array.isArray(parsed) ? (parsed as DriverReport[]) : [];
    } catch {
      return [];
    }
  }
  function write(items: DriverReport[]) {
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
