import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createPgliteDatabase } from '../infra/db/pglite-database.js';
import { createPostgresDatabase } from '../infra/db/postgres-database.js';
import type { SimBooking } from '../simulator/demand.js';
import { findFleet, parseTarget, type Target } from '../simulator/find-fleet.js';
import { type Change, parseChange } from '../simulator/fleet-and-rules.js';
import { bookingsFromCsv, bookingsFromDb, ReplayError } from '../simulator/replay.js';
import { loadScenario, type Scenario, ScenarioError } from '../simulator/scenario.js';
import { compareRuns } from '../simulator/simulate.js';
import { formatTable, progressBar } from '../simulator/table.js';

const USAGE = `npm run simulate -- <scenario.yaml|json> [options]

  --days N              simulate N days from the scenario's start (default: the scenario's)
  --every N             simulate every N-th day only (a period compressed)
  --seed N              another seed (default: the scenario's)
  --change SPEC         compare with a change, side by side (repeatable):
                          add-vehicle:<type>[:<count>], window:<minutes>, no-sharing
  --find-fleet          the smallest fleet by vehicle type meeting --target
  --target SPEC         e.g. served=0.95,ontime=0.9 (default served=0.95,ontime=0.9)
  --replay-csv FILE     replay recorded bookings from a CSV (docs/simulator.md) on the scenario's fleet
  --replay-db           replay the database's bookings (DATABASE_URL, else the PGlite data dir), read-only
  --from DATE --to DATE the service days to replay from the database (YYYY-MM-DD)
  --no-hindsight        skip re-planning each day with full knowledge
  --json                print the results as JSON on stdout
  --html FILE           write an HTML report with charts
  -h, --help            this text

See docs/simulator.md.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      days: { type: 'string' },
      every: { type: 'string' },
      seed: { type: 'string' },
      change: { type: 'string', multiple: true, default: [] },
      'no-hindsight': { type: 'boolean', default: false },
      'find-fleet': { type: 'boolean', default: false },
      'replay-csv': { type: 'string' },
      'replay-db': { type: 'boolean', default: false },
      from: { type: 'string' },
      to: { type: 'string' },
      target: { type: 'string', default: 'served=0.95,ontime=0.9' },
      json: { type: 'boolean', default: false },
      html: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    (values.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  let scenario: Scenario = loadScenario(positionals[0]!);
  const int = (name: string, v: string | undefined, min: number) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min)
      throw new RangeError(`--${name} must be a whole number ≥ ${min}`);
    return n;
  };
  scenario = {
    ...scenario,
    days: int('days', values.days, 1) ?? scenario.days,
    everyNthDay: int('every', values.every, 1) ?? scenario.everyNthDay,
    seed: int('seed', values.seed, 0) ?? scenario.seed,
  };
  const changes: Change[] = values.change.map(parseChange);
  if (values['find-fleet'])
    return findFleetCommand(scenario, changes, parseTarget(values.target), values.json);
  const hindsight = !values['no-hindsight'];
  const recorded = await recordedBookings(scenario, values);
  const runs = compareRuns(scenario, {
    changes,
    hindsight,
    ...(recorded ? { recorded } : {}),
    onDay: (name) => progressBar(process.stderr, name),
  });
  if (values.html) {
    const { renderHtmlReport } = await import('../simulator/html-report.js');
    writeFileSync(values.html, renderHtmlReport(scenario, runs));
  }
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ scenario: scenario.name, seed: scenario.seed, runs }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(`${scenario.name} (seed ${scenario.seed})\n${formatTable(runs)}\n`);
  }
  return 0;
}

async function recordedBookings(
  scenario: Scenario,
  values: { 'replay-csv'?: string; 'replay-db'?: boolean; from?: string; to?: string },
): Promise<Map<string, SimBooking[]> | undefined> {
  if (values['replay-csv'])
    return bookingsFromCsv(readFileSync(values['replay-csv'], 'utf8'), scenario);
  if (!values['replay-db']) return undefined;
  const isoDate = /^\d{4}-\d{2}-\d{2}$/;
  if (!values.from || !isoDate.test(values.from) || !values.to || !isoDate.test(values.to))
    throw new RangeError('--replay-db needs --from and --to as YYYY-MM-DD');
  const config = loadConfig(process.env);
  const db = config.databaseUrl
    ? createPostgresDatabase(config.databaseUrl, 1)
    : await createPgliteDatabase(join(config.dataDir, 'pglite'));
  try {
    return await bookingsFromDb(db, values.from, values.to, scenario);
  } finally {
    await db.close();
  }
}

function findFleetCommand(
  scenario: Scenario,
  changes: Change[],
  target: Target,
  json: boolean,
): number {
  const started = Date.now();
  const search = findFleet(scenario, target, {
    changes,
    onRun: (runs) => {
      if (process.stderr.isTTY)
        process.stderr.write(
          `\rfind-fleet: ${runs} fleets tried, ${((Date.now() - started) / 1000).toFixed(0)}s`,
        );
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ scenario: scenario.name, target, ...search }, null, 2)}\n`,
    );
    return search.fleet ? 0 : 3;
  }
  const types = scenario.fleet.map((t) => t.type);
  const header = ['vehicles', ...types, 'served', 'on time', 'cost/ride', 'meets'];
  const rows = search.curve.map((p) => [
    String(p.vehicles),
    ...types.map((t) => String(p.counts[t] ?? 0)),
    `${(100 * p.servedShare).toFixed(1)} %`,
    `${(100 * p.onTimeShare).toFixed(1)} %`,
    String(p.costPerRide),
    p.meets ? 'yes' : '',
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i]!)).join('  ');
  process.stdout.write(
    `${scenario.name}: fleet size against quality (target served ≥ ${target.served}, on time ≥ ${target.onTime})\n`,
  );
  process.stdout.write(`${[line(header), ...rows.map(line)].join('\n')}\n`);
  if (!search.fleet) {
    process.stdout.write('No fleet tried meets the target.\n');
    return 3;
  }
  process.stdout.write(
    `Smallest fleet meeting the target: ${types.map((t) => `${t} ${search.fleet![t]}`).join(', ')}\n`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (
      error instanceof ScenarioError ||
      error instanceof RangeError ||
      error instanceof ReplayError
    ) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  },
);
