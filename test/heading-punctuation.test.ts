import { describe, expect, it } from 'vitest';
import { lintAndFix } from '@reportlint/core';
import { oneRule } from './support/one-rule.js';
import { textSource } from './support/seeds.js';

const { config, findings, severityIn } = oneRule('heading-punctuation');

describe('heading-punctuation', () => {
  it('is on in both presets', () => {
    for (const preset of ['recommended', 'strict'] as const) expect(severityIn(preset)).toBe('warn');
  });

  it('the fix deletes a semicolon and nothing else, keeps CRLF, and leaves a comma to the drafter', () => {
    const text = [
      '一、主要举措和成效；',
      '全年办理行政复议案件12件；组织学习3次。',
      '二、存在的不足和原因，',
      '执法队伍素质有待提高。',
      '',
    ].join('\r\n');
    const once = lintAndFix(textSource(text), config);
    expect(once.fixed).toBe(1);
    expect(once.output).toBe(text.replace('成效；', '成效'));
    expect(once.result.messages.map((m) => [m.line, m.column, m.fix])).toEqual([[3, 11, undefined]]);
  });

  it('reads headings in Markdown, at every level', () => {
    const text = ['## 一、主要举措和成效', '', '### （一）加强组织领导、', '', '全年召开会议3次。', ''].join('\n');
    expect(findings(text, 'md')).toEqual(['3:14-3:15 标题“加强组织领导”末尾不应有“、”：独占一行的标题不加逗号、顿号或分号']);
  });
});
