import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import type { LintMessage } from '@reportlint/core';
import { decodeSource } from '@reportlint/parser';
import { builtinPlugin } from '@reportlint/rules';
import { seedFiles, seedText } from './support/seeds.js';

/** The rules of the linter issue, at their strict severities (part-order is off in recommended). */
const OUTLINE_RULES = [
  'required-part', 'part-heading', 'empty-part', 'shortcoming-causes', 'part-order', 'heading-numbering',
  'enumeration-sequence', 'year-consistency', 'publish-date', 'placeholder-text', 'line-break-in-sentence',
];
const registry = createRegistry([builtinPlugin]);
const resolve = (rules: Record<string, 'warn' | 'error'>) => {
  const { config, problems } = resolveConfig({ rules }, registry);
  expect(problems).toEqual([]);
  return config;
};
const outlineConfig = resolve(
  Object.fromEntries(OUTLINE_RULES.map((id) => {
    const meta = builtinPlugin.rules!.find((r) => r.id === id)!.meta;
    return [id, (meta.strictSeverity ?? meta.severity) as 'warn' | 'error'];
  })),
);
const strictConfig = resolveConfig({ extends: 'strict' }, registry).config;

const show = (m: LintMessage) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`;
const lintBytes = (bytes: Uint8Array, config = outlineConfig) => lint(decodeSource(bytes, { path: 'seed.txt' }), config).messages;

/**
 * Exact findings of the outline rules on each seed. shortcoming-causes is a judgement (see its
 * README): four seeds list problems without analysing causes; 城阳区 writes “主要原因在于”.
 */
const expected: Record<string, string[]> = {
  '000': [
    '2:1-2:38 part-order “党政主要负责人履行推进法治建设第一责任人职责情况”应排在“存在的不足和原因”之后',
    '13:1-13:24 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  '001': ['12:1-12:10 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）'],
  '002': [
    '68:8-68:26 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
    '68:8-68:26 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  '003': [
    '4:1-4:30 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”嵌套在“一、加强组织领导,营造浓厚法治氛围”之下，应单列为一级标题',
    // A report on 2022 dated 2023年1月9日: its 今年以来，办理行政诉讼案件55件 reads as nine days of 2023.
    '7:15-7:17 year-consistency “今年”从成文之年（2023年）算是2023年，从报告年度（2022年）算是2022年：应写明年份',
    '18:1-18:35 part-heading “存在的不足和原因”只见于正文段落，没有标题，应单列为一级标题',
    '18:1-18:35 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
    '18:1-18:35 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
    '19:1-19:31 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题',
  ],
  '004': [
    '12:1-12:5 heading-numbering 标题序号“(三)”后多了“是”，与“三是”式列举混用，应删去“是”',
    '12:26-12:27 line-break-in-sentence 句子在此处被换行截断（“…想纳入中青年干部”后接下一行“培训班等4期主体…”），应删去换行，与下一行连成一段',
  ],
};

describe('seed reports, end to end', () => {
  for (const id of Object.keys(seedFiles)) {
    it(`${id}: exactly the expected outline findings`, () => {
      const messages = lintBytes(new TextEncoder().encode(seedText(id)));
      expect(messages.map(show)).toEqual(expected[id]);
      // All four required parts are found in every seed (001 in Traditional, 002 despite its web-page frame).
      expect(messages.filter((m) => m.ruleId === 'required-part')).toEqual([]);
    });
  }

  const variants: Array<[string, (text: string) => Uint8Array]> = [
    ['GB18030', (t) => iconv.encode(t, 'gb18030')],
    ['CRLF', (t) => new TextEncoder().encode(t.replace(/\n/g, '\r\n'))],
    ['GB18030 + CRLF', (t) => iconv.encode(t.replace(/\n/g, '\r\n'), 'gb18030')],
    ['UTF-8 with BOM', (t) => new TextEncoder().encode(`\ufeff${t}`)],
  ];
  for (const [name, encode] of variants) {
    it(`${name}: every rule gives the same findings at the same lines and columns`, () => {
      for (const id of Object.keys(seedFiles)) {
        const text = seedText(id);
        const reference = lintBytes(new TextEncoder().encode(text), strictConfig).map(show);
        expect(reference.length).toBeGreaterThan(0);
        expect(lintBytes(encode(text), strictConfig).map(show), `seed ${id}`).toEqual(reference);
      }
    });
  }

  it('the CLI reports the same for converted files as for the originals', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-seeds-'));
    for (const id of Object.keys(seedFiles)) {
      writeFileSync(join(dir, `${id}-utf8.txt`), seedText(id));
      writeFileSync(join(dir, `${id}-gb18030-crlf.txt`), iconv.encode(seedText(id).replace(/\n/g, '\r\n'), 'gb18030'));
    }
    const bin = join(import.meta.dirname, '..', 'packages', 'cli', 'dist', 'bundle', 'bin.js');
    let out: string;
    try {
      out = execFileSync(process.execPath, [bin, '--no-config', '--format', 'json', dir], { encoding: 'utf8' });
    } catch (error) {
      out = (error as { stdout: string }).stdout;
    }
    const results = JSON.parse(out) as Array<{ filePath: string; messages: Array<Record<string, unknown>> }>;
    expect(results).toHaveLength(10);
    const strip = (ms: Array<Record<string, unknown>>) => ms.map(({ fix: _fix, ...rest }) => rest);
    for (const id of Object.keys(seedFiles)) {
      const utf8 = results.find((r) => r.filePath.endsWith(`${id}-utf8.txt`))!;
      const gb = results.find((r) => r.filePath.endsWith(`${id}-gb18030-crlf.txt`))!;
      expect(strip(gb.messages)).toEqual(strip(utf8.messages));
    }
  });
});
