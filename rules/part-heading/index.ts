import { defineRule } from '@reportlint/core';
import type { PartOccurrence, ReportTree } from '@reportlint/parser';
import { occurrenceSpan, partData } from '../shared/parts.js';

/** Marks of a sentence or clause, full- and half-width: a line with none of them is no body text. */
const CLAUSE_MARK = /[,.;:!?，。；：！？、]/;

/** Characters above which a line without marks is a run-on sentence rather than a title. */
const TITLE_LINE_MAX = 30;

/**
 * Whether an unheaded part of a report without numbered headings opens with a title on a line of its
 * own (“存在的不足和原因” over its body): the report heads its parts, only without numbers. In a report
 * that numbers its headings, such a line is a heading that lost its number, and is still reported.
 */
function opensWithTitleLine(tree: ReportTree, occ: PartOccurrence): boolean {
  if (tree.sections.length > 0) return false;
  const line = tree.normalized.slice(occ.node.position!.start.offset!, occ.node.position!.end.offset!).trim();
  return line.length <= TITLE_LINE_MAX && !line.includes('\n') && !CLAUSE_MARK.test(line);
}

export const rule = defineRule({
  id: 'part-heading',
  meta: {
    severity: 'warn',
    family: 'outline',
    fixable: false,
    description: {
      'zh-CN': '每个部分应有自己的一级标题，不应只见于正文段落或嵌套在其他部分之下',
      en: 'Each part should have its own top-level heading, not live in body text or inside another part',
    },
    messages: {
      nested: {
        'zh-CN': '“{part}”嵌套在“{parent}”之下，应单列为一级标题',
        en: '"{partEn}" is nested inside "{parent}"; give it a top-level heading of its own',
      },
      paragraph: {
        'zh-CN': '“{part}”只见于正文段落，没有标题，应单列为一级标题',
        en: '"{partEn}" appears only as body text without a heading; give it a top-level heading of its own',
      },
    },
  },
  check(tree, ctx) {
    for (const part of tree.profile.parts) {
      const found = tree.parts.filter((o) => o.part === part.id);
      if (found.length === 0 || found.some((o) => o.kind === 'section')) continue;
      for (const occ of found) {
        if (occ.kind === 'paragraph' && opensWithTitleLine(tree, occ)) continue;
        const parent = tree.sections.find((s) => s.position.start.offset! <= occ.start && occ.start < s.position.end.offset!);
        ctx.report({
          messageId: occ.kind === 'nested' ? 'nested' : 'paragraph',
          data: { ...partData(tree.profile, part.id), parent: parent ? `${parent.marker?.raw ?? ''}${parent.title}` : '' },
          ...occurrenceSpan(tree, occ),
        });
      }
    }
  },
});
