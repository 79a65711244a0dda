import { defineRule } from '@reportlint/core';
import type { PartOccurrence } from '@reportlint/parser';
import { occurrenceSpan, partData } from '../shared/parts.js';

export const rule = defineRule({
  id: 'part-order',
  meta: {
    severity: 'off',
    strictSeverity: 'warn',
    family: 'outline',
    fixable: false,
    description: {
      'zh-CN': '各部分应按规定顺序排列',
      en: 'Parts should come in the prescribed order',
    },
    messages: {
      before: {
        'zh-CN': '“{part}”应排在“{other}”之前',
        en: '"{partEn}" should come before "{otherEn}"',
      },
      after: {
        'zh-CN': '“{part}”应排在“{other}”之后',
        en: '"{partEn}" should come after "{otherEn}"',
      },
    },
  },
  check(tree, ctx) {
    const rank = new Map(tree.profile.parts.map((p, i) => [p.id, i]));
    const firsts = onePerSection(placeOfEachPart(tree.parts), rank);
    const ranks = firsts.map((o) => rank.get(o.part) ?? 0);
    // The parts in order are the longest increasing run; only the others moved, so only they are reported.
    const keep = longestIncreasing(ranks);
    firsts.forEach((occ, i) => {
      if (keep.includes(i)) return;
      const r = ranks[i]!;
      const nextIndex = keep.find((k) => ranks[k]! > r);
      const prevIndex = keep.findLast((k) => ranks[k]! < r);
      // A part moved up is placed by the part it should follow (duties written first: “after the
      // shortcomings”), a part moved down by the part it should precede.
      const early = prevIndex !== undefined && prevIndex > i;
      const anchor = early ? prevIndex : (nextIndex ?? prevIndex);
      if (anchor === undefined) return;
      ctx.report({
        messageId: anchor === nextIndex ? 'before' : 'after',
        data: { ...partData(tree.profile, occ.part), ...partData(tree.profile, firsts[anchor]!.part, 'other') },
        ...occurrenceSpan(tree, occ),
      });
    });
  },
});

/**
 * Where each part stands, in document order: its first top-level section when it has one, else its
 * first occurrence. A part with a heading of its own is placed by that heading: a closing
 * “下一步，……” paragraph of a measures subsection does not move the plans part up. A part only mentioned in
 * passing in a measure (kind 'mention') stands nowhere of its own.
 */
function placeOfEachPart(occurrences: readonly PartOccurrence[]): PartOccurrence[] {
  const place = new Map<PartOccurrence['part'], PartOccurrence>();
  for (const occ of occurrences) {
    if (occ.kind === 'mention') continue;
    const seen = place.get(occ.part);
    if (!seen || (seen.kind !== 'section' && occ.kind === 'section')) place.set(occ.part, occ);
  }
  return [...place.values()].sort((a, b) => a.start - b.start);
}

/**
 * One part per place: a heading that names two parts (“一、履行推进法治建设第一责任人职责的主要做法和成效”, “三、存在的
 * 问题及下一步打算”) is one section, placed by the first of them in the outline; the other cannot stand before or
 * after the parts between them.
 */
function onePerSection(places: readonly PartOccurrence[], rank: ReadonlyMap<PartOccurrence['part'], number>): PartOccurrence[] {
  const first = new Map<number, PartOccurrence>();
  for (const occ of places) {
    const seen = first.get(occ.start);
    if (!seen || (rank.get(occ.part) ?? 0) < (rank.get(seen.part) ?? 0)) first.set(occ.start, occ);
  }
  return places.filter((occ) => first.get(occ.start) === occ);
}

/** Indices, ascending, of one longest strictly increasing subsequence (n is the number of parts: tiny). */
function longestIncreasing(values: number[]): number[] {
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < i; j++) {
      if (values[j]! < values[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < values.length; i++) if (length[i]! > length[end]!) end = i;
  const keep: number[] = [];
  for (let i = values.length ? end : -1; i !== -1; i = previous[i]!) keep.unshift(i);
  return keep;
}
