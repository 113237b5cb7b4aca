/**
 * Online insertion at metropolitan scale: a synthetic day (a 40×40 km city,
 * requests from 06:00 to 20:00 peaking at midday, booked 0–3 h ahead) inserted one by one with
 * `insertRequest`, in booking order, into a fleet whose shifts cover the day.
 *
 *   npm run bench:insert -- --vehicles 2000 --requests 30000 [--seed 1] [--alternatives] [--json]
 *
 * Prints {"p50Ms","p99Ms","maxMs","scheduledPct","heapMB",...}. The final
 * plan is re-verified by `checkPlan` (reported as `feasible`). With
 * --alternatives, each refused request is also offered other times as the
 * booking path does (±15…120 min, up to three), timed apart (`alternatives*`).
 * With DIAG=1
 * in the environment, refusals are also counted by need and hour (stderr).
 */
import { parseArgs } from 'node:util';
import { compile } from '../../src/scheduling/core/compiled.js';
import {
  checkPlan,
  findAlternativeTimes,
  insertRequest,
  type Plan,
  type Problem,
  type TransportRequest,
  type TravelMatrix,
  type Vehicle,
} from '../../src/scheduling/index.js';
import { createRandom } from '../../src/scheduling/random.js';

const { values } = parseArgs({
  options: {
    vehicles: { type: 'string', default: '2000' },
    requests: { type: 'string', default: '30000' },
    seed: { type: 'string', default: '1' },
    candidates: { type: 'string', default: '48' },
    alternatives: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const V = Number(values.vehicles);
const R = Number(values.requests);
const rnd = createRandom(Number(values.seed));
const maxCandidateVehicles = Number(values.candidates);

const CITY_KM = 40;
const SECONDS_PER_KM = 100; // 36 km/h door to door
const DETOUR = 1.3; // road distance over straight line
const HOUR = 3600;

const xs: number[] = [];
const ys: number[] = [];
const place = (x: number, y: number): number => {
  xs.push(Math.min(CITY_KM, Math.max(0, x)));
  ys.push(Math.min(CITY_KM, Math.max(0, y)));
  return xs.length - 1;
};

// Twelve depots spread over the city.
const depots = Array.from({ length: 12 }, (_, k) =>
  place(((k % 4) + 0.5) * (CITY_KM / 4), (Math.floor(k / 4) + 0.5) * (CITY_KM / 3)),
);

const vehicles: Vehicle[] = Array.from({ length: V }, (_, k) => {
  const depot = depots[k % depots.length]!;
  const start = 5.5 * HOUR + rnd.next() * 5.5 * HOUR; // 05:30 to 11:00, ten hours each
  const kind = rnd.next();
  // Special vehicles also carry ordinary riders, so the fleet holds more of
  // them than the share of requests that need them.
  const van = kind < 0.35;
  const infant = kind >= 0.35 && kind < 0.55;
  return {
    id: `v${k}`,
    capacity: { seats: van ? 6 : 4, wheelchairs: van ? 2 : 0, infantSeats: infant ? 2 : 0 },
    features: van ? ['ramp'] : infant ? ['infantSeat'] : [],
    shift: { earliest: start, latest: start + 10 * HOUR },
    startLocation: depot,
    endLocation: depot,
    breaks: [
      {
        id: 'lunch',
        window: { earliest: start + 4 * HOUR, latest: start + 6 * HOUR },
        duration: 1800,
      },
    ],
  };
});

const km = (a: number, b: number) => Math.hypot(xs[a]! - xs[b]!, ys[a]! - ys[b]!) * DETOUR;

const requests: (TransportRequest & { booked: number })[] = [];
for (let k = 0; k < R; k++) {
  const px = rnd.next() * CITY_KM;
  const py = rnd.next() * CITY_KM;
  const angle = rnd.next() * 2 * Math.PI;
  const len = 2 + rnd.next() * 12;
  const from = place(px, py);
  const to = place(px + Math.cos(angle) * len, py + Math.sin(angle) * len);
  const direct = km(from, to) * SECONDS_PER_KM;
  // Demand peaks at midday (triangular over 06:00–20:00), as the shifts do.
  const t = 6 * HOUR + ((rnd.next() + rnd.next()) / 2) * 14 * HOUR;
  const need = rnd.next();
  const wheelchair = need < 0.2;
  const infant = need >= 0.2 && need < 0.3;
  const arriveBy = rnd.next() < 0.25;
  const open = { earliest: 0, latest: 30 * HOUR };
  requests.push({
    id: `r${k}`,
    booked: t - rnd.next() * 3 * HOUR,
    pickupLocation: from,
    dropoffLocation: to,
    load: {
      seats: 1 + (rnd.next() < 0.4 ? 1 : 0),
      wheelchairs: wheelchair ? 1 : 0,
      infantSeats: infant ? 1 : 0,
    },
    requiredFeatures: wheelchair ? ['wheelchairAccess'] : infant ? ['infantSeat'] : [],
    // Pickup within 30 min of the asked time, or arrival in the 30 min before an appointment.
    pickupWindow: arriveBy ? open : { earliest: t, latest: t + 1800 },
    dropoffWindow: arriveBy ? { earliest: t - 1800, latest: t } : open,
    pickupServiceTime: wheelchair ? 300 : 120,
    dropoffServiceTime: wheelchair ? 300 : 60,
    maxRideTime: 1.5 * direct + 600,
    shareable: rnd.next() > 0.05,
  });
}
const matrix: TravelMatrix = {
  size: xs.length,
  duration: (a, b) => km(a, b) * SECONDS_PER_KM,
  distance: (a, b) => km(a, b) * SECONDS_PER_KM,
};
const problem: Problem = { requests, vehicles, matrix };
const order = requests.slice().sort((a, b) => a.booked - b.booked);

compile(problem); // once per planning partition, not per booking
let plan: Plan = { routes: [], unassigned: [] };
const times: number[] = [];
const refused: string[] = [];
// The booking path's offers to a refused caller: the same offsets, the same cap.
const OFFSETS = [15, -15, 30, -30, 45, -45, 60, -60, 90, -90, 120, -120].map((m) => m * 60);
const alternativeTimes: number[] = [];
let offered = 0;
let heapMax = 0;
const started = performance.now();
order.forEach((req, k) => {
  const t0 = performance.now();
  const out = insertRequest(problem, plan, req.id, { maxCandidateVehicles });
  times.push(performance.now() - t0);
  if (out.kind === 'assigned') plan = out.plan;
  else {
    refused.push(req.id);
    if (values.alternatives) {
      const a0 = performance.now();
      offered += findAlternativeTimes(problem, plan, req.id, {
        offsets: OFFSETS,
        max: 3,
        maxCandidateVehicles,
      }).length;
      alternativeTimes.push(performance.now() - a0);
    }
  }
  if (k % 1000 === 0) heapMax = Math.max(heapMax, process.memoryUsage().heapUsed);
});
const wall = (performance.now() - started) / 1000;
heapMax = Math.max(heapMax, process.memoryUsage().heapUsed);
const check = checkPlan(problem, { ...plan, unassigned: refused });
times.sort((a, b) => a - b);
alternativeTimes.sort((a, b) => a - b);
const quantile = (xs: number[], p: number) =>
  xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
const q = (p: number) => quantile(times, p);
const result = {
  vehicles: V,
  requests: R,
  p50Ms: round(q(0.5)),
  p99Ms: round(q(0.99)),
  maxMs: round(times[times.length - 1]!),
  meanMs: round(times.reduce((s, x) => s + x, 0) / times.length),
  scheduledPct: round((100 * (R - refused.length)) / R),
  heapMB: Math.round(heapMax / 2 ** 20),
  feasible: check.feasible,
  costHours: round(check.cost / HOUR),
  vehiclesUsed: plan.routes.filter((r) => r.stops.length > 0).length,
  wallSeconds: round(wall),
  ...(values.alternatives
    ? {
        alternativesP50Ms: round(quantile(alternativeTimes, 0.5)),
        alternativesP99Ms: round(quantile(alternativeTimes, 0.99)),
        alternativesPerRefusal: round(offered / Math.max(1, refused.length)),
      }
    : {}),
};
if (!check.feasible) console.error(check.violations.slice(0, 10));
if (process.env.DIAG) {
  const byNeed = new Map<string, number>();
  const byHour = new Map<number, number>();
  for (const id of refused) {
    const r = requests[Number(id.slice(1))]!;
    const k = r.requiredFeatures.join('+') || 'none';
    byNeed.set(k, (byNeed.get(k) ?? 0) + 1);
    const h = Math.floor(
      Math.min(r.pickupWindow.earliest, r.dropoffWindow.earliest + 3600 * 30) / 3600,
    );
    byHour.set(h, (byHour.get(h) ?? 0) + 1);
  }
  console.error(
    byNeed,
    [...byHour].sort((a, b) => a[0] - b[0]),
  );
}
console.log(values.json ? JSON.stringify(result) : result);

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
