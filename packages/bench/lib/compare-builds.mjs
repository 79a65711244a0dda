// Compares the parse and lint time of two built checkouts of reportlint, in one process, alternating
// the two file by file (and which goes first): on a shared machine whose speed drifts, only such
// interleaved runs tell a few percent apart.
//
//   node packages/bench/lib/compare-builds.mjs OLD_CHECKOUT NEW_CHECKOUT [ROUNDS] [--seeds] [--rules]
//
// Each checkout must have been built (`pnpm build`). The files are the benchmark corpus,
// packages/bench/corpus (CORPUS_DIR to change it), or with --seeds the five seed reports and the
// 50 KB draft of all five that the language server's benchmark edits (real text, warm: what a
// check costs a drafter and an editor). Prints each build's round totals and their median, and the
// parse and lint shares; with --rules, the parser's and each rule's time per round (medians, the
// first two rounds left out as warm-up), old against new.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CORPUS, readCorpusFiles } from './generate-corpus.mjs';

const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith('--')));
const [oldDir, newDir, roundsArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!oldDir || !newDir) {
  console.error('usage: node packages/bench/lib/compare-builds.mjs OLD_CHECKOUT NEW_CHECKOUT [ROUNDS] [--seeds] [--rules]');
  process.exit(2);
}
const seeds = flags.has('--seeds');
const perRule = flags.has('--rules');
const ROUNDS = Number(roundsArg ?? (seeds ? 60 : 5));
const PARSER = '(parser)';

function filesOf() {
  if (seeds) {
    const dir = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'seeds');
    const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const files = names.map((f) => ({ path: join(dir, f), bytes: readFileSync(join(dir, f)) }));
    const all = names.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    return [...files, { path: join(dir, 'all-five.txt'), bytes: Buffer.from(all) }];
  }
  return readCorpusFiles(process.env.CORPUS_DIR ?? DEFAULT_CORPUS);
}
const files = filesOf();

async function load(name, checkout) {
  const root = resolve(checkout);
  const { decodeSource, parseReport } = await import(join(root, 'packages/parser/dist/index.js'));
  const { lintTree } = await import(join(root, 'packages/core/dist/index.js'));
  const { loadConfig } = await import(join(root, 'packages/config/dist/index.js'));
  const cwd = join(files[0].path, '..');
  const { config } = await loadConfig({ cwd, noConfig: true, filePath: join(cwd, 'x.txt') });
  return { name, decodeSource, parseReport, lintTree, config, parse: 0, lint: 0, rounds: [], byRule: [] };
}
const builds = [await load('old', oldDir), await load('new', newDir)];

const noReport = () => {};

/** One file through one build; with per-rule times, each rule's check alone (no findings built). */
function run(build, file, times) {
  const t0 = performance.now();
  const tree = build.parseReport(build.decodeSource(file.bytes, { path: file.path }), build.config.profile);
  const t1 = performance.now();
  build.parse += t1 - t0;
  if (!times) {
    build.lintTree(tree, build.config);
    build.lint += performance.now() - t1;
    return performance.now() - t0;
  }
  times.set(PARSER, (times.get(PARSER) ?? 0) + t1 - t0);
  for (const { rule, options } of build.config.rules) {
    const s = performance.now();
    rule.check(tree, { options, profile: build.config.profile, report: noReport });
    times.set(rule.id, (times.get(rule.id) ?? 0) + performance.now() - s);
  }
  build.lint += performance.now() - t1;
  return performance.now() - t0;
}

for (let round = 0; round < ROUNDS; round++) {
  const totals = [0, 0];
  const times = builds.map(() => (perRule ? new Map() : undefined));
  files.forEach((file, i) => {
    for (const k of (i + round) % 2 ? [0, 1] : [1, 0]) totals[k] += run(builds[k], file, times[k]);
  });
  builds.forEach((build, k) => {
    build.rounds.push(totals[k]);
    if (perRule) build.byRule.push(times[k]);
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => x.toFixed(0);
console.log(`${files.length} files${seeds ? ' (the seeds and the five in one draft)' : ''}, ${ROUNDS} rounds, builds interleaved file by file`);
for (const build of builds) {
  console.log(
    `${build.name}: round totals ${build.rounds.map(ms).join(' ')} ms, median ${ms(median(build.rounds))} ms ` +
      `(per round: parse ${ms(build.parse / ROUNDS)} ms, lint ${ms(build.lint / ROUNDS)} ms)`,
  );
}

if (perRule) {
  // Rules only one build has (added or removed) show 0 on the other side.
  const keys = new Set(builds.flatMap((b) => [...b.byRule.at(-1).keys()]));
  const warm = (build, key) => median(build.byRule.slice(Math.min(2, ROUNDS - 1)).map((t) => t.get(key) ?? 0));
  const rows = [...keys].map((key) => ({ key, old: warm(builds[0], key), new: warm(builds[1], key) })).sort((a, b) => b.new - a.new);
  console.log(`\nms per round, median of rounds 3–${ROUNDS}     old       new   change`);
  for (const row of rows) {
    const change = row.old > 0 ? `${(((row.new - row.old) / row.old) * 100).toFixed(1)} %` : 'new';
    console.log(`${row.key.padEnd(32)} ${row.old.toFixed(2).padStart(8)}  ${row.new.toFixed(2).padStart(8)}  ${change.padStart(7)}`);
  }
}
