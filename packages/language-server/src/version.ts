import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * This package's version, for `serverInfo` and `--version`. Its package.json is found by the
 * package's own name, so from dist/ and from the bundle in dist/bundle/ alike.
 */
const file = createRequire(import.meta.url).resolve('@reportlint/language-server/package.json');
export const VERSION = (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
