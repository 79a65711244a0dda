// Part of `pnpm bench`: how lint time grows with the size of adversarial text (long runs of
// markers, digits, punctuation …). Linear rules give a ratio near 4 for 4× the text; a ratio far
// above it points at quadratic work. The texts are shared with test/adversarial.test.ts.
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import { builtinPlugin } from '@reportlint/rules';
import { adversarial } from './_adversarial.mjs';

const { config } = resolveConfig({ extends: 'strict' }, createRegistry([builtinPlugin]));
const SMALL = 50_000;
const LARGE = 200_000;

function time(text) {
  const source = { text, format: 'txt', encoding: 'utf-8', bom: false, eol: '\n' };
  lint(source, config); // warm-up
  const t0 = performance.now();
  lint(source, config);
  return performance.now() - t0;
}

const rows = [];
for (const [name, make] of Object.entries(adversarial)) {
  const small = time(make(SMALL));
  const large = time(make(LARGE));
  rows.push({ text: name, [`${SMALL / 1000}k chars ms`]: small.toFixed(1), [`${LARGE / 1000}k chars ms`]: large.toFixed(1), ratio: (large / small).toFixed(1) });
}
console.log(`all strict rules; ratio = time(${LARGE / 1000}k) / time(${SMALL / 1000}k), linear ≈ 4`);
console.table(rows);
