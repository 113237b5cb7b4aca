import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbProblem } from '../../../test/arbitraries.js';
import { insertRequest, prepare, prepared } from '../insert-request.js';
import type { Plan, Problem, TransportRequest, Vehicle } from '../model.js';
import { type Compiled, compile, derivedFrom } from './compiled.js';

/**
 * Everything a compiled form answers, in plain values (ids looked up, arrays
 * copied; break nodes counted from the first, whose number depends on the room
 * a line of derived problems kept for more requests).
 */
function facts(c: Compiled, ids: readonly string[]) {
  const plain = (a: ArrayLike<number>) => Array.from(a);
  const nBreaks = c.nNodes - c.breakBase;
  const nodes = (
    a: ArrayLike<number> & { subarray(from: number, to: number): ArrayLike<number> },
  ) => [plain(a.subarray(0, 2 * c.nRequests)), plain(a.subarray(c.breakBase, c.nNodes))];
  const asBreak = (node: number) => node - c.breakBase;
  return {
    nRequests: c.nRequests,
    nBreaks,
    roomy: c.breakBase >= 2 * c.nRequests && c.layout.room * 2 === c.breakBase,
    index: ids.map((id) => c.requestIndex.get(id)),
    vehicles: c.problem.vehicles.map((v) => c.vehicleIndex.get(v.id)),
    arrays: [c.loc, c.early, c.late, c.service, c.dSeats, c.dWheel, c.dInfant].map(nodes),
    // Only the first nRequests mean anything: the arrays have room to grow into.
    perRequest: [c.maxRide, c.exclusive, c.home].map((a) => plain(a.subarray(0, c.nRequests))),
    perVehicle: [
      c.capSeats,
      c.capWheel,
      c.capInfant,
      c.shiftStart,
      c.shiftEnd,
      c.maxDuration,
      c.startLoc,
      c.endLoc,
    ].map(plain),
    breakVehicle: plain(c.breakVehicle),
    breakNodes: c.breakNodes.map((ns) => ns.map(asBreak)),
    breakNodeById: c.breakNodeById.map((m) => [...m].map(([id, n]) => [id, asBreak(n)])),
    moveCost: c.moveCost,
    scratch: [c.pos.length, c.stamp.length].map((n) => n === c.nNodes),
  };
}

/** One edit a day makes between two bookings, or a placement between two insertions. */
type Edit =
  | { kind: 'window'; at: number; shift: number }
  | { kind: 'add'; from: number }
  | { kind: 'remove'; at: number }
  | { kind: 'swap-remove'; at: number }
  | { kind: 'vehicle'; at: number; dropBreaks: boolean; later: number }
  | { kind: 'home'; at: number; vehicle: number };

const arbEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('window' as const),
    at: fc.nat(),
    shift: fc.integer({ min: -30, max: 30 }),
  }),
  fc.record({ kind: fc.constant('add' as const), from: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-remove' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('vehicle' as const),
    at: fc.nat(),
    dropBreaks: fc.boolean(),
    later: fc.integer({ min: 0, max: 20 }),
  }),
  fc.record({ kind: fc.constant('home' as const), at: fc.nat(), vehicle: fc.nat() }),
);

let added = 0;

function apply(p: Problem, e: Edit): Problem {
  const requests = [...p.requests];
  const vehicles = [...p.vehicles];
  const R = requests.length;
  switch (e.kind) {
    case 'window': {
      if (R === 0) return p;
      const q = requests[e.at % R]!;
      requests[e.at % R] = {
        ...q,
        pickupWindow: {
          earliest: q.pickupWindow.earliest + e.shift,
          latest: q.pickupWindow.latest + e.shift,
        },
      };
      return { ...p, requests };
    }
    case 'add': {
      if (R === 0) return p;
      const q = requests[e.from % R]!;
      requests.push({ ...q, id: `added-${added++}` });
      return { ...p, requests };
    }
    case 'remove':
      if (R === 0) return p;
      requests.splice(e.at % R, 1);
      return { ...p, requests };
    case 'swap-remove': {
      if (R === 0) return p;
      const last = requests.pop()!;
      if (e.at % R < requests.length) requests[e.at % R] = last;
      return { ...p, requests };
    }
    case 'vehicle': {
      const at = e.at % vehicles.length;
      const v = vehicles[at]!;
      const moved: Vehicle = {
        ...v,
        shift: { earliest: v.shift.earliest + e.later, latest: v.shift.latest },
        breaks: e.dropBreaks ? [] : v.breaks,
      };
      vehicles[at] = moved;
      return { ...p, vehicles };
    }
    case 'home': {
      if (R === 0) return p;
      const q: TransportRequest = {
        ...requests[e.at % R]!,
        currentVehicle: vehicles[e.vehicle % vehicles.length]!.id,
      };
      requests[e.at % R] = q;
      return { ...p, requests };
    }
  }
}

describe('compiling a problem derived from another', () => {
  it.each([false, true])(
    'gives what compiling it whole gives, over any sequence of edits (parent given up: %s)',
    (consume) => {
      fc.assert(
        fc.property(arbProblem(), fc.array(arbEdit, { maxLength: 12 }), (start, edits) => {
          let parent = start;
          compile(parent);
          const seen = new Set(start.requests.map((q) => q.id));
          for (const edit of edits) {
            const child = derivedFrom(apply(parent, edit), parent, { consume });
            for (const q of child.requests) seen.add(q.id);
            const ids = [...seen, 'never-there'];
            // A copy of the child has no parent: it is compiled whole.
            expect(facts(compile(child), ids)).toEqual(facts(compile({ ...child }), ids));
            // A parent whose arrays the child took over is compiled again when used again.
            expect(facts(compile(parent), ids)).toEqual(facts(compile({ ...parent }), ids));
            parent = child;
          }
        }),
        { numRuns: 300 },
      );
    },
  );

  it('keeps a side problem made from the line (a window tried) right after the line gives its parent up', () => {
    // The line edits its one request index in place as it moves on; a problem another reads
    // through (a side problem's layers) must not see those edits.
    fc.assert(
      fc.property(
        arbProblem(),
        fc.array(fc.tuple(arbEdit, fc.option(arbEdit)), { maxLength: 10 }),
        (start, steps) => {
          let line = start;
          compile(line);
          const seen = new Set(start.requests.map((q) => q.id));
          for (const [edit, sideEdit] of steps) {
            const side = sideEdit ? derivedFrom(apply(line, sideEdit), line) : undefined;
            if (side) compile(side);
            line = derivedFrom(apply(line, edit), line, { consume: true });
            compile(line);
            for (const q of [...line.requests, ...(side?.requests ?? [])]) seen.add(q.id);
            const ids = [...seen, 'never-there'];
            expect(facts(compile(line), ids)).toEqual(facts(compile({ ...line }), ids));
            if (side) expect(facts(compile(side), ids)).toEqual(facts(compile({ ...side }), ids));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('inserts as it would into the problem compiled whole', () => {
    fc.assert(
      fc.property(arbProblem(), fc.array(arbEdit, { maxLength: 6 }), (start, edits) => {
        let p = start;
        compile(p);
        for (const edit of edits) p = derivedFrom(apply(p, edit), p);
        const whole = { ...p };
        const ids = p.requests.map((q) => q.id);
        for (const id of ids) {
          const plan = { routes: [], unassigned: ids };
          expect(insertRequest(p, plan, id)).toEqual(insertRequest(whole, plan, id));
        }
      }),
      { numRuns: 100 },
    );
  });

  it.each([false, true])(
    'plans a day booked one request at a time as problems compiled whole would, edits between (parents given up: %s)',
    (consume) => {
      // The line keeps its node numbers, so routes prepared for one booking serve the next; each
      // whole copy is compiled afresh and prepares every route anew.
      // Edits as a day makes them to planned rides and cars (a window moved well away, a shift
      // starting later, a ride given a home car), strong enough to spoil a route prepared before.
      const arbBetween = fc.oneof(
        fc.record({
          kind: fc.constant('window' as const),
          at: fc.nat(),
          shift: fc.integer({ min: -300, max: 300 }),
        }),
        fc.record({
          kind: fc.constant('vehicle' as const),
          at: fc.nat(),
          dropBreaks: fc.boolean(),
          later: fc.integer({ min: 0, max: 200 }),
        }),
        fc.record({ kind: fc.constant('home' as const), at: fc.nat(), vehicle: fc.nat() }),
      );
      const arbLine = fc.tuple(
        arbProblem({ maxRequests: 14, maxVehicles: 4 }),
        fc.array(fc.option(arbBetween, { freq: 2 }), { maxLength: 14 }),
      );
      fc.assert(
        fc.property(arbLine, ([day, between]) => {
          let p: Problem = { ...day, requests: [] };
          compile(p);
          let plan: Plan = { routes: [], unassigned: [] };
          day.requests.forEach((q, i) => {
            const edit = between[i];
            if (edit) p = derivedFrom(apply(p, edit), p, { consume });
            p = derivedFrom({ ...p, requests: [...p.requests, q] }, p, { consume });
            const line = insertRequest(p, plan, q.id);
            expect(line).toEqual(insertRequest({ ...p }, plan, q.id));
            if (line.kind === 'assigned') plan = line.plan;
            // Every route as the line's caches give it is the route worked out afresh.
            const c = compile(p);
            const routes = new Map(plan.routes.map((r) => [r.vehicleId, r]));
            p.vehicles.forEach((veh, v) => {
              expect(prepared(c, v, routes.get(veh.id))).toEqual(prepare(c, v, routes.get(veh.id)));
            });
          });
        }),
        { numRuns: 150 },
      );
    },
  );

  it('still refuses a request id given twice', () => {
    fc.assert(
      fc.property(arbProblem(), (p) => {
        fc.pre(p.requests.length >= 2);
        compile(p);
        const twice = derivedFrom(
          { ...p, requests: [...p.requests, { ...p.requests[0]!, pickupLocation: 0 }] },
          p,
        );
        expect(() => compile(twice)).toThrow(/duplicate request id/);
      }),
      { numRuns: 50 },
    );
  });

  it('reads the places a growing matrix gained since its parent was compiled', () => {
    fc.assert(
      fc.property(arbProblem(), fc.nat(), (p, pick) => {
        fc.pre(p.requests.length > 0);
        // A day's matrix grows as bookings bring new places: the same object, a larger size.
        const inner = p.matrix;
        let size = inner.size;
        const far = (a: number, b: number) => (a === b ? 0 : 10_000);
        const growing = {
          get size() {
            return size;
          },
          duration: (a: number, b: number) =>
            a < inner.size && b < inner.size ? inner.duration(a, b) : far(a, b),
          distance: (a: number, b: number) =>
            a < inner.size && b < inner.size ? inner.distance(a, b) : far(a, b),
        };
        const parent = { ...p, matrix: growing };
        compile(parent);
        size += 1;
        const q = p.requests[pick % p.requests.length]!;
        const child = derivedFrom(
          {
            ...parent,
            requests: [...parent.requests, { ...q, id: 'new', dropoffLocation: size - 1 }],
          },
          parent,
        );
        const c = compile(child);
        expect(c.dur(q.pickupLocation, size - 1)).toBe(
          growing.duration(q.pickupLocation, size - 1),
        );
        const plan = { routes: [], unassigned: ['new'] };
        expect(insertRequest(child, plan, 'new')).toEqual(insertRequest({ ...child }, plan, 'new'));
      }),
      { numRuns: 50 },
    );
  });

  it('compiles whole a child with another matrix', () => {
    fc.assert(
      fc.property(arbProblem(), (p) => {
        const first = compile(p);
        const other = derivedFrom(
          {
            ...p,
            matrix: { ...p.matrix, duration: () => 0, distance: () => 0, size: p.matrix.size },
          },
          p,
        );
        const c = compile(other);
        expect(c.dur(0, 1)).toBe(0);
        expect(first.dur === c.dur).toBe(false);
      }),
      { numRuns: 20 },
    );
  });
});
