// Temporary forwarder while helpers finish; the generator lives in packages/scripts/.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
execFileSync(process.execPath, [join(import.meta.dirname, '..', 'packages', 'scripts', 'rule-index.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
