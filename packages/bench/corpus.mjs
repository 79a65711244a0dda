// Part of `pnpm bench`: lints a generated province of reports (2,000 by default; CORPUS_SIZE to
// change, `pnpm bench:corpus N` to generate) with the recommended preset, as a whole `reportlint`
// process, and runs side by side over the same files what users would pick instead: textlint with
// one rule that visits every node, autocorrect --lint, remark with remark-preset-lint-recommended,
// and one regular-expression pass in a single thread. Prints files/s, MB/s and peak memory.
// BENCH_RUNS=3 keeps the best of three runs of each tool; ONLY=reportlint runs the matching tools only.
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CORPUS, GENERATOR_VERSION, generateCorpus, readManifest } from './lib/generate-corpus.mjs';
import { measure } from './lib/measure.mjs';

const SIZE = Number(process.env.CORPUS_SIZE ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const corpus = process.env.CORPUS_DIR ?? DEFAULT_CORPUS;
const here = import.meta.dirname;
const bin = (path) => join(here, 'node_modules', path);
const node = process.execPath;

let manifest = readManifest(corpus);
if (manifest?.count !== SIZE || manifest?.generator !== GENERATOR_VERSION) {
  console.log(`generating ${SIZE} reports in ${corpus} …`);
  manifest = generateCorpus(SIZE, corpus);
}
const MB = manifest.bytes / 1e6;

const tools = [
  {
    // The report on standard output (the harness discards it), as a reviewer runs `reportlint . > report.json`.
    name: 'reportlint (recommended, --concurrency auto, to stdout)',
    args: [join(here, '../cli/dist/bundle/bin.js'), '--no-config', '--format', 'json', '--no-progress', '.'],
  },
  {
    name: 'reportlint (recommended, --concurrency off: in-process)',
    args: [join(here, '../cli/dist/bundle/bin.js'), '--no-config', '--concurrency', 'off', '--format', 'json', '--output-file', '/dev/null', '--no-progress', '.'],
  },
  {
    name: `reportlint (recommended, --concurrency ${availableParallelism()})`,
    args: [join(here, '../cli/dist/bundle/bin.js'), '--no-config', '--concurrency', String(availableParallelism()), '--format', 'json', '--output-file', '/dev/null', '--no-progress', '.'],
  },
  {
    name: 'textlint, text plugin + a no-op rule visiting every node',
    args: [bin('textlint/bin/textlint.js'), '--no-textlintrc', '--rulesdir', join(here, 'lib/textlint-rules'), '--format', 'json', '--output-file', '/dev/null', '**/*.{txt,md}'],
  },
  { name: 'autocorrect --lint --format json', args: [bin('autocorrect-node/cli.js'), '--lint', '--format', 'json', '--quiet', '.'] },
  {
    name: 'remark + remark-preset-lint-recommended',
    args: [bin('remark-cli/cli.js'), '--no-config', '--no-ignore', '--use', 'remark-preset-lint-recommended', '--ext', 'txt,md', '--no-stdout', '--silent', '.'],
  },
  { name: 'one regex pass, one thread (the floor)', args: [join(here, 'lib/regex-pass.mjs'), '.'] },
];

const rows = [];
for (const tool of tools.filter((t) => !process.env.ONLY || t.name.includes(process.env.ONLY))) {
  let best;
  for (let i = 0; i < RUNS; i++) {
    // Every tool runs in the corpus on '.': autocorrect skips what the repository's .gitignore names, and
    // from inside the corpus folder there is nothing above it in the walk to ignore.
    const r = await measure(node, tool.args, { cwd: corpus });
    if (r.code !== 0 && r.code !== 1) console.error(`${tool.name}: exit ${r.code}\n${r.stderr.slice(0, 2000)}`);
    if (!best || r.seconds < best.seconds) best = r;
  }
  rows.push({
    tool: tool.name,
    's': best.seconds.toFixed(2),
    'files/s': Math.round(manifest.count / best.seconds),
    'MB/s': (MB / best.seconds).toFixed(1),
    'peak MB': Math.round(best.peakBytes / 1e6),
  });
}
console.log(`${manifest.count} reports, ${MB.toFixed(1)} MB (${JSON.stringify(manifest.encodings)}, ${manifest.crlf} CRLF, ${manifest.markdown} Markdown); ` +
  `${availableParallelism()} × ${cpus()[0]?.model.trim()}, Node ${process.version}; best of ${RUNS}`);
console.table(rows);
