// `pnpm bench`: runs every benchmark of this folder (each *.mjs but this one), one process each,
// so one benchmark's warm JIT or heap does not flatter the next.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of files) {
  console.log(`\n## ${file}`);
  execFileSync(process.execPath, ['--expose-gc', join(import.meta.dirname, file)], { stdio: 'inherit' });
}
