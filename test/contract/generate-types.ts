/**
 * `npm run contract:types`: rewrites test/contract/yoldas-api.d.ts from the
 * document the contract test's service serves (the test does the writing).
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['vitest', 'run', 'test/contract/contract.int.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, UPDATE_CONTRACT: '1' },
});
process.exit(run.status ?? 1);
