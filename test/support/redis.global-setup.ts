import type { TestProject } from 'vitest/node';
import {
  type RedisServerProcess,
  startRedisServer,
} from '../../src/infra/redis/redis-server-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

let server: RedisServerProcess | undefined;

/**
 * Integration and browser tests talk to a real Redis: the one named by
 * REDIS_URL, or else a private redis-server started here on a free port.
 * Suites keep apart by using their own key prefixes.
 */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.REDIS_URL) {
    project.provide('redisUrl', process.env.REDIS_URL);
    return;
  }
  server = await startRedisServer();
  project.provide('redisUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
