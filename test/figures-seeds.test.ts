// The figure rules of issue 3 (rate-mismatch, parts-exceed-total, rate-out-of-range), all enabled,
// on the five seed reports: the exact findings, the named sentences that must stay silent, and proof
// that those sentences are read (changing one of their figures makes the rule speak).
import { describe, expect, it } from 'vitest';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import type { LintMessage } from '@reportlint/core';
import { builtinPlugin } from '@reportlint/rules';
import { seedText, textSource } from './support/seeds.js';

const RULES = ['rate-mismatch', 'parts-exceed-total', 'rate-out-of-range'];

const registry = createRegistry([builtinPlugin]);
const { config, problems } = resolveConfig({ rules: Object.fromEntries(RULES.map((id) => [id, 'error'])) }, registry);

const format = (m: LintMessage) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`;

function messages(text: string): LintMessage[] {
  return lint(textSource(text), config).messages.filter((m) => RULES.includes(m.ruleId ?? ''));
}

/** Findings whose span overlaps the first occurrence of `phrase` in the seed. */
function findingsAt(prefix: string, phrase: string): string[] {
  const text = seedText(prefix);
  const start = text.indexOf(phrase);
  expect(start, `"${phrase}" is in seed ${prefix}`).toBeGreaterThanOrEqual(0);
  const end = start + phrase.length;
  return messages(text)
    .filter((m) => m.offset < end && m.endOffset > start)
    .map(format);
}

/** The findings that appear when `from` is replaced by `to` in the seed (and were not there before). */
function newFindings(prefix: string, from: string, to: string): string[] {
  const text = seedText(prefix);
  expect(text.includes(from), `"${from}" is in seed ${prefix}`).toBe(true);
  const before = new Set(messages(text).map((m) => `${m.ruleId} ${m.message}`));
  return messages(text.replace(from, to))
    .map((m) => `${m.ruleId} ${m.message}`)
    .filter((m) => !before.has(m));
}

describe('figure rules on the seed reports', () => {
  it('the configuration is valid', () => {
    expect(problems).toEqual([]);
  });

  it('000 中原区 2024: nothing', () => {
    // 调解成功率98.2% is 5036÷5126 = 98.24…%; 调解率100% has no count of 调解 of its own (调解成功 is
    // another count), so it is not checkable. 正确率高达99%, 解决率达100%: no counts, approximate.
    expect(messages(seedText('000')).map(format)).toEqual([]);
  });

  it('001 怀柔区 2024 (Traditional): nothing', () => {
    // 精簡比例62.5% is not a rate of the vocabulary and its total is not stated; 敗訴率下降8.4% and
    // the other 下降/增長 figures are changes, not rates; every 100% is at the bound.
    expect(messages(seedText('001')).map(format)).toEqual([]);
  });

  it('002 阳东区 2023: the one wrong rate', () => {
    // 13649÷13785 = 99.0134…%: 99.01% rounded and truncated alike, never 99.02%.
    expect(messages(seedText('002')).map(format)).toEqual(['rate-mismatch 58:166-58:175 办结率应为99.01%（13649÷13785），文中为99.02%']);
    expect(findingsAt('002', '办结率99.02%')).toHaveLength(1);
  });

  it('003 郑州高新区 2022: nothing', () => {
    expect(messages(seedText('003')).map(format)).toEqual([]);
  });

  it('004 城阳区 2024: nothing', () => {
    expect(messages(seedText('004')).map(format)).toEqual([]);
  });

  it('no rate-out-of-range on any seed', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      expect(messages(seedText(prefix)).filter((m) => m.ruleId === 'rate-out-of-range'), prefix).toEqual([]);
    }
  });

  // The seeds write half-width commas (their phrases are quoted here as written).
  it.each([
    ['002', '办结率99.98%'], // 197845÷197880 = 99.982…%
    ['002', '办结率95.8%'], // 124440÷129889 = 95.804…%
    ['002', '合格率97.76%'], // 218÷223 = 97.757…%
    ['002', '办结率99.69%'], // 322÷323 = 99.690…%
    ['002', '成功率98.94%'], // 657÷664 = 98.945…%, truncated
    ['002', '办结率93.3%'], // (30−2)÷30 = 93.33…%
    ['002', '办结率100%'], // 1061÷1061
    ['000', '调解成功率98.2%'], // 5036÷5126 = 98.244…%
    ['000', '调解率100%'],
    ['002', '共审查规范性文件3件,其中政府规范性文件2份,部门规范性文件1件'],
    ['002', '共8件重大行政决策事项,其中今年新报来3件,结转5件'],
    ['004', '重大行政决策13件,其中区政府重大行政决策事项5件、街道重大行政决策事项8件'],
    ['004', '检查点位9个,其中学校4处、社区4处、企业1处'],
    ['003', '法律顾问46人,其中律师41人'],
    ['003', '基层法律服务工作者5人'],
    ['001', '精簡比例62.5%'],
    ['001', '下降8.4%'],
  ])('seed %s: no finding for "%s"', (prefix, phrase) => {
    expect(findingsAt(prefix, phrase)).toEqual([]);
  });

  // Silence is worth something only if the sentence was read: a changed figure must be reported.
  it.each([
    ['002', '办结率99.98%', '办结率99.90%', 'rate-mismatch 办结率应为99.98%（197845÷197880），文中为99.90%'],
    ['002', '办结率95.8%', '办结率95.1%', 'rate-mismatch 办结率应为95.8%（124440÷129889），文中为95.1%'],
    ['002', '合格率97.76%', '合格率97.70%', 'rate-mismatch 合格率应为97.76%（218÷223），文中为97.70%'],
    ['002', '办结率99.69%', '办结率99.60%', 'rate-mismatch 办结率应为99.69%（322÷323），文中为99.60%'],
    ['002', '成功率98.94%', '成功率98.90%', 'rate-mismatch 成功率应为98.95%（657÷664），文中为98.90%'],
    ['002', '办结率93.3%', '办结率93.9%', 'rate-mismatch 办结率应为93.3%（(30-2)÷30），文中为93.9%'],
    ['002', '办结率100%', '办结率99%', 'rate-mismatch 办结率应为100%（1061÷1061），文中为99%'],
    ['000', '调解成功率98.2%', '调解成功率98.9%', 'rate-mismatch 调解成功率应为98.2%（5036÷5126），文中为98.9%'],
    ['002', '其中政府规范性文件2份', '其中政府规范性文件3份', 'parts-exceed-total 各分项之和为4件（3+1），超过总数3件；请核对总数或各分项'],
    ['002', '其中今年新报来3件', '其中今年新报来4件', 'parts-exceed-total 各分项之和为9件（4+5），超过总数8件；请核对总数或各分项'],
    ['004', '街道重大行政决策事项8件', '街道重大行政决策事项9件', 'parts-exceed-total 各分项之和为14件（5+9），超过总数13件；请核对总数或各分项'],
    ['004', '企业1处', '企业2处', 'parts-exceed-total 各分项之和为10个（4+4+2），超过总数9个；请核对总数或各分项'],
    ['003', '其中律师41人', '其中律师47人', 'parts-exceed-total 分项47人超过总数46人；请核对总数或分项'],
    ['004', '结案594件', '结案694件', 'parts-exceed-total 结案694件多于受理666件；结案数不应超过受理数，请核对'],
  ])('seed %s: "%s" is read (changed to "%s" it is reported)', (prefix, from, to, finding) => {
    expect(newFindings(prefix, from, to)).toEqual([finding]);
  });
});
