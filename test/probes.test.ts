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
  'change-mismatch.txt': [],
  'change-mismatch-recall.txt': [
    '4:36-4:41 change-mismatch 增幅应为17.8%（(6382-5417)÷5417），文中为15.1%',
    '6:28-6:33 change-mismatch 降幅应为20.7%（(58-46)÷58），文中为26.1%',
    '8:29-8:34 change-mismatch 降幅应为26.5%（(132-97)÷132），文中为36.1%',
    '10:37-10:42 change-mismatch 增幅应为22.4%（(2865-2341)÷2341），文中为18.3%',
    '12:35-12:40 change-mismatch 增幅应为22.4%（(1378-1126)÷1126），文中为18.3%',
    '14:30-14:35 change-mismatch 增幅应为11.1%（(713-642)÷642），文中为10.0%',
    '16:27-16:32 change-mismatch 增幅应为19.2%（(2.36亿-1.98亿)÷1.98亿），文中为16.1%',
    '18:29-18:34 change-mismatch 降幅应为35.2%（(1860-1206)÷1860），文中为54.2%',
    '20:30-20:35 change-mismatch 降幅应为9.2%（(2915-2648)÷2915），文中为10.1%',
    '22:33-22:37 change-mismatch 增幅应为7.5%（(1236-1150)÷1150），文中为7.0%',
    '24:23-24:26 change-mismatch 增幅应为25%（(65-52)÷52），文中为20%',
    '26:27-26:30 change-mismatch 从60件到54件是下降，降幅为10%（(60-54)÷60），文中写作增长10%',
    '28:32-28:37 change-mismatch 降幅应为14.0%（(1200-1032)÷1200），文中为16.3%',
  ],
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
  'enumeration-sequence-other-leads.txt': [],
  'figures-close-calls.txt': [],
  'figures-recall.txt': [
    '4:27-4:35 rate-mismatch 办结率应为99.0%（4815÷4862），文中为99.9%',
    '6:7-6:18 rate-out-of-range 知晓率不应超过100%，文中为102.5%；请核对分子和分母',
    '8:25-8:33 rate-mismatch 办结率应为95.5%（298÷312），文中为97.1%',
    '10:11-10:38 parts-exceed-total 各分项之和为48件（30+12+6），超过总数46件；请核对总数或各分项',
    '12:9-12:32 parts-exceed-total 各分项之和为1280件（860+420），超过总数1250件；请核对总数或各分项',
    '14:19-14:27 rate-mismatch 审结率应为93.5%（58÷62），文中为95.6%',
    '16:12-16:33 parts-exceed-total 分项1302件超过总数1236件；请核对总数或分项',
    '18:18-18:26 rate-mismatch 纠错率应为15.5%（9÷58），文中为12.5%',
    '20:7-20:51 parts-exceed-total 各分项之和为403件（168+95+140），超过总数380件；请核对总数或各分项',
    '22:26-22:36 rate-mismatch 调解成功率应为89.9%（196÷218），文中为92.9%',
  ],
  'heading-numbering.txt': [],
  'invalid-date.txt': [],
  'invalid-date-recall.txt': [
    '3:1-3:11 invalid-date 日期不存在：2024年没有2月30日，2月只有29天',
    '5:1-5:11 invalid-date 日期不存在：2023年没有2月29日，2023年不是闰年，2月只有28天',
    '7:6-7:16 invalid-date 日期不存在：2024年没有6月31日，6月只有30天',
    '9:10-9:21 invalid-date 日期不存在：2024年没有11月31日，11月只有30天',
    '11:1-11:12 invalid-date 日期不存在：2024年没有9月31日，9月只有30天',
    '13:3-13:13 invalid-date 日期不存在：2024年没有4月31日，4月只有30天',
    '15:6-15:9 invalid-date 日期不存在：没有4月31日，4月只有30天',
    '[18] 20:1-20:12 invalid-date 日期不存在：没有13月，月份应在1至12之间，文中为“2025年13月10日”',
    '[22] 24:1-24:11 invalid-date 日期不存在：2025年没有2月29日，2025年不是闰年，2月只有28天',
  ],
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
  'placeholder-text-template.txt': [
    '3:11-3:15 placeholder-text 编写说明“【填写】”未删除，应按说明补全内容后删去',
    '5:1-5:7 placeholder-text 编写说明“【单位名称】”未删除，应按说明补全内容后删去',
    '7:1-7:5 placeholder-text 编写说明“示例文字”未删除，应按说明补全内容后删去',
    '9:1-9:19 placeholder-text 编写说明“（注：本部分字数控制在800字以内）”未删除，应按说明补全内容后删去',
    '11:11-11:15 placeholder-text 模板占位符“（  ）”未替换，应填写实际内容',
    '13:9-13:12 placeholder-text 模板占位符“【 】”未替换，应填写实际内容',
    '15:1-15:6 placeholder-text 编写说明“编写说明：”未删除，应按说明补全内容后删去',
    '17:1-17:14 placeholder-text 编写说明“（此段可根据实际情况删减）”未删除，应按说明补全内容后删去',
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
  'redteam-causes.txt': [],
  'redteam-dates.txt': [],
  'redteam-di.txt': [],
  'redteam-parts-total.txt': [],
  'redteam-placeholder.txt': [],
  'redteam-recall.txt': [
    '4:1-4:11 invalid-date 日期不存在：2024年没有9月31日，9月只有30天',
    '7:1-7:12 invalid-date 日期不存在：2024年没有4月31日，4月只有30天',
    '10:6-10:9 invalid-date 日期不存在：没有6月31日，6月只有30天',
    '13:31-13:33 enumeration-sequence 列举序号重复：前面已有“第二”，此处应为“第三”',
    '16:1-16:11 placeholder-text 编写说明“【此处填写典型案例】”未删除，应按说明补全内容后删去',
    '19:3-19:7 placeholder-text 模板占位符“（  ）”未替换，应填写实际内容',
    '22:1-22:18 placeholder-text 编写说明“（注：此部分可结合本单位实际增减）”未删除，应按说明补全内容后删去',
    '25:11-25:41 parts-exceed-total 各分项之和为90人（60+20+10），超过总数86人；请核对总数或各分项',
    '28:3-28:13 invalid-date 日期不存在：2025年没有2月29日，2025年不是闰年，2月只有28天',
    '[31] 31:10-31:12 enumeration-sequence 列举缺少开头：应从“第一”开始，文中第一项为“第三”',
    '[34] S9:1-S9:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
    '[37] S9:1-S9:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  'redteam-years.txt': [],
  'repeated-phrase.txt': [],
  'shortcoming-causes.txt': [],
  'shortcoming-causes-echo.txt': [
    '[4] S9:1-S9:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
    '[6] S9:1-S9:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
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
