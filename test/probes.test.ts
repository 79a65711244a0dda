import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import type { LintMessage } from '@reportlint/core';
import { builtinPlugin } from '@reportlint/rules';
import { probeReports } from './support/probes.js';
import type { ProbeReport } from './support/probes.js';

/**
 * Probes of the sentence-level rules (see test/support/probes.ts): short genre-true paragraphs,
 * correct on purpose, linted inside a minimal valid report with the recommended preset. Every
 * finding listed here is deliberate; positions are the probe file's lines (S: the skeleton's).
 */
const DIR = join(import.meta.dirname, 'fixtures', 'probes');
const registry = createRegistry([builtinPlugin]);
const { config, problems } = resolveConfig({ extends: 'recommended' }, registry);

function show(report: ProbeReport, m: LintMessage): string {
  const at = (line: number) => (report.origin[line - 1] ? `${report.origin[line - 1]}` : `S${line}`);
  // A report of its own is named by the probe's first line, so a finding in the skeleton says which probe.
  const probe = report.origin.find((o) => o > 0);
  return `${report.single && probe ? `[${probe}] ` : ''}${at(m.line)}:${m.column}-${at(m.endLine ?? m.line)}:${m.endColumn} ${m.ruleId} ${m.message}`;
}

/** Findings per probe file, in order: each is marked in its file by a `# deliberate` or `# dubious, kept` comment. */
const expected: Record<string, string[]> = {
  'dates.txt': [],
  'enumeration-sequence.txt': [],
  'enumeration-sequence-di.txt': [
    '33:44-33:46 enumeration-sequence 列举序号跳号：此处应为“第三”，文中为“第四”',
    '38:15-38:17 enumeration-sequence 列举序号重复：前面已有“第二”，此处应为“第三”',
    '41:12-41:14 enumeration-sequence 列举缺少开头：应从“第一”开始，文中第一项为“第二”',
    '44:24-44:26 enumeration-sequence 列举序号跳号：此处应为“第二”，文中为“第三”',
    '44:35-44:37 enumeration-sequence 列举序号顺序颠倒：“第二”出现在“第三”之后，应按“第一、第二……”的顺序排列',
    '47:31-47:33 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”',
    '50:40-50:42 enumeration-sequence 列举序号跳号：此处应为“第二”，文中为“第三”',
  ],
  'heading-numbering.txt': [],
  'line-break-in-sentence.txt': [
    '36:21-36:22 line-break-in-sentence 句子在此处被换行截断（“…议案件186件，”后接下一行“行政诉讼案件87…”），应删去换行，与下一行连成一段',
    '37:10-37:11 line-break-in-sentence 句子在此处被换行截断（“…诉讼案件87件，”后接下一行“法律援助案件74…”），应删去换行，与下一行连成一段',
  ],
  'parts-exceed-total.txt': [],
  'placeholder-text.txt': [
    '10:30-10:33 placeholder-text 模板占位符“×××”未替换，应填写实际内容',
    '10:39-10:45 placeholder-text 模板占位符“××××××”未替换，应填写实际内容',
    '13:27-13:29 placeholder-text 模板占位符“××”未替换，应填写实际内容',
    '13:32-13:34 placeholder-text 模板占位符“×条”未替换，应填写实际内容',
    '20:10-20:12 placeholder-text 模板占位符“××”未替换，应填写实际内容',
    '20:14-20:16 placeholder-text 模板占位符“××”未替换，应填写实际内容',
    '31:6-31:8 placeholder-text 模板占位符“X月”未替换，应填写实际内容',
    '38:7-38:9 placeholder-text 模板占位符“××”未替换，应填写实际内容',
    '43:25-43:29 placeholder-text 模板占位符“××××”未替换，应填写实际内容',
    '43:31-43:35 placeholder-text 模板占位符“××××”未替换，应填写实际内容',
    '48:15-48:18 placeholder-text 模板占位符“___”未替换，应填写实际内容',
    '53:22-53:24 placeholder-text 模板占位符“X个”未替换，应填写实际内容',
  ],
  'plan-specificity.txt': [],
  'punctuation-width.txt': [
    '52:30-52:31 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”',
    '52:35-52:36 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”',
    '57:16-57:17 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”',
    '57:22-57:23 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”',
  ],
  'rate-mismatch.txt': [],
  'rate-mismatch-closed.txt': [
    '31:18-31:26 rate-mismatch 败诉率应为6.09%（19÷312），文中为7.09%',
    '34:35-34:43 rate-mismatch 纠错率应为11.2%（73÷652），文中为12.2%',
  ],
  'rate-out-of-range.txt': [],
  'repeated-phrase.txt': [],
  'shortcoming-causes.txt': [],
  'terminology.txt': [],
  'year-consistency.txt': [],
};

const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('sentence-level probes, end to end', () => {
  it('the recommended preset resolves', () => expect(problems).toEqual([]));
  it('every probe file has its expected findings listed', () => {
    expect(files).toEqual(Object.keys(expected).sort());
  });
  for (const file of files) {
    it(file, () => {
      const reports = probeReports(readFileSync(join(DIR, file), 'utf8'));
      // PROBE_DUMP=dir writes the composed reports, to lint them with the CLI.
      if (process.env.PROBE_DUMP) reports.forEach((r, i) => writeFileSync(join(process.env.PROBE_DUMP!, `${file}.${i}.txt`), r.text));
      const got = reports.flatMap((r) =>
        lint({ text: r.text, format: 'txt', encoding: 'utf-8', bom: false, eol: '\n' }, config).messages.map((m) => show(r, m)),
      );
      if (process.env.PROBE_PRINT) console.log(`${file}\n${got.join('\n')}`);
      expect(got).toEqual(expected[file] ?? []);
    });
  }
});
