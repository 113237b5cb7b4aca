import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/infra/db/migrate.js';
import { createPgliteDatabase, dumpPgliteDatabase } from '../../src/infra/db/pglite-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A tarball of a migrated, empty PGlite data directory (see createTestDatabase). */
    pgliteTemplate: string;
  }
}

/**
 * PGlite runs initdb on every start (seconds of WASM, tens of seconds on a
 * loaded machine) and every suite's service then applies all migrations.
 * Done once here, the suites' databases restore this dump instead.
 */
let file: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const db = await createPgliteDatabase();
  await migrate(db);
  file = join(tmpdir(), `yoldas-pglite-template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await (await dumpPgliteDatabase(db)).arrayBuffer()));
  await db.close();
  project.provide('pgliteTemplate', file);
}

export async function teardown(): Promise<void> {
  if (file) rmSync(file, { force: true });
}
