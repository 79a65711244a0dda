import { defineRule } from '@reportlint/core';
import { partData } from '../shared/parts.js';

export const rule = defineRule({
  id: 'required-part',
  meta: {
    severity: 'error',
    family: 'outline',
    fixable: false,
    description: {
      'zh-CN': '报告必须包含大纲规定的每一个必备部分',
      en: 'The report must contain every required part of its outline',
    },
    messages: {
      missing: {
        'zh-CN': '缺少必备部分“{part}”（依据：{basis}）',
        en: 'Missing required part "{partEn}" (basis: {basisEn})',
      },
    },
  },
  check(tree, ctx) {
    const found = new Set(tree.parts.map((o) => o.part));
    // A report that is one part alone (a 述法 report is the duties) has that part: it is the report.
    if (tree.meta.subject !== undefined) found.add(tree.meta.subject);
    for (const part of tree.profile.parts) {
      if (!part.required || found.has(part.id)) continue;
      ctx.report({
        messageId: 'missing',
        data: { ...partData(tree.profile, part.id), basis: tree.profile.basis['zh-CN'], basisEn: tree.profile.basis.en },
        start: 0,
        end: 0,
      });
    }
  },
});
