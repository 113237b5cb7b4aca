import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  profiles?: string[];
}

// No Docker engine runs where the tests run, so the file is checked by reading it.
const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'), {
  merge: true,
}) as { services: Record<string, Service>; volumes: Record<string, unknown> };

describe('docker-compose.yml', () => {
  it('runs api, worker, redis and postgres, each with a health check or a healthy dependency', () => {
    const { api, worker, redis, postgres } = compose.services;
    expect(api && worker && redis && postgres).toBeTruthy();
    for (const name of ['api', 'redis', 'postgres'])
      expect(compose.services[name]?.healthcheck?.test.length).toBeGreaterThan(0);
    for (const app of [api!, worker!]) {
      expect(app.depends_on?.postgres?.condition).toBe('service_healthy');
      expect(app.depends_on?.redis?.condition).toBe('service_healthy');
    }
  });

  it('gives the app processes what they need: database, redis, secret, role', () => {
    const { api, worker } = compose.services;
    for (const app of [api!, worker!]) {
      expect(app.environment?.DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//);
      expect(app.environment?.REDIS_URL).toBe('redis://redis:6379');
      expect(app.environment?.JWT_SECRET).toBeDefined();
      expect(app.environment?.NODE_ENV).toBe('production');
    }
    expect(api!.command).toEqual(expect.arrayContaining(['--role', 'api']));
    expect(worker!.command).toEqual(expect.arrayContaining(['--role', 'worker']));
  });

  it('keeps Redis safe for queues: append-only file on, noeviction, data on a volume', () => {
    const redis = compose.services.redis!;
    const command = redis.command!.join(' ');
    expect(command).toMatch(/--appendonly yes/);
    expect(command).toMatch(/--maxmemory-policy noeviction/);
    expect(redis.volumes?.some((v) => v.endsWith(':/data'))).toBe(true);
    expect(
      compose.services.postgres!.volumes?.some((v) => v.includes('/var/lib/postgresql/data')),
    ).toBe(true);
  });

  it('agrees with the configuration schema on variable names', async () => {
    const { ENV_VARIABLES } = await import('../src/config.js');
    for (const app of [compose.services.api!, compose.services.worker!]) {
      for (const name of Object.keys(app.environment ?? {})) expect(ENV_VARIABLES).toContain(name);
    }
  });
});
