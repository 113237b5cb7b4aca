import type { Compiled } from './compiled.js';

/** Tolerance for comparing times computed by different sums of the same floats. */
export const EPS = 1e-7;

/**
 * Where and when the re-plannable part of a route begins: the vehicle's
 * depot at shift start, or the last fixed stop (already reached or committed
 * to) at its fixed departure time, with whoever is on board by then.
 */
export interface Origin {
  readonly loc: number;
  readonly depEarliest: number;
  readonly depLatest: number;
  /** Departure from the depot, when fixed stops pin it; null: the origin's own departure. */
  readonly durationRef: number | null;
  readonly seats: number;
  readonly wheel: number;
  readonly infant: number;
  readonly onboard: number;
  readonly exclusiveOnboard: boolean;
  /** Drop-offs of passengers already on board: start of service no later than this (ride time). */
  readonly lateOverride: ReadonlyMap<number, number> | null;
  /** Distance already driven in the fixed prefix, and whether that prefix carries anyone. */
  readonly prefixCost: number;
  readonly prefixHasRequests: boolean;
}

/** The origin of a route with no fixed stops. */
export function depotOrigin(c: Compiled, v: number): Origin {
  return {
    loc: c.startLoc[v]!,
    depEarliest: c.shiftStart[v]!,
    depLatest: c.shiftEnd[v]!,
    durationRef: null,
    seats: 0,
    wheel: 0,
    infant: 0,
    onboard: 0,
    exclusiveOnboard: false,
    lateOverride: null,
    prefixCost: 0,
    prefixHasRequests: false,
  };
}

/**
 * The schedule of the last evaluated sequence, by position: 0 is the origin,
 * 1..n the nodes, n+1 the end depot. Valid until the next `evaluate` call.
 */
export const last = {
  n: 0,
  A: new Float64Array(64),
  B: new Float64Array(64),
  D: new Float64Array(64),
  W: new Float64Array(64),
  TT: new Float64Array(64),
  LOC: new Int32Array(64),
};

let stampCounter = 0;

function ensure(size: number): void {
  if (last.A.length >= size) return;
  const n = Math.max(size, last.A.length * 2);
  last.A = new Float64Array(n);
  last.B = new Float64Array(n);
  last.D = new Float64Array(n);
  last.W = new Float64Array(n);
  last.TT = new Float64Array(n);
  last.LOC = new Int32Array(n);
}

/**
 * Exact feasibility and cost of serving `seq[0..n)` after `origin` with
 * vehicle `v`: capacity by kind, exclusive rides, breaks taken with nobody
 * aboard, pairing, time windows, ride times, shift end and maximum duration.
 *
 * Feasibility is decided exactly by the least schedule (`leastSchedule`).
 * With `pretty`, the times left in `last` are Cordeau & Laporte's
 * eight-step ones when that heuristic finds a feasible timing (late
 * departures, short rides, waiting done before pickups), else the least
 * ones. Returns the distance driven (prefix included), 0 for a sequence
 * that carries nobody (the vehicle stays at its depot), +Infinity when
 * infeasible.
 */
export function evaluate(
  c: Compiled,
  v: number,
  o: Origin,
  seq: ArrayLike<number>,
  n: number,
  pretty = false,
): number {
  const twoR = 2 * c.nRequests;
  const stamp = ++stampCounter;
  stats.evaluations++;
  let seats = o.seats;
  let wheel = o.wheel;
  let infant = o.infant;
  let onboard = o.onboard;
  let exclusiveOn = o.exclusiveOnboard;
  let hasReq = o.prefixHasRequests;
  const capS = c.capSeats[v]!;
  const capW = c.capWheel[v]!;
  const capI = c.capInfant[v]!;
  for (let k = 0; k < n; k++) {
    const node = seq[k]!;
    if (node >= twoR) {
      if (onboard > 0 || c.breakVehicle[node - twoR] !== v) return Number.POSITIVE_INFINITY;
      if (c.stamp[node] === stamp) return Number.POSITIVE_INFINITY;
      c.stamp[node] = stamp;
      c.pos[node] = k + 1;
      continue;
    }
    hasReq = true;
    const r = node >> 1;
    if ((node & 1) === 0) {
      if (exclusiveOn || (c.exclusive[r] === 1 && onboard > 0)) return Number.POSITIVE_INFINITY;
      if (c.exclusive[r] === 1) exclusiveOn = true;
      onboard++;
    } else {
      const p = node - 1;
      const pickedHere = c.stamp[p] === stamp;
      if (!pickedHere && (o.lateOverride === null || !o.lateOverride.has(node))) {
        return Number.POSITIVE_INFINITY;
      }
      if (c.exclusive[r] === 1) exclusiveOn = false;
      onboard--;
    }
    if (c.stamp[node] === stamp) return Number.POSITIVE_INFINITY;
    c.stamp[node] = stamp;
    c.pos[node] = k + 1;
    seats += c.dSeats[node]!;
    wheel += c.dWheel[node]!;
    infant += c.dInfant[node]!;
    if (seats > capS || wheel > capW || infant > capI) return Number.POSITIVE_INFINITY;
  }
  if (onboard !== 0) return Number.POSITIVE_INFINITY;
  last.n = n;
  if (!hasReq) return 0;
  ensure(n + 2);
  const { A, B, D, W, TT, LOC } = last;
  const endLoc = c.endLoc[v]!;
  let cost = o.prefixCost;
  LOC[0] = o.loc;
  for (let k = 1; k <= n; k++) {
    const node = seq[k - 1]!;
    if (node >= twoR) {
      LOC[k] = LOC[k - 1]!;
      TT[k] = 0;
    } else {
      const l = c.loc[node]!;
      LOC[k] = l;
      TT[k] = c.dur(LOC[k - 1]!, l);
      cost += c.dist(LOC[k - 1]!, l);
    }
  }
  TT[n + 1] = c.dur(LOC[n]!, endLoc);
  cost += c.dist(LOC[n]!, endLoc);

  if (pretty && eightStep(c, v, o, seq, n, stamp)) {
    stats.feasible++;
    return cost;
  }
  if (!leastSchedule(c, v, o, seq, n, stamp)) return Number.POSITIVE_INFINITY;
  stats.feasible++;
  return cost;
}

/**
 * Cordeau & Laporte's eight-step timing: start as late as the forward time
 * slack allows (shortest duration), then delay each pickup by its forward
 * slack so nobody rides longer than needed. A heuristic for feasibility
 * (it can miss a feasible timing), used only to produce pleasant times.
 */
function eightStep(
  c: Compiled,
  v: number,
  o: Origin,
  seq: ArrayLike<number>,
  n: number,
  stamp: number,
): boolean {
  const twoR = 2 * c.nRequests;
  const { A, B, D, W, TT } = last;
  const shiftEnd = c.shiftEnd[v]!;
  const override = o.lateOverride;
  // Step 1-2: earliest schedule; a window missed now is missed at any later start.
  D[0] = o.depEarliest;
  B[0] = o.depEarliest;
  for (let k = 1; k <= n; k++) {
    const node = seq[k - 1]!;
    const a = D[k - 1]! + TT[k]!;
    const b = Math.max(a, c.early[node]!);
    if (b > (override === null ? c.late[node]! : lateOf(c, override, node)) + EPS) return false;
    A[k] = a;
    B[k] = b;
    W[k] = b - a;
    D[k] = b + c.service[node]!;
  }
  A[n + 1] = D[n]! + TT[n + 1]!;
  B[n + 1] = A[n + 1]!;
  W[n + 1] = 0;
  if (A[n + 1]! > shiftEnd + EPS) return false;

  // Step 3-5: leave as late as the slack allows without arriving anywhere later.
  const endLatest0 = shiftEnd;
  let f0 = o.depLatest - D[0]!;
  let waitSum = 0;
  for (let j = 1; j <= n + 1; j++) {
    waitSum += W[j]!;
    const slack =
      j === n + 1
        ? endLatest0 - B[j]!
        : (override === null ? c.late[seq[j - 1]!]! : lateOf(c, override, seq[j - 1]!)) - B[j]!;
    const f = waitSum + slack;
    if (f < f0) f0 = f;
  }
  const shift0 = Math.max(0, Math.min(f0, waitSum));
  if (shift0 > 0) {
    D[0] = D[0]! + shift0;
    B[0] = D[0]!;
    forward(c, seq, n, 1);
  }
  const ref = o.durationRef ?? D[0]!;
  const endLatest = Math.min(shiftEnd, ref + c.maxDuration[v]!);

  // Step 6-7: delay each pickup by its forward slack, protecting earlier riders.
  for (let i = 1; i <= n; i++) {
    const node = seq[i - 1]!;
    if (node >= twoR || (node & 1) === 1) continue;
    let fi = (override === null ? c.late[node]! : lateOf(c, override, node)) - B[i]!;
    let ws = 0;
    for (let j = i + 1; j <= n + 1; j++) {
      ws += W[j]!;
      let slack: number;
      if (j === n + 1) slack = endLatest - B[j]!;
      else {
        const nj = seq[j - 1]!;
        slack = (override === null ? c.late[nj]! : lateOf(c, override, nj)) - B[j]!;
        if (nj < twoR && (nj & 1) === 1 && c.stamp[nj - 1] === stamp) {
          const pj = c.pos[nj - 1]!;
          if (pj < i) {
            const ride = B[j]! - (B[pj]! + c.service[nj - 1]!);
            const rs = c.maxRide[nj >> 1]! - ride;
            if (rs < slack) slack = rs;
          }
        }
      }
      const f = ws + slack;
      if (f < fi) fi = f;
    }
    const delta = Math.min(fi, ws);
    if (delta > 0) {
      B[i] = B[i]! + delta;
      W[i] = W[i]! + delta;
      D[i] = D[i]! + delta;
      forward(c, seq, n, i + 1);
    }
  }

  // Step 8: verify everything on the final schedule.
  for (let k = 1; k <= n; k++) {
    const node = seq[k - 1]!;
    if (B[k]! > (override === null ? c.late[node]! : lateOf(c, override, node)) + EPS) return false;
    if (node < twoR && (node & 1) === 1 && c.stamp[node - 1] === stamp) {
      const pk = c.pos[node - 1]!;
      const ride = B[k]! - (B[pk]! + c.service[node - 1]!);
      if (ride > c.maxRide[node >> 1]! + EPS) return false;
    }
  }
  if (B[n + 1]! > endLatest + EPS) return false;
  return true;
}

/**
 * Exact feasibility: the earliest schedule meeting every timing rule, as
 * the least solution of the route's difference constraints (travel and
 * service between consecutive stops, window openings; ride times and the
 * maximum duration push pickups and the departure later). Bellman-Ford
 * style rounds: a forward pass, then the backward edges; it converges in
 * at most (pickups + 2) rounds unless a cycle is positive (infeasible),
 * and a window closing below the least solution means infeasible.
 */
function leastSchedule(
  c: Compiled,
  v: number,
  o: Origin,
  seq: ArrayLike<number>,
  n: number,
  stamp: number,
): boolean {
  const twoR = 2 * c.nRequests;
  const { A, B, D, W, TT } = last;
  const override = o.lateOverride;
  const maxDuration = c.maxDuration[v]!;
  const fixedStart = o.durationRef !== null;
  const endLatest = fixedStart
    ? Math.min(c.shiftEnd[v]!, o.durationRef! + maxDuration)
    : c.shiftEnd[v]!;
  D[0] = o.depEarliest;
  B[0] = o.depEarliest;
  for (let k = 1; k <= n; k++) B[k] = Number.NEGATIVE_INFINITY;
  let from = 1;
  for (let round = 0; round <= n + 2; round++) {
    for (let k = from; k <= n; k++) {
      const node = seq[k - 1]!;
      const a = D[k - 1]! + TT[k]!;
      let b = Math.max(a, c.early[node]!);
      if (B[k]! > b) b = B[k]!;
      const late = override === null ? c.late[node]! : lateOf(c, override, node);
      if (b > late + EPS) return false;
      A[k] = a;
      B[k] = b;
      W[k] = b - a;
      D[k] = b + c.service[node]!;
    }
    A[n + 1] = D[n]! + TT[n + 1]!;
    B[n + 1] = A[n + 1]!;
    W[n + 1] = 0;
    if (B[n + 1]! > endLatest + EPS) return false;
    let lowest = n + 1;
    if (!fixedStart && maxDuration < Number.POSITIVE_INFINITY) {
      const need = B[n + 1]! - maxDuration;
      if (need > D[0]! + EPS) {
        if (need > o.depLatest + EPS) return false;
        D[0] = need;
        B[0] = need;
        lowest = 1;
      }
    }
    for (let k = 1; k <= n; k++) {
      const node = seq[k - 1]!;
      if (node >= twoR || (node & 1) === 0 || c.stamp[node - 1] !== stamp) continue;
      const a = c.pos[node - 1]!;
      const need = B[k]! - c.service[node - 1]! - c.maxRide[node >> 1]!;
      if (need > B[a]! + EPS) {
        B[a] = need;
        if (a < lowest) lowest = a;
      }
    }
    if (lowest === n + 1) return true;
    from = lowest;
  }
  return false;
}

function lateOf(c: Compiled, override: ReadonlyMap<number, number>, node: number): number {
  const base = c.late[node]!;
  const over = override.get(node);
  return over === undefined ? base : Math.min(base, over);
}

/** Counters for profiling the search (not part of the contract). */
export const stats = { evaluations: 0, feasible: 0 };

function forward(c: Compiled, seq: ArrayLike<number>, n: number, from: number): void {
  const { A, B, D, W, TT } = last;
  for (let k = from; k <= n; k++) {
    const node = seq[k - 1]!;
    const a = D[k - 1]! + TT[k]!;
    const e = c.early[node]!;
    const b = Math.max(a, e);
    A[k] = a;
    W[k] = b - a;
    // Once a start does not move, nothing after it moves either.
    if (b === B[k]) return;
    B[k] = b;
    D[k] = b + c.service[node]!;
  }
  A[n + 1] = D[n]! + TT[n + 1]!;
  B[n + 1] = A[n + 1]!;
}
