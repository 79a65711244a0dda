import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegistry, lint, lintAndFix, resolveConfig } from '@reportlint/core';
import type { LintMessage, RuleSetting } from '@reportlint/core';
import { decodeSource } from '@reportlint/parser';
import type { Source } from '@reportlint/parser';
import { builtinPlugin } from '@reportlint/rules';
import { probeReports } from './support/probes.js';
import { seedFiles, seedText, textSource } from './support/seeds.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'packages', 'cli', 'dist', 'bundle', 'bin.js');
const registry = createRegistry([builtinPlugin]);

const FIXING = ['terminology', 'punctuation-width', 'stray-space'] as const;
const STYLE = ['punctuation-width', 'terminology', 'date-format', 'outline-coverage', 'stray-space'] as const;

/**
 * Findings of the five style rules on each seed: punctuation-width, terminology, date-format and
 * stray-space at their `recommended` severity (warn); outline-coverage, off in `recommended`, at its
 * `strict` one (warn). 002, 003 and 004 say nothing about emergency response (突发事件应对), the one 纲要
 * area they leave out. 002, a web page, keeps one blank inside a sentence (“在中央政治局会议上 的重要讲话”).
 */
const EXPECTED: Record<string, Record<(typeof STYLE)[number], number>> = {
  '000_ca0d512f362b1c48.txt': { 'punctuation-width': 99, terminology: 0, 'date-format': 0, 'outline-coverage': 0, 'stray-space': 0 },
  '001_89f07a14d81e159a.txt': { 'punctuation-width': 193, terminology: 0, 'date-format': 0, 'outline-coverage': 0, 'stray-space': 0 },
  '002_2d01404c831cc269.txt': { 'punctuation-width': 228, terminology: 0, 'date-format': 0, 'outline-coverage': 1, 'stray-space': 1 },
  '003_d04a5202b43b66c9.txt': { 'punctuation-width': 165, terminology: 0, 'date-format': 0, 'outline-coverage': 1, 'stray-space': 0 },
  '004_e682de9bac8de13f.txt': { 'punctuation-width': 104, terminology: 0, 'date-format': 0, 'outline-coverage': 1, 'stray-space': 0 },
};

function configFor(ids: readonly string[]) {
  const rules: Record<string, RuleSetting> = Object.fromEntries(ids.map((id) => [id, 'warn']));
  const { config, problems } = resolveConfig({ rules }, registry);
  expect(problems).toEqual([]);
  return config;
}

/**
 * True when `fixed` is `original` with only the given spans rewritten: the text outside the spans
 * appears in `fixed` unchanged and in order, with nothing added between (spans may grow or shrink).
 */
function changedOnlyInside(original: string, fixed: string, spans: Array<[number, number]>): boolean {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of spans.slice().sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const kept: string[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    kept.push(original.slice(at, s));
    at = e;
  }
  kept.push(original.slice(at));
  if (kept.length === 1) return fixed === original;
  // Leftmost matching of each kept piece decides whether some rewriting of the spans gives `fixed`.
  if (!fixed.startsWith(kept[0]!)) return false;
  let cursor = kept[0]!.length;
  for (let i = 1; i < kept.length - 1; i++) {
    const found = fixed.indexOf(kept[i]!, cursor);
    if (found === -1) return false;
    cursor = found + kept[i]!.length;
  }
  const tail = kept[kept.length - 1]!;
  return fixed.endsWith(tail) && fixed.length - tail.length >= cursor;
}

/** Offsets where two texts of the same length differ. */
function differingOffsets(a: string, b: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push(i);
  return out;
}

const seeds = Object.values(seedFiles).map((path) => basename(path)).sort();

describe('style rules on the seed reports', () => {
  it('covers every seed', () => {
    expect(seeds).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of seeds) {
    const text = seedText(file.slice(0, 3));

    it(`${file}: exact counts of the five style rules`, () => {
      const result = lint(textSource(text), configFor(STYLE));
      const counts = Object.fromEntries(STYLE.map((id) => [id, result.messages.filter((m) => m.ruleId === id).length]));
      expect(counts).toEqual(EXPECTED[file]);
      for (const m of result.messages) expect(m.severity, `${m.ruleId} ${m.message}`).toBe(1);
      expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    });

    it(`${file}: terminology, punctuation-width and stray-space fixes lint clean and touch only the findings`, () => {
      const config = configFor(FIXING);
      const before = lint(textSource(text), config).messages;
      const { output, result } = lintAndFix(textSource(text), config);

      // (a) nothing left for the two rules
      expect(result.messages.map((m: LintMessage) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([]);

      // (b) the text changed only inside the spans of the original findings
      const spans = before.map((m) => [m.offset, m.endOffset] as [number, number]);
      expect(changedOnlyInside(text, output, spans)).toBe(true);
      if (output.length === text.length) {
        const outside = differingOffsets(text, output).filter((i) => !spans.some(([s, e]) => s <= i && i < e));
        expect(outside).toEqual([]);
      }
      // every fixable finding was applied: the output differs from the seed wherever one was reported
      expect(before.every((m) => m.fix)).toBe(true);
      if (before.length) expect(output).not.toBe(text);
    });
  }

  it('000: half-width commas in Chinese text become full-width, figures stay', () => {
    const text = seedText('000');
    const { output } = lintAndFix(textSource(text), configFor(FIXING));
    // (c) figures and names with digits are untouched
    for (const kept of ['315.49万条', '12345市长热线']) {
      expect(text).toContain(kept);
      expect(output).toContain(kept);
      expect(output.indexOf(kept)).toBe(text.indexOf(kept));
    }
    expect(output.startsWith('2024年，在市委、市政府的正确领导下，中原区')).toBe(true);
    expect(output).not.toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/);
    expect(output).toContain('（一）协同优化政府职能。');
  });
});

describe('approximate-number on the seed reports', () => {
  it('finds the one approximate number written with two approximate words, in 002', () => {
    const config = configFor(['approximate-number']);
    const found = seeds.flatMap((file) =>
      lint(textSource(seedText(file.slice(0, 3))), config).messages.map((m) => `${file.slice(0, 3)} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`),
    );
    expect(found).toEqual(['002 50:201-50:207 “约20多亿元”中“约”和“多”都表示约数，重复使用，应删去其一']);
  });
});

describe.runIf(existsSync(BIN))('reportlint --fix on a copy of seed 000', () => {
  it('converts the half-width commas of Chinese text and leaves the figures alone', () => {
    const text = seedText('000');
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-fix-'));
    try {
      const copy = join(dir, 'report.txt');
      writeFileSync(copy, text);
      try {
        execFileSync('node', [BIN, '--no-config', '--fix', copy], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        // Exit code 1 only says findings remain (errors of other rules); anything else is a failure.
        if ((error as { status?: number }).status !== 1) throw error;
      }
      const fixed = readFileSync(copy, 'utf8');
      expect(fixed.startsWith('2024年，在市委、市政府的正确领导下，中原区')).toBe(true);
      expect(fixed).not.toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/);
      expect(fixed).toContain('315.49万条');
      expect(fixed).toContain('12345市长热线');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Fix safety on every fixture the suite lints — the seeds, the unseen drafts, the structure reports and
 * every probe report (the style stress rounds among them) — with the recommended preset and all its
 * fixable rules: --fix changes the text only inside the fix spans the first lint reported, each fix
 * span touches its finding (line-break-in-sentence's is the line break right after the line's last
 * character), a second --fix changes nothing, and nothing fixable is reported after the first.
 */
describe('--fix on every fixture', () => {
  const { config, problems } = resolveConfig({ extends: 'recommended' }, registry);
  const FIXTURES = join(import.meta.dirname, 'fixtures');
  const texts: Array<{ name: string; source: Source }> = [];
  for (const folder of ['seeds', 'drafts-unseen', 'structure']) {
    for (const file of readdirSync(join(FIXTURES, folder)).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
      texts.push({ name: `${folder}/${file}`, source: decodeSource(readFileSync(join(FIXTURES, folder, file)), { path: file }) as Source });
    }
  }
  for (const file of readdirSync(join(FIXTURES, 'probes')).filter((f) => f.endsWith('.txt')).sort()) {
    probeReports(readFileSync(join(FIXTURES, 'probes', file), 'utf8')).forEach((r, i) => texts.push({ name: `probes/${file} #${i}`, source: textSource(r.text, r.format) }));
  }

  it('changes only the fix spans, each by its finding; fixing again changes nothing, and no fixable finding is left', () => {
    expect(problems).toEqual([]);
    const broken: string[] = [];
    let checked = 0;
    for (const { name, source } of texts) {
      const fixable = lint(source, config).messages.filter((m) => m.fix);
      if (fixable.length === 0) continue;
      checked += fixable.length;
      for (const m of fixable) {
        const [start, end] = m.fix!.range;
        if (start > m.endOffset || end < m.offset) broken.push(`${name} ${m.line}:${m.column} ${m.ruleId}: the fix is away from the finding`);
      }
      const { output } = lintAndFix(source, config);
      if (!changedOnlyInside(source.text, output, fixable.map((m) => m.fix!.range))) broken.push(`${name}: changed outside the fix spans`);
      const again = lintAndFix({ ...source, text: output }, config);
      if (again.output !== output) broken.push(`${name}: a second --fix changed the text`);
      for (const m of lint({ ...source, text: output }, config).messages.filter((x) => x.fix)) broken.push(`${name} ${m.line}:${m.column} ${m.ruleId}: left after --fix`);
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(4000);
    // Lints every fixture up to four times and grows with them (over 1,300 reports): 15–20 s alone, more when
    // the other test files share the two cores; the suite's 30 s is for one report's test.
  }, 120_000);

  it('a Traditional report gets a fix written alike in both scripts (截止 → 截至), and Traditional wording kept', () => {
    const text = ['某縣2024年度法治政府建設情況報告', '一、主要舉措和成效', '截止2024年底，全縣持續推進法制政府建設。'].join('\n');
    const { output } = lintAndFix(textSource(text), config);
    expect(output.split('\n')[2]).toBe('截至2024年底，全縣持續推進法治政府建設。');
  });
});
