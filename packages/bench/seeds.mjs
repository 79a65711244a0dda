// Part of `pnpm bench`: lints each seed report in-process with the recommended preset and prints the
// median and p95 time per report after warm-up, and the time figure extraction takes on a fresh tree. Numbers vary by machine; the README quotes a run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import { decodeSource, extractFigures, parseReport } from '@reportlint/parser';
import { builtinPlugin } from '@reportlint/rules';

const WARMUP = 30;
const RUNS = 200;
const seedsDir = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'seeds');

const registry = createRegistry([builtinPlugin]);
const { config } = resolveConfig({ extends: 'recommended' }, registry);

function measure(fn) {
  for (let i = 0; i < WARMUP; i++) fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(RUNS / 2)], p95: times[Math.floor(RUNS * 0.95)] };
}

const rows = [];
for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
  const bytes = readFileSync(join(seedsDir, file));
  // Decoded as the CLI decodes a file.
  const source = decodeSource(bytes, { path: file });
  const parse = measure(() => parseReport(source, config.profile));
  // On the normalized text, as figuresOf does (it caches per tree, so the tree's own would be measured once).
  const tree = parseReport(source, config.profile);
  const figures = measure(() => extractFigures(tree.normalized, 0, tree.normalized.length));
  const whole = measure(() => lint(source, config));
  rows.push({
    report: file.slice(0, 3),
    KB: (bytes.length / 1024).toFixed(1),
    'parse median ms': parse.median.toFixed(2),
    'figures median ms': figures.median.toFixed(2),
    'lint median ms': whole.median.toFixed(2),
    'lint p95 ms': whole.p95.toFixed(2),
  });
}
console.log(`reportlint ${config.rules.length} rules (recommended), ${RUNS} runs after ${WARMUP} warm-up, Node ${process.version}`);
console.table(rows);
