// Bundles the executables after `tsc -b` (`pnpm build` runs both): the CLI's bin and the worker
// thread it starts, and the language server's bin, each into `<package>/dist/bundle/`.
//
// Why: unbundled, starting the CLI means Node's ESM loader resolving, reading and compiling ~480
// modules (@sinclair/typebox's ESM build alone is 247 files), 330–400 ms before the first line is
// linted; one bundled file imports in ~90 ms. Every run pays it: each `reportlint file.txt`, each
// worker thread of a parallel run, each start of the language server. The README's "How it is
// built" has the measurements.
//
// The input is tsc's output (dist/*.js), not the TypeScript sources: it is what the library users
// and the unit tests import, and esbuild follows tsc's source maps, so the bundle's linked .map
// points at the .ts files (`node --enable-source-maps` for stack traces in them).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..', '..');

/** Bundles `entries` (name → tsc output, relative to the package) into `<pkg>/dist/bundle/<name>.js`. */
async function bundle(pkg, entries, external = []) {
  const dir = join(root, pkg);
  const outdir = join(dir, 'dist', 'bundle');
  // Chunk names carry a content hash: start empty so no stale chunk stays behind.
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, join(dir, file)])),
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Code shared by several entry points (the CLI's bin and its worker thread) or loaded by a
    // dynamic import (the language server's lint engine, loaded after `initialize`) goes into
    // chunks, so each process or thread loads what it runs and the lazy import stays lazy.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    // A package's ES module build where it has both: no CommonJS wrapper, and unused exports drop out.
    mainFields: ['module', 'main'],
    // CommonJS dependencies (iconv-lite, picomatch…) call `require` for Node's built-ins; an ES
    // module has no `require`, so each output file makes one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    external,
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

// tinypool starts its threads from its own files (`new URL('../entry/worker.js', import.meta.url)`),
// so it stays in node_modules. The pool is given `./worker.js` next to the code that creates it: in
// the bundle, dist/bundle/worker.js, the worker entry bundled here.
await bundle('packages/cli', { bin: 'dist/bin.js', worker: 'dist/worker.js' }, ['tinypool']);
// vscode-languageserver is loaded with createRequire (see src/lsp.ts), which esbuild leaves alone:
// it is required from node_modules at run time.
await bundle('packages/language-server', { bin: 'dist/bin.js' });

// The in-browser page (packages/web): one self-contained HTML file with its script inlined, so that it
// opens from a disk or an e-mail attachment, offline; its Content-Security-Policy forbids every request,
// so a draft checked there never leaves the machine.
async function page() {
  const dir = join(root, 'packages', 'web');
  const { outputFiles } = await build({
    entryPoints: [join(dir, 'dist', 'browser.js')],
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  // Inside <script>, HTML reads “</script” as the element's end, and “<!--” then “<script” as markup
  // that keeps it open. They occur only in the code's string and regex literals (the Markdown parser's
  // HTML, the suppression comments), where “\x3C” is the same “<” to JavaScript.
  const code = outputFiles[0].text;
  if (/\\<(?:!--|\/?script)/i.test(code)) throw new Error('the page script has an escaped “<” before markup: cannot inline it safely');
  const script = code.replace(/<(!--|\/?script)/gi, '\\x3C$1');
  const html = readFileSync(join(dir, 'src', 'page.html'), 'utf8').replace('/*reportlint*/', () => script);
  writeFileSync(join(dir, 'dist', 'reportlint.html'), html);
}
await page();
