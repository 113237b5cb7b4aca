import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A child process the suite started, killed and started again on purpose. */
export interface Supervised {
  readonly name: string;
  readonly running: boolean;
  /** The current child's process id (to read its memory from /proc), undefined before the first start. */
  readonly pid: number | undefined;
  /** How many times it was started (1 after the first start). */
  readonly starts: number;
  /** Exits nobody asked for (a crash): each is logged, counted and restarted, as a supervisor would. */
  readonly crashes: number;
  start(): Promise<void>;
  /** SIGKILL: no goodbye, no flush, as a crash or an OOM killer would. */
  kill(): Promise<void>;
  /** SIGTERM and wait: a graceful stop. */
  stop(): Promise<void>;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return Promise.race([
    new Promise<boolean>((resolve) => child.once('exit', () => resolve(true))),
    sleep(timeoutMs).then(() => false),
  ]);
}

/** Children still running, killed if the suite itself exits early (an error, Ctrl-C). */
const live = new Set<ChildProcess>();
let exitHookInstalled = false;
function killOrphans() {
  for (const child of live) child.kill('SIGKILL');
}
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', killOrphans);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killOrphans();
      process.exit(130);
    });
  }
}

function supervise(
  name: string,
  launch: (log: WriteStream) => ChildProcess,
  ready: (child: ChildProcess) => Promise<void>,
  logFile: string,
  onCrash: (message: string) => void,
): Supervised {
  installExitHook();
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  let child: ChildProcess | undefined;
  let starts = 0;
  let crashes = 0;
  // Set while the suite itself kills or stops the child: that exit is no crash.
  let expected = false;
  let starting: Promise<void> | undefined;

  const self: Supervised = {
    name,
    get running() {
      return child !== undefined && child.exitCode === null && child.signalCode === null;
    },
    get pid() {
      return child?.pid;
    },
    get starts() {
      return starts;
    },
    get crashes() {
      return crashes;
    },
    start() {
      starting ??= (async () => {
        starts++;
        expected = false;
        log.write(`--- start #${starts} at ${new Date().toISOString()}\n`);
        const current = launch(log);
        child = current;
        live.add(current);
        current.once('exit', (code, signal) => {
          live.delete(current);
          if (expected || child !== current) return;
          crashes++;
          const message = `${name} crashed (exit ${code ?? signal}); restarting it`;
          log.write(`--- ${message} at ${new Date().toISOString()}\n`);
          onCrash(message);
          setTimeout(() => {
            if (!expected && child === current) self.start().catch(() => {});
          }, 500);
        });
        await ready(current);
      })().finally(() => {
        starting = undefined;
      });
      return starting;
    },
    async kill() {
      await starting?.catch(() => {});
      if (!child) return;
      expected = true;
      log.write(`--- SIGKILL at ${new Date().toISOString()}\n`);
      child.kill('SIGKILL');
      await waitForExit(child, 5000);
    },
    async stop() {
      await starting?.catch(() => {});
      if (!child) return;
      expected = true;
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 15_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5000);
      }
    },
  };
  return self;
}

/**
 * A redis-server of the suite's own on a fixed loopback port, with the
 * append-only file on and `noeviction`, as production runs it. Restarting it
 * on the same directory replays the append-only file.
 */
export function redisProcess(
  port: number,
  dir: string,
  logDir: string,
  onCrash: (message: string) => void,
): Supervised {
  mkdirSync(dir, { recursive: true });
  const url = `redis://127.0.0.1:${port}`;
  return supervise(
    'redis',
    (log) => {
      const child = spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--dir',
          dir,
          '--appendonly',
          'yes',
          '--appendfsync',
          'everysec',
          '--save',
          '',
          '--maxmemory-policy',
          'noeviction',
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child.stdout?.pipe(log, { end: false });
      child.stderr?.pipe(log, { end: false });
      return child;
    },
    async (child) => {
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode})`);
        const client = new Redis(url, {
          lazyConnect: true,
          maxRetriesPerRequest: 0,
          retryStrategy: () => null,
        });
        client.on('error', () => {});
        try {
          await client.connect();
          // PONG only once the append-only file is loaded: LOADING errors until then.
          if ((await client.ping()) === 'PONG') return;
        } catch {
          // not up yet
        } finally {
          client.disconnect();
        }
        await sleep(50);
      }
      throw new Error('redis-server did not answer within 20 s');
    },
    join(logDir, 'redis.log'),
    onCrash,
  );
}

export interface ServiceProcessOptions {
  role: 'all' | 'api' | 'worker';
  /** A name for its log file: `api`, `worker-1` … */
  name: string;
  env: Record<string, string>;
  logDir: string;
  /** Where the API listens (roles `all` and `api`); it is ready when `/health` answers. */
  port?: number;
  onCrash: (message: string) => void;
}

/**
 * The real service as production starts it (`src/main.ts --role …`), run
 * through tsx so the suite needs no build. Ready when its log says it is
 * listening (API) or its workers started (worker).
 */
export function serviceProcess(options: ServiceProcessOptions): Supervised {
  return supervise(
    options.name,
    (log) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'src', 'main.ts'), '--role', options.role],
        { cwd: ROOT, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child.stdout?.pipe(log, { end: false });
      child.stderr?.pipe(log, { end: false });
      return child;
    },
    async (child) => {
      const deadline = Date.now() + 60_000;
      let exited = false;
      child.once('exit', () => {
        exited = true;
      });
      if (options.port === undefined) {
        // A worker has no port: it is up once its start-up log line is written.
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error(`${options.name} did not start`)),
            60_000,
          );
          let seen = '';
          const onData = (chunk: Buffer) => {
            seen = (seen + chunk.toString()).slice(-4000);
            if (seen.includes('travel times from')) {
              clearTimeout(timer);
              child.stdout?.off('data', onData);
              resolve();
            }
          };
          child.stdout?.on('data', onData);
          child.once('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`${options.name} exited during start-up (${code})`));
          });
        });
        return;
      }
      while (Date.now() < deadline) {
        if (exited) throw new Error(`${options.name} exited during start-up`);
        try {
          const res = await fetch(`http://127.0.0.1:${options.port}/health`, {
            signal: AbortSignal.timeout(2000),
          });
          await res.body?.cancel();
          // 503 (Redis or the database down) still means the process is serving.
          if (res.status === 200 || res.status === 503) return;
        } catch {
          // not listening yet
        }
        await sleep(100);
      }
      throw new Error(`${options.name} did not answer /health within 60 s`);
    },
    join(options.logDir, `${options.name}.log`),
    options.onCrash,
  );
}
