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

/** The span to underline for a part occurrence: a section's heading, or a paragraph's first sentence. */
export function occurrenceSpan(tree: ReportTree, occ: PartOccurrence): { start: number; end: number } {
  if (occ.node.type === 'section') return headingSpan(occ.node);
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
