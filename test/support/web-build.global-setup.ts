import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The pages built from web/ for this run, to pass as `webDir` to `startService`. */
    webDir: string;
  }
}

let outDir: string | undefined;

/**
 * Builds the pages once per run into a private directory, so browser tests
 * see the code under test (not a stale dist/web) and never overwrite the
 * pages a running `npm start` is serving.
 */
export async function setup(project: TestProject): Promise<void> {
  outDir = await mkdtemp(join(tmpdir(), 'yoldas-web-'));
  await build({
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    build: { outDir, emptyOutDir: true },
    logLevel: 'error',
  });
  project.provide('webDir', outDir);
}

export async function teardown(): Promise<void> {
  if (outDir) await rm(outDir, { recursive: true, force: true });
}
