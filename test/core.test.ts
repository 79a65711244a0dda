import { describe, expect, it } from 'vitest';
import { applyFixes, createRegistry, defineRule, lint, lintAndFix, resolveConfig } from '@reportlint/core';
import type { ConfigObject, Plugin } from '@reportlint/core';
import { builtinPlugin } from '@reportlint/rules';
import { seedText, textSource } from './support/seeds.js';

const registry = createRegistry([builtinPlugin]);
const resolve = (config: ConfigObject) => resolveConfig(config, registry);

const DRAFT = [
  '一、主要举措和成效',
  '完成综合行政执法改革，开展评查2次。',
  '二、存在的不足和原因',
  '执法能力不足，原因在于培训不足。',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '区委书记、区长带头述法。',
  '五、2025年主要安排',
  '一是加强培训。二是充实力量。三是化解纠纷。',
].join('\n');

describe('resolveConfig', () => {
  it('recommended and strict presets', () => {
    const recommended = resolve({ extends: 'recommended' }).config.rules.map((r) => r.rule.id);
    const strict = resolve({ extends: 'strict' }).config.rules.map((r) => r.rule.id);
    expect(recommended).toContain('required-part');
    expect(recommended).not.toContain('part-order');
    expect(strict).toEqual(expect.arrayContaining(['part-order', 'measures-evidence', 'rectification', 'outline-coverage']));
  });
  it('names the key, the cause and a suggestion for every mistake', () => {
    const { problems } = resolve({
      extends: ['recomended'],
      rules: { 'required-prat': 'error', 'part-order': 'warning' as never, 'plan-specificity': ['warn', { minMeasures: 'three' }] },
      outline: 'fazhi-2091',
      locale: 'fr' as never,
      rule: {} as never,
    } as ConfigObject);
    expect(problems).toEqual([
      { key: 'rule', message: 'unknown key "rule"', suggestion: 'did you mean "rules"?' },
      { key: 'extends', message: 'unknown preset "recomended"', suggestion: 'did you mean "recommended"?' },
      { key: 'locale', message: 'unknown locale "fr"', suggestion: 'use "zh-CN" or "en"' },
      { key: 'outline', message: 'unknown outline profile "fazhi-2091"', suggestion: 'did you mean "fazhi-2019"?' },
      { key: 'rules.required-prat', message: 'unknown rule "required-prat"', suggestion: 'did you mean "required-part"?' },
      { key: 'rules.part-order', message: 'invalid severity "warning"; expected "off", "warn" or "error"', suggestion: 'write "warn"' },
      expect.objectContaining({ key: 'rules.plan-specificity[1].minMeasures', message: expect.stringContaining('"three"') }),
    ]);
  });
  it('checks a custom outline profile, including its patterns', () => {
    const profile = { id: 'x', name: { 'zh-CN': 'x', en: 'x' }, basis: { 'zh-CN': 'x', en: 'x' }, parts: [{ id: 'a', name: { 'zh-CN': 'a', en: 'a' }, required: true, headings: ['(unclosed'] }] };
    expect(resolve({ outline: profile as never }).problems).toEqual([
      { key: 'outline.parts[0].headings[0]', message: expect.stringContaining('invalid regular expression') },
    ]);
  });
});

describe('lint', () => {
  it('reports in Chinese by default and in English on request', () => {
    const zh = lint(textSource(DRAFT), resolve({ extends: 'recommended' }).config);
    const en = lint(textSource(DRAFT), resolve({ extends: 'recommended', locale: 'en' }).config);
    const numbering = (r: typeof zh) => r.messages.find((m) => m.ruleId === 'heading-numbering')!.message;
    expect(numbering(zh)).toBe('标题序号跳号：此处应为“四、”，文中为“五、”');
    expect(numbering(en)).toBe('Heading number skips: expected "四、", found "五、"');
  });
  it('a rule that throws becomes a fatal finding of that rule; the others still run', () => {
    const broken = defineRule({
      id: 'test/broken',
      meta: { severity: 'error', family: 'style', fixable: false, description: { 'zh-CN': 'x', en: 'x' }, messages: {} },
      check() {
        throw new Error('boom');
      },
    });
    const reg = createRegistry([builtinPlugin, { rules: [broken] } as Plugin]);
    const { config } = resolveConfig({ extends: 'recommended', rules: { 'test/broken': 'error' } }, reg);
    const result = lint(textSource(DRAFT), config);
    expect(result.messages.filter((m) => m.fatal).map((m) => m.message)).toEqual(['rule test/broken failed: boom']);
    expect(result.messages.some((m) => m.ruleId === 'heading-numbering')).toBe(true);
  });
  it('fills each finding with its own values, however its neighbours were filled', () => {
    // lintTree reuses the previous finding's message while template and values repeat.
    const reports: Array<[string, Record<string, string | number> | undefined]> = [
      ['pair', { a: 1, b: 'x' }],
      ['pair', { a: 1, b: 'x' }],
      ['pair', { a: 1, b: 'y' }],
      ['one', { a: 1 }],
      ['pair', { a: 1 }],
      ['pair', { a: 1 }],
      ['pair', undefined],
      ['pair', { a: 2, b: 'y' }],
    ];
    const echo = defineRule({
      id: 'test/echo',
      meta: {
        severity: 'error',
        family: 'style',
        fixable: false,
        description: { 'zh-CN': 'x', en: 'x' },
        messages: { pair: { 'zh-CN': '{a}-{b}', en: 'x' }, one: { 'zh-CN': '<{a}>', en: 'x' } },
      },
      check(_tree, ctx) {
        reports.forEach(([messageId, data], i) => ctx.report({ messageId, data, start: i, end: i + 1 }));
      },
    });
    const reg = createRegistry([builtinPlugin, { rules: [echo] } as Plugin]);
    const { config } = resolveConfig({ rules: { 'test/echo': 'error' } }, reg);
    expect(lint(textSource(DRAFT), config).messages.map((m) => m.message)).toEqual(['1-x', '1-x', '1-y', '<1>', '1-{b}', '1-{b}', '{a}-{b}', '2-y']);
  });
  it('places the end of a finding on its own line, within a line or across \\n, \\r\\n and \\r', () => {
    const text = '第一行文字\r\n第二行\r第三行\n第四行';
    const spans: Array<[number, number]> = [
      [1, 3], // within the first line
      [2, 5], // up to the first line's end, before its \r\n
      [3, 8], // across \r\n
      [8, 12], // across \r
      [9, 16], // across \r and \n
      [15, 15], // empty, at the last line's start
      [17, 18], // up to the text's end
    ];
    const span = defineRule({
      id: 'test/span',
      meta: { severity: 'error', family: 'style', fixable: false, description: { 'zh-CN': 'x', en: 'x' }, messages: { at: { 'zh-CN': 'x', en: 'x' } } },
      check(_tree, ctx) {
        for (const [start, end] of spans) ctx.report({ messageId: 'at', start, end });
      },
    });
    const reg = createRegistry([builtinPlugin, { rules: [span] } as Plugin]);
    const { config } = resolveConfig({ rules: { 'test/span': 'error' } }, reg);
    expect(lint(textSource(text), config).messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`)).toEqual([
      '1:2-1:4',
      '1:3-1:6',
      '1:4-2:2',
      '2:2-3:2',
      '2:3-4:2',
      '4:1-4:1',
      '4:3-4:4',
    ]);
  });
});

describe('suppression comments', () => {
  const config = resolve({ rules: { 'heading-numbering': 'error', 'placeholder-text': 'error' } }).config;
  const ids = (text: string, format: 'txt' | 'md' = 'txt') => lint(textSource(text, format), config).messages.map((m) => `${m.line}:${m.ruleId}`);
  it('disable-next-line, for one rule or all', () => {
    const text = `一、甲\n<!-- reportlint-disable-next-line heading-numbering -->\n三、乙XX区\n<!-- reportlint-disable-next-line -->\n五、丙XX县`;
    expect(ids(text)).toEqual(['3:placeholder-text']);
  });
  it('disable … enable, and disable-line', () => {
    const text = `<!-- reportlint-disable placeholder-text -->\n一、XX区\n<!-- reportlint-enable placeholder-text -->\n二、XX县\n三、XX市 <!-- reportlint-disable-line -->`;
    expect(ids(text)).toEqual(['4:placeholder-text']);
  });
  it('the same comments work in Markdown', () => {
    const text = `## 一、甲\n\n<!-- reportlint-disable-next-line heading-numbering -->\n## 三、乙\n`;
    expect(ids(text, 'md')).toEqual([]);
  });
});

describe('fixes', () => {
  it('apply from the start; an overlapping fix waits for the next pass', () => {
    const text = 'abcdef';
    expect(applyFixes(text, [{ range: [1, 3], text: 'X' }, { range: [2, 4], text: 'Y' }, { range: [5, 6], text: 'Z' }])).toEqual({ output: 'aXdeZ', applied: 2 });
  });
  it('fixing twice changes nothing more, and text outside the fixes is untouched', () => {
    const config = resolve({ extends: 'recommended' }).config;
    const once = lintAndFix(textSource(seedText('004')), config);
    expect(once.fixed).toBeGreaterThan(0);
    const twice = lintAndFix(textSource(once.output), config);
    expect(twice.fixed).toBe(0);
    expect(twice.output).toBe(once.output);
    expect(twice.result.messages.filter((m) => m.fix)).toEqual([]);
  });
});
