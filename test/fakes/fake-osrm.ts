import {
  type FakeHttpServer,
  type FakeReply,
  fakeDistanceMetres,
  parsePair,
  startFakeHttpServer,
} from './fake-http-server.js';

/** A scripted failure for the next table request. */
export type OsrmFault =
  | { readonly code: string; readonly message?: string; readonly http?: number }
  | { readonly http: number }
  | { readonly delayMs: number }
  | { readonly body: unknown };

/** A local server answering like osrm-routed's `/table/v1/{profile}/…` service. */
export interface FakeOsrm extends FakeHttpServer {
  /** Table requests since start or `reset()`. */
  tableRequests: number;
  /** Source × destination pairs answered. */
  elements: number;
  /** Coordinates in the largest request seen. */
  maxCoordinatesSeen: number;
  failNext(...faults: OsrmFault[]): void;
  /** Pairs with no route (OSRM answers `null`), given as [lng, lat] pairs. */
  unreachable: (
    source: readonly [number, number],
    destination: readonly [number, number],
  ) => boolean;
  reset(): void;
}

/** Starts the fake; `maxLocations` plays osrm-routed's `--max-table-size` (100 by default, as OSRM). */
export async function startFakeOsrm(options: { maxLocations?: number } = {}): Promise<FakeOsrm> {
  const maxLocations = options.maxLocations ?? 100;
  let faults: OsrmFault[] = [];
  const state = {
    tableRequests: 0,
    elements: 0,
    maxCoordinatesSeen: 0,
    unreachable: (() => false) as FakeOsrm['unreachable'],
  };

  const server = await startFakeHttpServer((url): FakeReply => {
    const match = /^\/table\/v1\/([a-z-]+)\/(.+)$/.exec(url.pathname);
    if (!match)
      return {
        status: 400,
        body: {
          code: 'InvalidUrl',
          message: `URL string malformed close to position 1: "${url.pathname.slice(0, 8)}"`,
        },
      };
    state.tableRequests++;
    const fault = faults.shift();
    if (fault && 'code' in fault) {
      return {
        status: fault.http ?? 400,
        body: { code: fault.code, message: fault.message ?? fault.code },
      };
    }
    if (fault && 'http' in fault)
      return { status: fault.http, body: `<html><body>${fault.http} Bad Gateway</body></html>` };
    if (fault && 'body' in fault) return { status: 200, body: fault.body };
    const delayMs = fault && 'delayMs' in fault ? fault.delayMs : 0;

    const coords = decodeURIComponent(match[2]!).split(';').map(parsePair);
    if (coords.some((c) => !c))
      return {
        status: 400,
        body: { code: 'InvalidQuery', message: 'Query string malformed close to position 0' },
      };
    state.maxCoordinatesSeen = Math.max(state.maxCoordinatesSeen, coords.length);
    if (coords.length > maxLocations)
      return { status: 400, body: { code: 'TooBig', message: 'Too many table coordinates' } };
    const indexList = (name: string) => {
      const raw = url.searchParams.get(name);
      if (!raw || raw === 'all') return coords.map((_, i) => i);
      return raw.split(';').map(Number);
    };
    const sources = indexList('sources');
    const destinations = indexList('destinations');
    if (
      [...sources, ...destinations].some((i) => !Number.isInteger(i) || i < 0 || i >= coords.length)
    ) {
      return { status: 400, body: { code: 'InvalidOptions', message: 'Index out of bounds' } };
    }
    const annotations = (url.searchParams.get('annotations') ?? 'duration').split(',');
    const waypoint = (i: number) => ({
      hint: `fake-hint-${i}`,
      distance: 3.5,
      name: '',
      location: coords[i]!,
    });
    const pairs = sources.map((s) =>
      destinations.map((d) => {
        state.elements++;
        const [lng1, lat1] = coords[s]!;
        const [lng2, lat2] = coords[d]!;
        if (state.unreachable(coords[s]!, coords[d]!)) return null;
        const metres = fakeDistanceMetres(lat1, lng1, lat2, lng2) * 1.3;
        return {
          metres: Math.round(metres * 10) / 10,
          seconds: Math.round((metres / (36 / 3.6)) * 10) / 10,
        };
      }),
    );
    const body: Record<string, unknown> = { code: 'Ok' };
    if (annotations.includes('duration'))
      body.durations = pairs.map((r) => r.map((p) => p?.seconds ?? null));
    if (annotations.includes('distance'))
      body.distances = pairs.map((r) => r.map((p) => p?.metres ?? null));
    body.sources = sources.map(waypoint);
    body.destinations = destinations.map(waypoint);
    return { status: 200, body, delayMs };
  });

  return {
    url: server.url,
    close: server.close,
    get tableRequests() {
      return state.tableRequests;
    },
    set tableRequests(n) {
      state.tableRequests = n;
    },
    get elements() {
      return state.elements;
    },
    set elements(n) {
      state.elements = n;
    },
    get maxCoordinatesSeen() {
      return state.maxCoordinatesSeen;
    },
    set maxCoordinatesSeen(n) {
      state.maxCoordinatesSeen = n;
    },
    get unreachable() {
      return state.unreachable;
    },
    set unreachable(fn) {
      state.unreachable = fn;
    },
    failNext(...more) {
      faults.push(...more);
    },
    reset() {
      state.tableRequests = 0;
      state.elements = 0;
      state.maxCoordinatesSeen = 0;
      state.unreachable = () => false;
      faults = [];
    },
  };
}
