import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENV_VARIABLES } from '../src/config.js';
import { DEMO_DRIVERS, DEMO_USERS } from '../src/demo/demo-data.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const scripts = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

describe('README', () => {
  it('documents every configuration variable', () => {
    for (const name of ENV_VARIABLES) expect(readme).toContain(`\`${name}\``);
  });
  it('lists the demo logins that the seed creates', () => {
    for (const user of [...DEMO_USERS, ...DEMO_DRIVERS]) {
      expect(readme).toContain(user.username);
      expect(readme).toContain(`\`${user.password}\``);
    }
  });
  it('names only npm scripts that exist', () => {
    for (const [, name] of readme.matchAll(/npm run ([\w:]+)/g))
      expect(Object.keys(scripts)).toContain(name);
  });
});
