import type { LintResult } from '@reportlint/core';
import type { OccurrenceKind } from '@reportlint/parser';

/** How a part of the outline appears in a report: under its own heading, only as running text, or not at all. */
export type PartPresence = 'section' | 'text' | 'missing';

/**
 * What the summary matrix needs from a report tree. Small and serializable: worker threads send it
 * back instead of the tree, and the cache keeps it.
 */
export interface ReportFacts {
  title?: string;
  /** Reporting body (normalized script). */
  body?: string;
  year?: number;
  closingDate?: { year: number; month: number; day: number; line: number };
  outline: string;
  /** Every part of the outline, in the outline's order. */
  parts: Array<{ id: string; required: boolean; presence: PartPresence }>;
  /** Characters of text. */
  length: number;
}

const RANK: Record<OccurrenceKind, number> = { section: 3, nested: 2, paragraph: 1, mention: 0 };

export function reportFacts({ tree }: LintResult): ReportFacts {
  const best = new Map<string, OccurrenceKind>();
  for (const occurrence of tree.parts) {
    const seen = best.get(occurrence.part);
    if (!seen || RANK[occurrence.kind] > RANK[seen]) best.set(occurrence.part, occurrence.kind);
  }
  const { title, body, year, closingDate } = tree.meta;
  return {
    ...(title !== undefined ? { title } : {}),
    ...(body !== undefined ? { body } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(closingDate
      ? { closingDate: { year: closingDate.year, month: closingDate.month, day: closingDate.day, line: tree.point(closingDate.start).line } }
      : {}),
    outline: tree.profile.id,
    parts: tree.profile.parts.map((part) => {
      // A report titled as one part (a 述法 report is the duties) is that part as a whole, under its title.
      const kind = tree.meta.subject === part.id ? 'section' : best.get(part.id);
      // A subsection nested in another part still has a heading of its own.
      const presence: PartPresence = kind === undefined ? 'missing' : kind === 'paragraph' || kind === 'mention' ? 'text' : 'section';
      return { id: part.id, required: part.required, presence };
    }),
    length: tree.source.text.length,
  };
}
