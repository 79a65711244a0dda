import type { ReportTree, Section } from '@reportlint/parser';

/** A heading as written, marker and title, in the normalized view: 一、强化党的领导. */
const headingText = (tree: ReportTree, s: Section): string => tree.normalized.slice(s.marker?.start ?? s.titleStart, s.titleEnd).trim();

/**
 * Whether `second` is `first` written again right after it — a heading pasted twice (一、强化党的领导 / 一、强化党的领导),
 * nothing between: the first heads nothing, the two are one heading and one slip. heading-numbering reports the copy;
 * empty-part leaves the first alone.
 */
export function isHeadingCopy(tree: ReportTree, first: Section, second: Section): boolean {
  if (first.inline || second.inline || first.children.length > 0 || first.depth !== second.depth) return false;
  return headingText(tree, first) === headingText(tree, second);
}

/** The section right after `section` in document order when it is `section` written again (see isHeadingCopy). */
export function copyAfter(tree: ReportTree, section: Section): Section | undefined {
  const next = tree.allSections[tree.allSections.indexOf(section) + 1];
  return next && isHeadingCopy(tree, section, next) ? next : undefined;
}
