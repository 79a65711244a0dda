import { firstSentence } from '@reportlint/parser';
import type { OutlineProfile, PartId, PartOccurrence, ReportTree, Section } from '@reportlint/parser';

/** Template data naming a part in both locales: messages use {part} (zh-CN) and {partEn} (en). */
export function partData(profile: OutlineProfile, id: PartId, prefix = 'part'): Record<string, string> {
  const part = profile.parts.find((p) => p.id === id);
  return { [prefix]: part?.name['zh-CN'] ?? id, [`${prefix}En`]: part?.name.en ?? id };
}

/** The span to underline for a section: its marker and title. */
export function headingSpan(section: Section): { start: number; end: number } {
  return { start: section.marker?.start ?? section.titleStart, end: section.titleEnd };
}

/** The span to underline for a part occurrence: a section's heading, a paragraph's first sentence, or the sentence that mentions it. */
export function occurrenceSpan(tree: ReportTree, occ: PartOccurrence): { start: number; end: number } {
  // A part mentioned in a run-in subsection's body is pointed at by that sentence, not by the subsection's title.
  if (occ.node.type === 'section' && occ.kind !== 'mention') return headingSpan(occ.node);
  const first = firstSentence(tree.normalized, occ.start, occ.node.position?.end.offset ?? occ.end);
  return first ? { start: first.start, end: first.end } : { start: occ.start, end: occ.start };
}

/**
 * Where the content of an occurrence starts: after a section's title, or at the paragraph — or,
 * for a later part of a section whose heading names several, where that part opens in its body.
 */
export function bodyStart(occ: PartOccurrence): number {
  return occ.node.type === 'section' ? Math.max(occ.node.titleEnd, occ.start) : occ.start;
}

/**
 * A shortcomings part's whole text when it claims there are none (“经认真查找，本年度暂无明显不足。”,
 * “暂未发现明显问题”): on the half-width view, an optional lead saying how they were looked for, an
 * optional scope, a denial and the shortcomings denied. Anything more (“暂无明显不足，但……”) is content.
 */
const NO_SHORTCOMINGS =
  /^(?:经(?:认真|全面|深入)?(?:自查|查找|梳理|排查|检查|自查自纠),)?(?:本年度|本年|今年|全年|年内|目前)?(?:暂无|暂未发现|未发现|没有发现|尚未发现|无|不存在)(?:明显|突出|重大)?的?(?:不足|问题|短板|薄弱环节)(?:和|及)?(?:不足|问题)?[。.]?$/;

/** Whether `text[start, end)`, without the blanks at its edges, only claims that there are no shortcomings. */
export function claimsNoShortcomings(text: string, start: number, end: number): boolean {
  return NO_SHORTCOMINGS.test(text.slice(start, end).trim());
}
