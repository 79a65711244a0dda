// An example plugin. A plugin is an npm package whose `plugin` export (or default export) has
// `rules`, `outlines` and/or `presets`; a config loads it with `"plugins": ["reportlint-plugin-example"]`.
// Plain JavaScript so it needs no build; the types come from @reportlint/core through JSDoc.
import { defineRule } from '@reportlint/core';

/** Some provinces require the report to end with 特此报告 and a dated signature. */
const signOff = defineRule({
  id: 'example/sign-off',
  meta: {
    severity: 'warn',
    family: 'style',
    fixable: false,
    description: {
      'zh-CN': '报告应以“特此报告。”和落款日期结尾',
      en: 'The report should end with 特此报告 and a dated signature',
    },
    messages: {
      signOff: { 'zh-CN': '报告末尾缺少“特此报告。”', en: 'The report does not end with 特此报告' },
      date: { 'zh-CN': '报告末尾缺少成文日期', en: 'The report has no closing date' },
    },
  },
  check(tree, ctx) {
    const end = tree.source.text.length;
    if (!tree.meta.signOff) ctx.report({ messageId: 'signOff', start: end, end });
    if (!tree.meta.closingDate) ctx.report({ messageId: 'date', start: end, end });
  },
});

/** @type {import('@reportlint/core').Plugin} */
export const plugin = { rules: [signOff] };
