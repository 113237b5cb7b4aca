import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';

/** The generated client types, committed so the stories type-check against the document. */
export const TYPES_FILE = new URL('./yoldas-api.d.ts', import.meta.url);

const HEADER = `/**
 * The Yoldaş API as openapi-typescript reads the served /api/openapi.json.
 * Generated: \`npm run contract:types\` (the contract test fails when it is stale).
 */

`;

/** The document's types as openapi-typescript writes them. */
export async function typesOf(document: object): Promise<string> {
  // A property with a default may be left out of a request: optional, not required.
  const ast = await openapiTS(document as never, { alphabetize: true, defaultNonNullable: false });
  // Formatted as the repository formats (biome), so lint passes on the committed file.
  const formatted = spawnSync(
    'npx',
    ['biome', 'format', `--stdin-file-path=${fileURLToPath(TYPES_FILE)}`],
    { input: HEADER + astToString(ast), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (formatted.status !== 0) throw new Error(`biome format failed: ${formatted.stderr}`);
  return formatted.stdout;
}

/** Compares the committed types with the document's; with UPDATE_CONTRACT=1 rewrites them. */
export async function checkTypes(document: object): Promise<{ fresh: string; stale: boolean }> {
  const fresh = await typesOf(document);
  let committed = '';
  try {
    committed = readFileSync(TYPES_FILE, 'utf8');
  } catch {}
  if (committed !== fresh && process.env.UPDATE_CONTRACT === '1') {
    writeFileSync(TYPES_FILE, fresh);
    return { fresh, stale: false };
  }
  return { fresh, stale: committed !== fresh };
}

/** Redocly's recommended rules, every one an error: the problems found, as lines. */
export async function lintProblems(document: object): Promise<string[]> {
  const config = await createConfig({ extends: ['recommended-strict'] } as never);
  const problems = await lintFromString({
    source: JSON.stringify(document),
    absoluteRef: 'openapi.json',
    config,
  });
  return problems.map(
    (p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`,
  );
}
