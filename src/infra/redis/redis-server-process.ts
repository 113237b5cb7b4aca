import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';

/** A redis-server child process that this process started and must stop. */
export interface RedisServerProcess {
  readonly url: string;
  readonly port: number;
  /** The current child's pid (it changes when supervision restarts it). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

export interface StartRedisOptions {
  /** Directory for the append-only file; omitted means no persistence (tests). */
  dataDir?: string;
  /** Binary to run; `redis-server` from PATH by default. */
  binary?: string;
  port?: number;
  /** Called when the child died unexpectedly and is being restarted. */
  onRestart?: (code: number | null, signal: NodeJS.Signals | null) => void;
}

export class RedisBinaryMissing extends Error {
  constructor(binary: string) {
    super(
      `No REDIS_URL is set and "${binary}" was not found on PATH. ` +
        'Install Redis (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) ' +
        'or set REDIS_URL=redis://host:6379 to use a running server.',
    );
    this.name = 'RedisBinaryMissing';
  }
}

/** Whether `binary` can be executed. */
export function hasRedisBinary(binary = 'redis-server'): boolean {
  const probe = spawnSync(binary, ['--version'], { stdio: 'ignore' });
  return probe.error === undefined && probe.status === 0;
}

/** Asks the kernel for a free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a private redis-server bound to 127.0.0.1 and waits until it answers PING.
 * With a data directory it runs with the append-only file on and `noeviction`,
 * the settings BullMQ needs so that accepted jobs survive a restart.
 */
export async function startRedisServer(
  options: StartRedisOptions = {},
): Promise<RedisServerProcess> {
  const binary = options.binary ?? 'redis-server';
  if (!hasRedisBinary(binary)) throw new RedisBinaryMissing(binary);
  const port = options.port ?? (await freePort());
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--maxmemory-policy', 'noeviction'];
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    args.push('--dir', options.dataDir, '--appendonly', 'yes', '--save', '');
  } else {
    args.push('--save', '', '--appendonly', 'no');
  }
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess;
  let exited = false;
  let stopping = false;
  // Supervision: a redis-server that dies under us is started again on the
  // same port and data directory; clients reconnect by themselves.
  const launch = () => {
    exited = false;
    child = spawn(binary, args, { stdio: 'ignore' });
    child.once('exit', (code, signal) => {
      exited = true;
      if (stopping) return;
      options.onRestart?.(code, signal);
      setTimeout(() => {
        if (!stopping) launch();
      }, 500).unref();
    });
  };
  launch();
  await waitForPing(url, () => exited);
  return {
    url,
    port,
    get pid() {
      return child.pid;
    },
    async stop() {
      stopping = true;
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await Promise.race([gone, sleep(5000).then(() => child.kill('SIGKILL'))]);
    },
  };
}

async function waitForPing(url: string, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error(`redis-server for ${url} exited during start-up`);
    const client = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => {});
    try {
      await client.connect();
      if ((await client.ping()) === 'PONG') return;
    } catch {
      // not listening yet
    } finally {
      client.disconnect();
    }
    await sleep(50);
  }
  throw new Error(`redis-server for ${url} did not answer PING within 10 s`);
}
