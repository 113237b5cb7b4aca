/**
 * The fault suite, run by hand: the real API and worker processes, a
 * redis-server and PostgreSQL (DATABASE_URL, a fresh database of the run's
 * own) or PGlite, broken while bookings, cancels and driver taps flow in.
 * Prints one JSON line with --json; exits 1 when anything was lost,
 * duplicated, double-assigned, routed after its cancel, left unplanned or
 * shown wrongly to a driver.
 *
 *   npm run chaos -- [--bookings 1000] [--seconds 0] [--seed 1] [--vehicles V]
 *                    [--sockets 1000] [--concurrency 6] [--kill-every 5] [--json]
 */
import { parseArgs } from 'node:util';
import { failed } from './reconcile.js';
import { runChaos } from './run-chaos.js';

const { values } = parseArgs({
  options: {
    bookings: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    vehicles: { type: 'string' },
    days: { type: 'string' },
    sockets: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '6' },
    'kill-every': { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const optional = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const result = await runChaos({
  bookings: Number(values.bookings),
  seconds: Number(values.seconds),
  seed: Number(values.seed),
  vehicles: optional(values.vehicles),
  days: optional(values.days),
  sockets: Number(values.sockets),
  concurrency: Number(values.concurrency),
  workerKillEverySeconds: Number(values['kill-every']),
  keep: values.keep,
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  log: (message) => console.error(`[chaos ${new Date().toISOString().slice(11, 19)}] ${message}`),
});

const line = {
  bookings: result.bookings,
  acknowledged: result.acknowledged,
  lost: result.lost,
  duplicated: result.duplicated,
  doubleAssigned: result.doubleAssigned,
  cancelledButRouted: result.cancelledButRouted,
  unplanned: result.unplanned,
  manifestMismatch: result.manifestMismatch,
  seconds: result.seconds,
  database: result.database,
  faults: result.faults,
  client: result.client,
  answers: result.answers,
  writes: result.writes,
  statuses: result.statuses,
  sockets: result.sockets,
  settleSeconds: result.settleSeconds,
  crashes: result.crashes,
  machine: result.machine,
  ...(values.verbose || values.keep || failed(result)
    ? { problems: result.problems, runDir: result.runDir }
    : {}),
};
const code = failed(result) ? 1 : 0;
// Exit once the line is written: a bare process.exit() cuts a long line short on a pipe.
if (values.json) process.stdout.write(`${JSON.stringify(line)}\n`, () => process.exit(code));
else {
  console.dir(line, { depth: 4 });
  process.exit(code);
}
