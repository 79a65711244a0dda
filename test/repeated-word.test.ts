import { describe, expect, it } from 'vitest';
import { lintAndFix } from '@reportlint/core';
import { oneRule } from './support/one-rule.js';
import { textSource } from './support/seeds.js';

const { config, findings, severityIn } = oneRule('repeated-word');

describe('repeated-word', () => {
  it('is on in both presets', () => {
    for (const preset of ['recommended', 'strict'] as const) expect(severityIn(preset)).toBe('warn');
  });

  it('the fix deletes the second copy and nothing else, keeps CRLF, and leaves nothing to fix', () => {
    const text = ['一、主要举措和成效', '　　持续深化改革，进一步进一步优化营商环境；并加强加强行政执法监督。', '基层党组织组织开展培训。', ''].join('\r\n');
    const once = lintAndFix(textSource(text), config);
    expect(once.fixed).toBe(2);
    expect(once.output).toBe(['一、主要举措和成效', '　　持续深化改革，进一步优化营商环境；并加强行政执法监督。', '基层党组织组织开展培训。', ''].join('\r\n'));
    const twice = lintAndFix(textSource(once.output), config);
    expect(twice.fixed).toBe(0);
    expect(twice.result.messages).toEqual([]);
  });

  it('the fix deletes an item listed twice with its 、', () => {
    const text = '一、主要举措和成效\n与业务工作同部署、同推进、同推进、同考核，督促各乡镇、各部门、各部门、各单位落实整改。\n';
    const once = lintAndFix(textSource(text), config);
    expect(once.fixed).toBe(2);
    expect(once.output).toBe('一、主要举措和成效\n与业务工作同部署、同推进、同考核，督促各乡镇、各部门、各单位落实整改。\n');
  });

  it('reads a Traditional draft in the normalized view and quotes it as written', () => {
    expect(findings('一、主要舉措和成效\n全年共組織組織行政執法人員培訓12期，進一步進一步規範執法行為。\n')).toEqual([
      '2:4-2:8 “組織組織”把“組織”连写了两次，应删去重复的“組織”',
      '2:20-2:26 “進一步進一步”把“進一步”连写了两次，应删去重复的“進一步”',
    ]);
  });

  it('leaves a Markdown title, quotations and the body name of the opening to their own rules', () => {
    const md = ['# 白沙县民政局2025年法治政府建设年度报告', '', '2025年，白沙县民政局民政局坚持依法行政，倡导“服务服务再服务”。', '', '## 一、主要举措和成效', '', '《优化优化营商环境条例》全面落实。', ''].join('\n');
    expect(findings(md, 'md')).toEqual([]);
  });

  it('reads a verb before an object that opens with the same two characters as two words, and still reports a doubled verb elsewhere', () => {
    const text = '一、主要举措和成效\n年内清理文件9件。规范规范性文件起草、审核和备案流程，并规范规范执法行为。全年共审查审查合法性文件6件。\n';
    expect(findings(text)).toEqual([
      '2:29-2:33 “规范规范”把“规范”连写了两次，应删去重复的“规范”',
      '2:41-2:45 “审查审查”把“审查”连写了两次，应删去重复的“审查”',
    ]);
  });
});
