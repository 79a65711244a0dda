import { defineRule } from '@reportlint/core';
import { partsOfWords } from '@reportlint/parser';
import type { PartOccurrence, ReportTree, Section } from '@reportlint/parser';
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

/**
 * Whether a top-level section wraps parts rather than being one: its first subsection names the part
 * its own heading was read as (“一、2025年工作总结” over “（一）主要举措和成效” “（二）存在的不足及原因”
 * “（三）……第一责任人职责情况”, then “二、2026年工作计划”, as a summary that is also next year's plan
 * lays it out). The parts under it are each headed, one level down for the whole year's account; a part
 * nested among the measures' own items (“（四）压实第一责任人职责” under “一、主要举措和成效”) is still reported.
 */
function wrapsParts(tree: ReportTree, parent: Section): boolean {
  const own = tree.parts.find((o) => o.kind === 'section' && o.node === parent)?.part;
  const first = parent.children.find((c): c is Section => c.type === 'section');
  return own !== undefined && first !== undefined && partsOfWords(tree, tree.normalized.slice(first.titleStart, first.titleEnd)).includes(own);
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
        if (occ.kind === 'nested' && parent && wrapsParts(tree, parent)) continue;
        ctx.report({
          messageId: occ.kind === 'nested' ? 'nested' : 'paragraph',
          data: { ...partData(tree.profile, part.id), parent: parent ? `${parent.marker?.raw ?? ''}${parent.title}` : '' },
          ...occurrenceSpan(tree, occ),
        });
      }
    }
  },
});
