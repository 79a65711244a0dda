// Compares the parse and lint time of two built checkouts of reportlint over the benchmark corpus,
// in one process, alternating the two file by file (and which goes first): on a shared machine whose
// speed drifts, only such interleaved runs tell a few percent apart.
//
//   node packages/bench/lib/compare-builds.mjs OLD_CHECKOUT NEW_CHECKOUT [ROUNDS]
//
// Each checkout must have been built (`pnpm build`); the corpus is packages/bench/corpus (CORPUS_DIR
// to change it). Prints each build's round totals and their median, and the parse and lint shares.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CORPUS } from './generate-corpus.mjs';

const [oldDir, newDir, roundsArg] = process.argv.slice(2);
if (!oldDir || !newDir) {
  console.error('usage: node packages/bench/lib/compare-builds.mjs OLD_CHECKOUT NEW_CHECKOUT [ROUNDS]');
  process.exit(2);
}
const ROUNDS = Number(roundsArg ?? 5);
const corpus = process.env.CORPUS_DIR ?? DEFAULT_CORPUS;

const files = [];
(function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(txt|md)$/.test(entry.name)) files.push(path);
  }
})(corpus);
const bytes = files.map((f) => readFileSync(f));

async function load(name, checkout) {
  const root = resolve(checkout);
  const { decodeSource, parseReport } = await import(join(root, 'packages/parser/dist/index.js'));
  const { lintTree } = await import(join(root, 'packages/core/dist/index.js'));
  const { loadConfig } = await import(join(root, 'packages/config/dist/index.js'));
  const { config } = await loadConfig({ cwd: corpus, noConfig: true, filePath: join(corpus, 'x.txt') });
  return { name, decodeSource, parseReport, lintTree, config, parse: 0, lint: 0, rounds: [] };
}
const builds = [await load('old', oldDir), await load('new', newDir)];

for (let round = 0; round < ROUNDS; round++) {
  const totals = [0, 0];
  bytes.forEach((b, i) => {
    for (const k of (i + round) % 2 ? [0, 1] : [1, 0]) {
      const build = builds[k];
      const t0 = performance.now();
      const tree = build.parseReport(build.decodeSource(b, { path: files[i] }), build.config.profile);
      const t1 = performance.now();
      build.lintTree(tree, build.config);
      const t2 = performance.now();
      build.parse += t1 - t0;
      build.lint += t2 - t1;
      totals[k] += t2 - t0;
    }
  });
  builds.forEach((build, k) => build.rounds.push(totals[k]));
}

console.log(`${files.length} files, ${ROUNDS} rounds, builds interleaved file by file`);
for (const build of builds) {
  const sorted = [...build.rounds].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const ms = (x) => x.toFixed(0);
  console.log(
    `${build.name}: round totals ${build.rounds.map(ms).join(' ')} ms, median ${ms(median)} ms ` +
      `(per round: parse ${ms(build.parse / ROUNDS)} ms, lint ${ms(build.lint / ROUNDS)} ms)`,
  );
}
