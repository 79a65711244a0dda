// The floor: read every file under the given directories and run one regular expression over its
// text, in one thread. Usage: node regex-pass.mjs DIR...
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');
const PATTERN = /[，。；：,.;:]\s*|20\d\d年/g;

let files = 0;
let matches = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(txt|md|markdown)$/.test(entry.name)) {
      const bytes = readFileSync(path);
      let text;
      try {
        text = utf8.decode(bytes);
      } catch {
        text = gb18030.decode(bytes);
      }
      for (const _ of text.matchAll(PATTERN)) matches++;
      files++;
    }
  }
}
for (const dir of process.argv.slice(2)) walk(dir);
console.log(JSON.stringify({ files, matches }));
