import { describe, expect, it } from 'vitest';
import { createRegistry, lint, lintAndFix, resolveConfig } from '@reportlint/core';
import { builtinPlugin } from '@reportlint/rules';

/**
 * terminology, entry law-title-marks: the full name of a law or regulation written without 《》
 * (the README's examples cover the main cases). Findings as “line:column-endColumn actual”.
 */
const registry = createRegistry([builtinPlugin]);
const { config } = resolveConfig({ rules: { terminology: 'warn' } }, registry);

const HEAD = ['2024年，我区扎实推进法治政府建设。', '一、主要举措和成效'];
const source = (text: string) => ({ text, format: 'txt' as const, encoding: 'utf-8', bom: false, eol: '\n' as const });
const draft = (body: string | string[]) => [...HEAD, ...(Array.isArray(body) ? body : [body])].join('\n');

function findings(body: string | string[]): string[] {
  return lint(source(draft(body)), config).messages.map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.message.replace(/”应为.*/, '”')}`);
}

describe('terminology law-title-marks: full names of laws without 《》', () => {
  it('a law, a code, a regulation and its implementing rules, each where its name plainly ends', () => {
    expect(findings('认真贯彻中华人民共和国行政复议法，学习中华人民共和国民法典等法律。')).toEqual([
      '3:5-17 “中华人民共和国行政复议法”',
      '3:20-30 “中华人民共和国民法典”',
    ]);
    expect(findings('严格执行中华人民共和国政府信息公开条例和中华人民共和国税收征收管理法实施细则。')).toEqual([
      '3:5-20 “中华人民共和国政府信息公开条例”',
      '3:21-39 “中华人民共和国税收征收管理法实施细则”',
    ]);
    expect(findings('依照中华人民共和国行政处罚法第二十条，以中华人民共和国宪法为根本。')).toEqual([
      '3:3-15 “中华人民共和国行政处罚法”',
      '3:21-30 “中华人民共和国宪法”',
    ]);
    // A number, another title or a word of study after the name ends it.
    expect(findings('学习中华人民共和国行政复议法3次，中华人民共和国消防法《消防救援衔条例》，开展中华人民共和国民法典专题宣讲。')).toEqual([
      '3:3-15 “中华人民共和国行政复议法”',
      '3:18-28 “中华人民共和国消防法”',
      '3:40-50 “中华人民共和国民法典”',
    ]);
    // 规定 after the name is the verb; a name with 法 inside it (立法法, 法律援助法, 人民法院组织法) is read whole.
    expect(findings('中华人民共和国行政处罚法规定，学习中华人民共和国立法法、中华人民共和国法律援助法、中华人民共和国人民法院组织法。')).toEqual([
      '3:1-13 “中华人民共和国行政处罚法”',
      '3:18-28 “中华人民共和国立法法”',
      '3:29-41 “中华人民共和国法律援助法”',
      '3:42-56 “中华人民共和国人民法院组织法”',
    ]);
  });

  it('says nothing where the name does not plainly end or is not a law', () => {
    expect(findings('开展中华人民共和国宪法宣传周活动，学习中华人民共和国宪法精神和民法典。')).toEqual([]);
    expect(findings('中华人民共和国成立75周年，中华人民共和国公民都要遵守宪法和法律。')).toEqual([]);
    expect(findings('依照中华人民共和国法律法规规定，中华人民共和国法律规定，中华人民共和国海关总署规定。')).toEqual([]);
    expect(findings('在中华人民共和国境内违法的，依法处理。')).toEqual([]);
    expect(findings('学习中华人民共和国生态环境法典（草案），试行中华人民共和国某某管理办法（试行）。')).toEqual([]);
    expect(findings('宣讲行政处罚法、民法典，开展宪法宣传周活动。')).toEqual([]);
    // Descriptions of a law, not its title.
    expect(findings('中华人民共和国第一部宪法，中华人民共和国首部民法典，中华人民共和国国务院令第七百九十二号修订政府信息公开条例。')).toEqual([]);
  });

  it('says nothing of a name standing alone in a table cell (a label), and reports it in a sentence in a cell', () => {
    expect(findings(['序号\t法律名称\t学时', '1\t中华人民共和国行政复议法\t4', '2\t学习中华人民共和国行政处罚法\t2'])).toEqual(['5:5-17 “中华人民共和国行政处罚法”']);
    expect(findings(['| 序号 | 法律名称 |', '|---|---|', '| 1 | 中华人民共和国行政复议法 |'])).toEqual([]);
  });

  it('says nothing inside 《》, 〈〉 or “…”, even with a space or a line break inside the marks, nor in the oath', () => {
    expect(findings('学习《 中华人民共和国民法典 》和《关于学习宣传中华人民共和国宪法的通知》。')).toEqual([]);
    expect(findings('印发《关于〈中华人民共和国行政复议法〉的学习方案》，学习“中华人民共和国行政许可法”。')).toEqual([]);
    expect(findings(['学习《', '中华人民共和国行政复议法》。'])).toEqual([]);
    expect(findings('新任职干部宪法宣誓，誓词首句为忠于中华人民共和国宪法，维护宪法权威。')).toEqual([]);
  });

  it('the fix inserts 《 and 》 around the name and changes nothing else', () => {
    const body = '认真贯彻中华人民共和国行政复议法，将宪法、中华人民共和国刑法修正案（十一）纳入学法清单。';
    const { output, fixed } = lintAndFix(source(draft(body)), config);
    expect(fixed).toBe(2);
    expect(output).toBe(draft('认真贯彻《中华人民共和国行政复议法》，将宪法、《中华人民共和国刑法修正案（十一）》纳入学法清单。'));
    expect(lint(source(output), config).messages).toEqual([]);
  });

  it('keeps a Traditional report as written', () => {
    const { output } = lintAndFix(source(draft('認真貫徹中華人民共和國行政復議法。')), config);
    expect(output).toBe(draft('認真貫徹《中華人民共和國行政復議法》。'));
  });
});
