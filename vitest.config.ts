import { defineConfig } from 'vitest/config';

// Five projects: pure unit tests (fast, no I/O), the pages' pure code, integration tests against a
// real Redis and PGlite/PostgreSQL, the fault suite's short run, and browser tests in Debian's chromium.
export default defineConfig({
  test: {
    // Two at a time even on a 2-core machine (vitest's default there is one): most of a database or
    // browser test is waiting on I/O. The chaos and browser files still run one by one, after the rest.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          // Property tests run hundreds of cases; on a loaded machine 5 s is not a verdict.
          testTimeout: 30_000,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [
            '**/*.int.test.ts',
            '**/*.e2e.test.ts',
            '**/*.chaos.test.ts',
            'node_modules/**',
          ],
        },
      },
      {
        // The pages' pure code (request bodies, explanations, late rides, dates): no browser needed.
        test: {
          name: 'web',
          include: ['web/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'],
          globalSetup: [
            'test/support/redis.global-setup.ts',
            'test/support/pglite-template.global-setup.ts',
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The fault suite's short run: real API and worker processes killed while bookings flow.
        // Alone (it starts its own processes and Redis), with room for a slow shared machine.
        test: {
          name: 'chaos',
          include: ['test/chaos/**/*.chaos.test.ts'],
          testTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: [
            'test/support/redis.global-setup.ts',
            'test/support/pglite-template.global-setup.ts',
            'test/support/web-build.global-setup.ts',
          ],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
