/**
 * Preloaded into a benchmarked process (`bench:day --profile DIR`) to count
 * and time its PostgreSQL queries by statement, without touching the
 * service's code: every pool and transaction query goes through
 * `pg.Client.prototype.query`. Written to `QUERY_TRACE_FILE` on exit.
 * Time is from the call to the rows parsed (round trip, server and pg parsing).
 * With `CPU_PROFILE_FILE` it also records a CPU profile (`--cpu-prof` is not
 * allowed in NODE_OPTIONS, and the process's arguments are the starter's).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { createRequire } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const pg = require('pg');
const file = process.env.QUERY_TRACE_FILE;
const byStatement = new Map();

function statementOf(config) {
  const text = typeof config === 'string' ? config : (config?.text ?? '');
  return text.replace(/\s+/g, ' ').trim().slice(0, 90);
}

function record(key, started) {
  const ms = performance.now() - started;
  const entry = byStatement.get(key) ?? { count: 0, ms: 0 };
  entry.count++;
  entry.ms += ms;
  byStatement.set(key, entry);
}

const original = pg.Client.prototype.query;
pg.Client.prototype.query = function traced(...args) {
  const key = statementOf(args[0]);
  const started = performance.now();
  // pool.query passes a callback (the last argument); a transaction's client.query returns a promise.
  const last = args.length - 1;
  if (typeof args[last] === 'function') {
    const callback = args[last];
    args[last] = (...result) => {
      record(key, started);
      return callback(...result);
    };
    return original.apply(this, args);
  }
  const result = original.apply(this, args);
  if (result && typeof result.then === 'function') {
    result.then(
      () => record(key, started),
      () => record(key, started),
    );
  }
  return result;
};

if (file && isMainThread) {
  process.on('exit', () => {
    const rows = [...byStatement.entries()]
      .map(([statement, { count, ms }]) => ({ statement, count, ms: Math.round(ms) }))
      .sort((a, b) => b.ms - a.ms);
    writeFileSync(file, JSON.stringify(rows, null, 1));
  });
}

const profileFile = process.env.CPU_PROFILE_FILE;
// Worker threads (the re-optimisation's) inherit NODE_OPTIONS: the main thread alone reports.
if (profileFile && isMainThread) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    session.post('Profiler.stop', (error, result) => {
      if (error) console.error('cpu profile not written:', error);
      else writeFileSync(profileFile, JSON.stringify(result.profile));
    });
  };
  // The service stops by process.exit after closing; the same-thread session answers synchronously.
  const exit = process.exit.bind(process);
  process.exit = (code) => {
    write();
    return exit(code);
  };
  process.on('exit', write);
}
