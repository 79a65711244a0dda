import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import type { LintMessage } from '@reportlint/core';
import { decodeSource } from '@reportlint/parser';
import { builtinPlugin } from '@reportlint/rules';

/**
 * Hand-written drafts of bodies, levels and layouts the seeds do not cover (see the folder's
 * README): correct on purpose, so every finding listed here is deliberate or a strict-only request.
 */
const DIR = join(import.meta.dirname, 'fixtures', 'drafts-unseen');
const registry = createRegistry([builtinPlugin]);
const config = (preset: 'recommended' | 'strict') => {
  const { config, problems } = resolveConfig({ extends: preset }, registry);
  expect(problems).toEqual([]);
  return config;
};
const show = (m: LintMessage) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`;

const numbering = (line: number, n: number) => `${line}:1-${line}:3 heading-numbering 标题序号“${n}、”写法不规范，应写作“${n}.”`;
const rectification = (line: number, end: number, column = 1) =>
  `${line}:${column}-${line}:${end} rectification 报告未说明2023年度报告所列问题的整改情况：请写明上年度存在的问题逐项整改了什么、整改到什么程度（可写在“存在的不足和原因”部分开头）`;
const coverage = (at: string, areas: string[]) =>
  `${at} outline-coverage “主要举措和成效”未涉及《法治政府建设实施纲要（2021—2025年）》的${areas.length}个任务领域：${areas.join('、')}；应补充这些方面的举措和成效，或说明本年度未开展的原因`;

/** Findings with the recommended preset. */
const recommended: Record<string, string[]> = {
  '01-province-eco-dept.txt': [],
  '02-township.txt': [],
  '03-city-sublevels.txt': [],
  '04-county-figures.txt': [],
  '05-district-variant-headings.txt': [numbering(11, 1), numbering(13, 2), numbering(17, 1), numbering(19, 2), numbering(23, 1), numbering(25, 2)],
  '06-market-bureau.md': [],
  '07-traditional.txt': [],
  '08-commission.txt': [],
};

/** What strict adds: the previous year's rectification and the 纲要's task areas. */
const strictOnly: Record<string, string[]> = {
  '01-province-eco-dept.txt': [coverage('5:1-5:24', ['政府机构职能', '突发事件应对']), rectification(21, 24)],
  '02-township.txt': [coverage('5:1-5:12', ['政府机构职能', '突发事件应对', '行政权力制约和监督', '数字法治政府']), rectification(17, 13)],
  '03-city-sublevels.txt': [coverage('5:1-5:24', ['突发事件应对', '行政权力制约和监督'])],
  '04-county-figures.txt': [coverage('5:1-5:19', ['突发事件应对']), rectification(19, 11)],
  '05-district-variant-headings.txt': [coverage('7:1-7:25', ['依法行政制度体系', '突发事件应对', '行政权力制约和监督', '数字法治政府']), rectification(31, 13)],
  '06-market-bureau.md': [coverage('5:4-5:27', ['政府机构职能', '突发事件应对', '行政权力制约和监督', '数字法治政府']), rectification(34, 27, 4)],
  '07-traditional.txt': [coverage('5:1-5:24', ['政府机构职能', '依法行政制度体系', '行政决策', '突发事件应对', '数字法治政府']), rectification(17, 11)],
  '08-commission.txt': [coverage('5:1-5:21', ['突发事件应对', '社会矛盾纠纷化解', '行政权力制约和监督', '数字法治政府']), rectification(17, 14)],
};

const drafts = readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').sort();

describe('unseen drafts, end to end', () => {
  it('every draft in the folder has its expected findings listed', () => {
    expect(drafts).toEqual(Object.keys(recommended).sort());
  });
  for (const file of drafts) {
    const source = decodeSource(readFileSync(join(DIR, file)), { path: file });
    it(`${file}: recommended preset`, () => {
      expect(lint(source, config('recommended')).messages.map(show)).toEqual(recommended[file]);
    });
    it(`${file}: strict preset`, () => {
      const got = lint(source, config('strict')).messages.map(show);
      expect([...got].sort()).toEqual([...recommended[file]!, ...strictOnly[file]!].sort());
    });
  }
});
