import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const run = (script: string) => execFileSync(process.execPath, [join(root, 'packages', 'scripts', script), '--check'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });

describe('generated artefacts are up to date (run `pnpm run docs` when this fails)', () => {
  it('rules/all.ts lists every rule folder', () => {
    expect(() => run('rule-index.mjs')).not.toThrow();
  });
  it('the README rule table and the config JSON Schema match the rules', () => {
    expect(() => run('docs.mjs')).not.toThrow();
  });
});
