import type { Scenario } from './scenario.js';
import type { Summary } from './summary.js';
import { formatTable } from './table.js';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const COLOURS = ['#1c7ed6', '#e8590c', '#2b8a3e', '#9c36b5', '#c92a2a'];

/** Vertical bars, one group per label and one bar per series; inline SVG, no script. */
function barChart(
  title: string,
  labels: readonly string[],
  series: readonly { name: string; values: readonly number[] }[],
  format: (x: number) => string = (x) => String(Math.round(x * 10) / 10),
): string {
  const width = 720;
  const height = 240;
  const left = 48;
  const bottom = 36;
  const top = 16;
  const max = Math.max(1e-9, ...series.flatMap((s) => s.values));
  const groupW = (width - left - 8) / Math.max(1, labels.length);
  const barW = Math.max(1, (groupW * 0.8) / Math.max(1, series.length));
  const y = (v: number) => top + (height - top - bottom) * (1 - v / max);
  const bars = series
    .flatMap((s, si) =>
      s.values.map((v, i) => {
        const x = left + i * groupW + groupW * 0.1 + si * barW;
        return `<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(height - bottom - y(v)).toFixed(1)}" fill="${COLOURS[si % COLOURS.length]}"><title>${esc(s.name)} ${esc(labels[i]!)}: ${esc(format(v))}</title></rect>`;
      }),
    )
    .join('');
  const step = Math.ceil(labels.length / 24);
  const ticks = labels
    .map((l, i) =>
      i % step === 0
        ? `<text x="${(left + i * groupW + groupW / 2).toFixed(1)}" y="${height - bottom + 14}" font-size="10" text-anchor="middle">${esc(l)}</text>`
        : '',
    )
    .join('');
  const axis = [0, 0.5, 1]
    .map(
      (f) =>
        `<text x="${left - 6}" y="${(y(max * f) + 4).toFixed(1)}" font-size="10" text-anchor="end">${esc(format(max * f))}</text><line x1="${left}" x2="${width}" y1="${y(max * f).toFixed(1)}" y2="${y(max * f).toFixed(1)}" stroke="#ddd"/>`,
    )
    .join('');
  const legend = series
    .map(
      (s, si) =>
        `<span class="key"><span class="swatch" style="background:${COLOURS[si % COLOURS.length]}"></span>${esc(s.name)}</span>`,
    )
    .join(' ');
  return `<figure><figcaption>${esc(title)}</figcaption><svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">${axis}${bars}${ticks}</svg><div>${legend}</div></figure>`;
}

/** A self-contained HTML report of one or more runs: the table, and charts drawn as inline SVG. */
export function renderHtmlReport(
  scenario: Scenario,
  runs: readonly { name: string; summary: Summary }[],
): string {
  const names = runs.map((r) => r.name);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const charts = [
    barChart(
      'Served and on-time share by run',
      ['served', 'on time', 'shared'],
      runs.map((r) => ({
        name: r.name,
        values: [r.summary.servedShare, r.summary.onTimeShare, r.summary.sharedShare],
      })),
      pct,
    ),
    barChart(
      'Wait and ride time, median and 95th percentile (minutes)',
      ['wait p50', 'wait p95', 'ride p50', 'ride p95'],
      runs.map((r) => ({
        name: r.name,
        values: [
          r.summary.waitMinutes.p50,
          r.summary.waitMinutes.p95,
          r.summary.rideMinutes.p50,
          r.summary.rideMinutes.p95,
        ],
      })),
    ),
    barChart('Cost per ride', names, [
      {
        name: `cost per ride (${runs[0]?.summary.cost.currency ?? ''})`,
        values: runs.map((r) => r.summary.cost.perRide),
      },
    ]),
    barChart(
      'Rides requested by hour of the day (baseline)',
      Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')),
      [{ name: 'requested', values: runs[0]?.summary.byHour ?? [] }],
    ),
    barChart('Rides by day (baseline)', runs[0]?.summary.perDay.map((d) => d.date.slice(5)) ?? [], [
      { name: 'served', values: runs[0]?.summary.perDay.map((d) => d.served) ?? [] },
      { name: 'refused', values: runs[0]?.summary.perDay.map((d) => d.refused) ?? [] },
    ]),
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(scenario.name)} — Yoldaş fleet simulation</title>
<style>
body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:960px;padding:0 1rem;color:#212529}
pre{background:#f8f9fa;padding:.75rem;overflow-x:auto;font-size:12px}
figure{margin:1.5rem 0}figcaption{font-weight:600;margin-bottom:.25rem}svg{width:100%;height:auto}
.key{margin-right:1rem;font-size:13px}.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
</style></head><body>
<h1>${esc(scenario.name)}</h1>
<p>${esc(scenario.description ?? '')}. Seed ${scenario.seed}, ${runs[0]?.summary.simulatedDays ?? 0} simulated days from ${esc(scenario.startDate)}.</p>
<h2>Figures</h2>
<pre>${esc(formatTable(runs))}</pre>
<h2>Charts</h2>
${charts.join('\n')}
</body></html>
`;
}
