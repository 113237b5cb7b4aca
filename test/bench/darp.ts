/**
 * Static dial-a-ride benchmark (Cordeau 2006 format): solves every instance
 * file in a folder with `optimisePlan` for a fixed time each, and reports
 * the independent checker's verdict and cost, never the optimiser's own.
 *
 *   npm run bench:darp -- --dir ../shared/darp/cordeau --seconds 10 --json [--out DIR] [--seed 1]
 *
 * One JSON line per instance: {"instance","vehicles","requests","cost",
 * "feasible","seconds","bks","gapPct"} (+ "verified" when --out is given:
 * the written solution file re-checked by the format's own rules).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkPlan, optimisePlan, type Plan } from '../../src/scheduling/index.js';
import { parseCordeau, toProblem, toSolution, verifySolution } from './cordeau.js';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
if (!values.dir) {
  console.error('usage: darp --dir DIR [--seconds S] [--json] [--out DIR] [--seed N]');
  process.exit(2);
}
const dir = values.dir;
const seconds = Number(values.seconds);
const bks = readBks(join(dir, 'bks.csv'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && (!values.only || f.startsWith(values.only)))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
if (values.out) mkdirSync(values.out, { recursive: true });

const gaps: number[] = [];
for (const file of files) {
  const name = basename(file, '.txt');
  const inst = parseCordeau(name, readFileSync(join(dir, file), 'utf8'));
  const problem = toProblem(inst);
  const start: Plan = { routes: [], unassigned: problem.requests.map((r) => r.id) };
  const t0 = performance.now();
  const plan = optimisePlan(problem, start, {
    seed: Number(values.seed),
    now: () => performance.now(),
    deadline: t0 + seconds * 1000,
  });
  const elapsed = (performance.now() - t0) / 1000;
  const check = checkPlan(problem, plan);
  const feasible = check.feasible && plan.unassigned.length === 0;
  const best = bks.get(name);
  const gapPct = best === undefined ? null : round((100 * (check.cost - best)) / best, 3);
  if (gapPct !== null && feasible) gaps.push(gapPct);
  const line: Record<string, unknown> = {
    instance: name,
    vehicles: inst.vehicles,
    requests: inst.requests,
    cost: round(check.cost, 4),
    feasible,
    seconds: round(elapsed, 2),
    bks: best ?? null,
    gapPct,
  };
  if (!feasible)
    line.violations = [...check.violations.slice(0, 5), ...plan.unassigned.slice(0, 5)];
  if (values.out) {
    const sol = toSolution(inst, plan);
    writeFileSync(join(values.out, `${name}.json`), `${JSON.stringify(sol)}\n`);
    const reread = JSON.parse(readFileSync(join(values.out, `${name}.json`), 'utf8'));
    const verdict = verifySolution(inst, reread);
    line.verified = verdict.feasible;
    if (!verdict.feasible) line.verifyErrors = verdict.errors.slice(0, 5);
  }
  console.log(values.json ? JSON.stringify(line) : line);
}
if (!values.json && gaps.length > 0) {
  const avg = gaps.reduce((s, g) => s + g, 0) / gaps.length;
  console.log({
    instances: files.length,
    averageGapPct: round(avg, 3),
    worstGapPct: Math.max(...gaps),
  });
}

function readBks(path: string): Map<string, number> {
  const out = new Map<string, number>();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return out;
  }
  const [head, ...rows] = text.trim().split(/\r?\n/);
  const cols = (head ?? '').split(',').map((c) => c.trim());
  const ci = cols.indexOf('instance');
  const cb = cols.indexOf('bks');
  for (const row of rows) {
    const cells = row.split(',').map((c) => c.trim());
    const value = Number(cells[cb]);
    if (cells[ci] && Number.isFinite(value)) out.set(cells[ci]!, value);
  }
  return out;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
