import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import { builtinPlugin } from '@reportlint/rules';

/**
 * invalid-date: dates that cannot exist, and the many month/day texts that are no date at all
 * (the README's examples cover the main cases). Findings as “line:column-endColumn message”.
 */
const registry = createRegistry([builtinPlugin]);
const { config } = resolveConfig({ rules: { 'invalid-date': 'error' } }, registry);
const en = resolveConfig({ rules: { 'invalid-date': 'error' }, locale: 'en' }, registry).config;
const withDateRules = resolveConfig({ rules: { 'invalid-date': 'error', 'date-format': 'warn', 'publish-date': 'warn' } }, registry).config;

const HEAD = ['2023年，我区扎实推进法治政府建设。', '一、主要举措和成效'];

function findings(body: string | string[], cfg = config, format: 'txt' | 'md' = 'txt'): string[] {
  const text = [...HEAD, ...(Array.isArray(body) ? body : [body])].join('\n');
  return lint({ text, format, encoding: 'utf-8', bom: false, eol: '\n' }, cfg).messages.map(
    (m) => `${m.line}:${m.column}-${m.endColumn} ${m.ruleId === 'invalid-date' ? '' : `${m.ruleId} `}${m.message}`,
  );
}

describe('invalid-date: leap years', () => {
  it('February 29 exists in 2024 and 2000, not in 2023 or 1900', () => {
    expect(findings('2024年2月29日、2000年2月29日召开会议。')).toEqual([]);
    expect(findings('2023年2月29日召开会议。')).toEqual(['3:1-11 日期不存在：2023年没有2月29日，2023年不是闰年，2月只有28天']);
    expect(findings('1900年2月29日')).toEqual(['3:1-11 日期不存在：1900年没有2月29日，1900年不是闰年，2月只有28天']);
  });
  it('February 30 never exists; with no year, 29 is allowed', () => {
    expect(findings('2024年2月30日召开会议。')).toEqual(['3:1-11 日期不存在：2024年没有2月30日，2月只有29天']);
    expect(findings('于2月29日召开会议，于2月30日完成。')).toEqual(['3:13-18 日期不存在：没有2月30日，2月最多29天']);
  });
});

describe('invalid-date: the ways a date is written', () => {
  it('Chinese numerals, 〇 and ○ and 零, 元月 after a year', () => {
    expect(findings('二〇二三年六月三十一日')).toEqual(['3:1-12 日期不存在：2023年没有6月31日，6月只有30天']);
    expect(findings('二○二三年二月二十九日')).toEqual(['3:1-12 日期不存在：2023年没有2月29日，2023年不是闰年，2月只有28天']);
    expect(findings('二零二三年十三月五日')).toEqual(['3:1-11 日期不存在：没有13月，月份应在1至12之间，文中为“二零二三年十三月五日”']);
    expect(findings('2023年元月32日')).toEqual(['3:1-11 日期不存在：2023年没有1月32日，1月只有31天']);
    expect(findings('二〇二三年十二月三十一日、二〇二四年二月二十九日')).toEqual([]);
  });
  it('full-width digits and spaces: positions in the text as written', () => {
    expect(findings('截至２０２３年９月３１日，共受理案件１２件。')).toEqual(['3:3-13 日期不存在：2023年没有9月31日，9月只有30天']);
    expect(findings('　　截至2023 年 9 月 31 日，共受理案件12件。')).toEqual(['3:5-20 日期不存在：2023年没有9月31日，9月只有30天']);
  });
  it('leading zeros, month 0 and 13, day 0', () => {
    expect(findings('2023年04月31日')).toEqual(['3:1-12 日期不存在：2023年没有4月31日，4月只有30天']);
    expect(findings('2023年0月5日')).toEqual(['3:1-10 日期不存在：没有0月，月份应在1至12之间，文中为“2023年0月5日”']);
    expect(findings('2023年3月0日')).toEqual(['3:1-10 日期不存在：没有3月0日，日应从1日起，文中为“2023年3月0日”']);
  });
  it('in a heading, a table cell and the closing date line', () => {
    expect(findings(['（一）2023年6月31日前完成清理', '完成清理。'])).toEqual(['3:4-14 日期不存在：2023年没有6月31日，6月只有30天']);
    expect(findings(['| 事项 | 完成时间 |', '|---|---|', '| 清理文件 | 2023年9月31日 |'], config, 'md')).toEqual([
      '5:10-20 日期不存在：2023年没有9月31日，9月只有30天',
    ]);
    expect(findings(['完成清理。', '特此报告。', '2024年2月30日'])).toEqual(['5:1-11 日期不存在：2024年没有2月30日，2月只有29天']);
  });
  it('English messages', () => {
    expect(findings('2023年2月29日；6月31日；2月30日；2023年13月1日', en)).toEqual([
      '3:1-11 Impossible date: 2023 has no February 29; 2023 is not a leap year, so February has 28 days',
      '3:12-17 Impossible date: there is no June 31; June has 30 days',
      '3:18-23 Impossible date: there is no February 30; February has at most 29 days',
      '3:24-34 Impossible date: there is no month 13 (months run from 1 to 12); it says "2023年13月1日"',
    ]);
  });
});

describe('invalid-date: ranges', () => {
  it('a second end that names only its day belongs to the first end\'s month', () => {
    expect(findings('3月1日—31日、3月1日至31日、3月1—31日、3月1-31日集中评查。')).toEqual([]);
    expect(findings('4月1日至31日集中评查。')).toEqual(['3:6-9 日期不存在：没有4月31日，4月只有30天']);
    expect(findings('四月一日至三十一日集中评查。')).toEqual(['3:6-10 日期不存在：没有4月31日，4月只有30天']);
    expect(findings('2023年2月1—29日集中评查。')).toEqual(['3:10-13 日期不存在：2023年没有2月29日，2023年不是闰年，2月只有28天']);
  });
  it('a second end with its own month takes the first end\'s year, or the next across New Year', () => {
    expect(findings('2023年2月1日至2月29日')).toEqual(['3:11-16 日期不存在：2023年没有2月29日，2023年不是闰年，2月只有28天']);
    expect(findings('2023年12月25日至2月29日、2023年12月25日至2024年1月5日')).toEqual([]);
  });
  it('a span of days after a date is not the end of a range', () => {
    expect(findings('4月1日至30日内完成，2月1日起30日内完成。')).toEqual([]);
  });
});

describe('invalid-date: what is no date, or not sure to be one', () => {
  it('spans of months, months alone, durations, recurring days', () => {
    expect(
      findings(
        '1月至12月，1—12月，1-13月，12月份，第13个月，13个月，30日内，60日以内，在15个工作日内，每月30日前报送，每月31日汇总，本月31日，次月30日，1—2月30日。',
      ),
    ).toEqual([]);
  });
  it('a year that is not a calendar year, and 元 after an amount', () => {
    expect(findings('23年2月29日，第1年2月30日，补贴500元月31日发放。')).toEqual([]);
  });
  it('今年、去年、每年 name no year: the date is read without one', () => {
    expect(findings('去年6月31日，今年2月29日，每年2月30日。')).toEqual([
      '3:3-8 日期不存在：没有6月31日，6月只有30天',
      '3:19-24 日期不存在：没有2月30日，2月最多29天',
    ]);
  });
  it('Markdown emphasis around a date, or between its year and its month (then the year is not read)', () => {
    expect(findings('**2023年6月31日**前完成，2023年**6月31日**前完成，2023年**2月29日**前完成。', config, 'md')).toEqual([
      '3:3-13 日期不存在：2023年没有6月31日，6月只有30天',
      '3:26-31 日期不存在：没有6月31日，6月只有30天',
    ]);
  });
  it('inside a number or after 第', () => {
    expect(findings('编号112月30日，第2月30日。')).toEqual([]);
  });
  it('quotations, titles and lunar dates', () => {
    expect(findings('印发《关于2023年2月30日专题会议的纪要》，开展“2月30日”专项行动。农历二月三十日、阴历十二月三十日。')).toEqual([]);
    // An opener that is never closed quotes nothing.
    expect(findings('印发《关于专题会议的纪要，2023年2月30日完成。')).toEqual(['3:14-24 日期不存在：2023年没有2月30日，2月只有28天']);
  });
  it('a date across a line break is not read', () => {
    expect(findings(['2023年2月', '30日召开会议。'])).toEqual([]);
  });
  it('Markdown code is not the report\'s text', () => {
    expect(findings('示例：`2023年2月30日`。', config, 'md')).toEqual([]);
  });
});

describe('invalid-date beside the other date rules', () => {
  it('an impossible closing date is not rewritten by date-format nor called late or early by publish-date', () => {
    expect(findings(['完成清理。', '特此报告。', '二〇二四年二月三十日'], withDateRules)).toEqual(['5:1-11 日期不存在：2024年没有2月30日，2月只有29天']);
    expect(findings(['完成清理。', '特此报告。', '2024年6月31日'], withDateRules)).toEqual(['5:1-11 日期不存在：2024年没有6月31日，6月只有30天']);
  });
  it('a possible one still is', () => {
    expect(findings(['完成清理。', '特此报告。', '二〇二四年二月二十九日'], withDateRules)).toEqual([
      '5:1-12 date-format 成文日期应使用阿拉伯数字：应为“2024年2月29日”，文中为“二〇二四年二月二十九日”',
    ]);
  });
});

describe('invalid-date through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'invalid-date-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('reports line and column of a CRLF file as written', () => {
    const file = join(dir, 'crlf.txt');
    writeFileSync(file, ['2023年，我区扎实推进法治政府建设。', '一、主要举措和成效', '　　截至２０２３年１１月３１日，完成整改。', ''].join('\r\n'));
    const bin = join(import.meta.dirname, '..', 'packages', 'cli', 'dist', 'bundle', 'bin.js');
    let out = '';
    try {
      out = execFileSync(process.execPath, [bin, '--no-config', '--rule', 'required-part:off', '--format', 'json', file], { encoding: 'utf8' });
    } catch (e) {
      out = (e as { stdout: string }).stdout; // exit code 1: an error was found
    }
    const messages = (JSON.parse(out) as { messages: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }[] }[])[0]!.messages.filter(
      (m) => m.ruleId === 'invalid-date',
    );
    expect(messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`)).toEqual(['3:5-3:16']);
  });
});
