import type { Summary } from './summary.js';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const num = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** The end-of-run table: one column per run (the baseline, then each change). */
export function formatTable(runs: readonly { name: string; summary: Summary }[]): string {
  const rows: [string, (s: Summary) => string][] = [
    ['days simulated', (s) => `${s.simulatedDays}${s.dayWeight > 1 ? ` (×${s.dayWeight})` : ''}`],
    ['rides requested', (s) => num(s.requested)],
    ['served', (s) => `${num(s.served)} (${pct(s.servedShare)})`],
    ['refused', (s) => num(s.refused)],
    ['cancelled / no-show', (s) => `${num(s.cancelled)} / ${num(s.noShows)}`],
    ['on time', (s) => pct(s.onTimeShare)],
    ['shared rides', (s) => pct(s.sharedShare)],
    ['wait p50 / p95 (min)', (s) => `${num(s.waitMinutes.p50)} / ${num(s.waitMinutes.p95)}`],
    ['ride p50 / p95 (min)', (s) => `${num(s.rideMinutes.p50)} / ${num(s.rideMinutes.p95)}`],
    ['ride ÷ direct p95', (s) => num(s.rideRatio.p95)],
    ['vehicle shifts (used)', (s) => `${num(s.vehicles.shifts)} (${num(s.vehicles.used)})`],
    ['vehicle-hours rostered', (s) => num(s.vehicles.rosteredHours)],
    ['vehicle-hours driven', (s) => num(s.vehicles.drivenHours)],
    ['kilometres', (s) => num(s.vehicles.km)],
    ['cost per ride', (s) => `${num(s.cost.perRide)} ${s.cost.currency}`],
    [
      'online vs hindsight (h)',
      (s) =>
        s.hindsight
          ? `${num(s.hindsight.onlineHours)} vs ${num(s.hindsight.hindsightHours)} (+${num(s.hindsight.gapPct)} %)`
          : '—',
    ],
    [
      'served online / hindsight',
      (s) =>
        s.hindsight
          ? `${num(s.hindsight.onlineServed)} / ${num(s.hindsight.hindsightServed)}`
          : '—',
    ],
    [
      're-optimisations (improved)',
      (s) => `${num(s.reoptimisations.runs)} (${num(s.reoptimisations.improved)})`,
    ],
    ['plans pass the checker', (s) => (s.feasible ? 'yes' : 'NO')],
  ];
  const refusalKeys = [...new Set(runs.flatMap((r) => Object.keys(r.summary.refusals)))].sort();
  for (const k of refusalKeys) rows.push([`  refused: ${k}`, (s) => num(s.refusals[k] ?? 0)]);
  const services = [...new Set(runs.flatMap((r) => Object.keys(r.summary.byService)))].sort();
  for (const id of services) {
    rows.push([
      `${id}: served / on time`,
      (s) => {
        const x = s.byService[id];
        return x ? `${pct(x.servedShare)} / ${pct(x.onTimeShare)}` : '—';
      },
    ]);
  }
  const header = ['', ...runs.map((r) => r.name)];
  const body = rows.map(([label, f]) => [label, ...runs.map((r) => f(r.summary))]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** A one-line progress bar on stderr, only on a terminal. */
export function progressBar(stream: NodeJS.WriteStream, label: string) {
  const started = Date.now();
  return (done: number, total: number) => {
    if (!stream.isTTY) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    const secs = ((Date.now() - started) / 1000).toFixed(0);
    stream.write(
      `\r${label} [${'█'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} days ${secs}s`,
    );
    if (done === total) stream.write('\n');
  };
}
