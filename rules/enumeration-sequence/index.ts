import { defineRule } from '@reportlint/core';
import { findEnumeration } from '@reportlint/parser';
import type { EnumerationItem, Section } from '@reportlint/parser';
import { chineseNumeral } from '../shared/numerals.js';

/** An open run of 一是、二是…: the last number used. */
interface Run {
  last: number;
}

/** Open runs, outermost first. Nesting deeper than this is not followed (and never reported). */
const MAX_OPEN = 6;

export const rule = defineRule({
  id: 'enumeration-sequence',
  meta: {
    severity: 'warn',
    family: 'numbering',
    fixable: false,
    description: {
      'zh-CN': '“一是、二是……”列举须依次编号，不跳号、不重复',
      en: 'Inline enumerations (一是, 二是 …) must run in sequence, without skips or repeats',
    },
    messages: {
      skipped: {
        'zh-CN': '列举序号跳号：此处应为“{expected}”，文中为“{actual}”',
        en: 'Enumeration skips a number: expected "{expected}", found "{actual}"',
      },
      repeated: {
        'zh-CN': '列举序号重复：前面已有“{actual}”，此处应为“{expected}”',
        en: 'Enumeration number repeated: "{actual}" was already used; expected "{expected}"',
      },
      disordered: {
        'zh-CN': '列举序号顺序颠倒：“{actual}”出现在“{previous}”之后，应按“一是、二是……”的顺序排列',
        en: 'Enumeration out of order: "{actual}" comes after "{previous}"; number the items in order (一是, 二是 …)',
      },
      missingFirst: {
        'zh-CN': '列举缺少开头：应从“{expected}”开始，文中第一项为“{actual}”',
        en: 'Enumeration does not start at the beginning: expected "{expected}", the first item is "{actual}"',
      },
    },
  },
  check(tree, ctx) {
    const text = tree.source.text;
    const lead = (item: EnumerationItem, ordinal: number) => chineseNumeral(ordinal) + text.slice(item.end - 1, item.end);
    const actual = (item: EnumerationItem) => text.slice(item.start, item.end);
    // "我区一是加强领导，二是……": the finder only takes a 一是 that opens a clause, so a lead glued
    // to the subject is not an item. When the missing lead is written in the gap, nothing is missing.
    const hidden = ([start, end]: readonly [number, number], ordinal: number): boolean =>
      end > start && tree.normalized.slice(start, end).includes(`${chineseNumeral(ordinal)}是`);

    /**
     * Walks the items of one section (or of the text outside sections). `inherited` are the runs
     * still open in the enclosing section: a subsection may carry on its parent's 二是 with 三是.
     */
    const walk = (items: EnumerationItem[], from: number, inherited: readonly Run[]): Run[] => {
      const own: Run[] = [];
      let gapStart = from;
      for (const item of items) {
        const n = item.ordinal;
        const gap = [gapStart, item.start] as const;
        gapStart = item.end;
        if (!Number.isFinite(n) || n < 1) continue;
        // 一是 always opens a run: a new list, or one nested in the current item.
        if (n === 1) {
          own.push({ last: 1 });
          if (own.length > MAX_OPEN) own.shift();
          continue;
        }
        // Continue the innermost run this item follows, closing the runs nested inside it.
        let at = own.length - 1;
        while (at >= 0 && own[at]!.last + 1 !== n) at--;
        if (at >= 0) {
          own.length = at + 1;
          own[at]!.last = n;
          continue;
        }
        if (own.length === 0) {
          const carried = inherited.some((run) => run.last + 1 === n);
          own.push({ last: n });
          if (carried || hidden(gap, 1)) continue;
          ctx.report({ messageId: 'missingFirst', data: { expected: lead(item, 1), actual: actual(item) }, start: item.start, end: item.end });
          continue;
        }
        const top = own[own.length - 1]!;
        const expected = top.last + 1;
        const previous = top.last;
        // “县委书记一是……，二是……。县长一是……，二是……”: a repeat or a step back just after its own
        // predecessor glued to a subject. The glued 一是 began a new list, which this item continues.
        if (n <= previous && hidden(gap, n - 1)) {
          if (n === 2) {
            own.push({ last: 2 });
            if (own.length > MAX_OPEN) own.shift();
          } else top.last = n;
          continue;
        }
        top.last = n;
        const messageId = n === previous ? 'repeated' : n > expected ? 'skipped' : 'disordered';
        if (messageId === 'skipped' && hidden(gap, expected)) continue;
        ctx.report({
          messageId,
          data: { expected: lead(item, expected), actual: actual(item), previous: lead(item, previous) },
          start: item.start,
          end: item.end,
        });
      }
      return [...inherited, ...own].slice(-MAX_OPEN);
    };

    // Text outside any section (the opening, the frame, or a draft without headings) is one run.
    const outside = tree.blocks.filter((b) => !b.section);
    walk(
      outside.flatMap((b) => findEnumeration(tree.normalized, b.start, b.end)),
      outside[0]?.start ?? 0,
      [],
    );

    // A section's own text runs from its marker to its first subsection: title, body paragraphs,
    // Markdown lists. Its enumeration carries across paragraphs and ends with the section.
    const visit = (sections: Section[], inherited: readonly Run[]): void => {
      for (const section of sections) {
        const children = section.children.filter((c): c is Section => c.type === 'section');
        const start = section.position.start.offset ?? section.titleStart;
        const end = children[0]?.position.start.offset ?? section.position.end.offset ?? section.titleEnd;
        const open = walk(findEnumeration(tree.normalized, start, Math.max(start, end)), start, inherited);
        visit(children, open);
      }
    };
    visit(tree.sections, []);
  },
});
