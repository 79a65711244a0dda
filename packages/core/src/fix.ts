import type { ReportDescriptor, TextEdit } from './types.js';

/** Several edits of one finding become one edit spanning them, keeping the text between unchanged. */
export function mergeEdits(text: string, fix: ReportDescriptor['fix']): TextEdit | undefined {
  if (!fix) return undefined;
  // Most findings carry one edit: no array copy or sort for them.
  if (!Array.isArray(fix)) return fix;
  if (fix.length <= 1) return fix[0];
  const edits = fix.slice().sort((a, b) => a.range[0] - b.range[0]);
  const start = edits[0]!.range[0];
  let end = start;
  let out = '';
  for (const edit of edits) {
    if (edit.range[0] < end) throw new Error('overlapping edits in one fix');
    out += text.slice(end, edit.range[0]) + edit.text;
    end = edit.range[1];
  }
  return { range: [start, end], text: out };
}

/**
 * The fixes one pass applies: non-overlapping ones from the start of the text; a fix that overlaps
 * one already taken waits for the next pass (textlint's source-code-fixer does the same).
 */
export function selectFixes(length: number, fixes: TextEdit[]): TextEdit[] {
  const sorted = fixes.slice().sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const taken: TextEdit[] = [];
  let cursor = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < cursor || start > end || end > length) continue;
    taken.push(fix);
    cursor = end;
  }
  return taken;
}

/** Applies one pass of fixes (see `selectFixes`). */
export function applyFixes(text: string, fixes: TextEdit[]): { output: string; applied: number } {
  const taken = selectFixes(text.length, fixes);
  let output = '';
  let cursor = 0;
  for (const { range, text: replacement } of taken) {
    output += text.slice(cursor, range[0]) + replacement;
    cursor = range[1];
  }
  return { output: output + text.slice(cursor), applied: taken.length };
}
