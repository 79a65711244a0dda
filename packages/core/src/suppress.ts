import type { LintMessage } from './types.js';

/**
 * Suppression comments, the same in Markdown and plain text (a line of its own in .txt):
 *   <!-- reportlint-disable [rule-id …] -->      until reportlint-enable or the end
 *   <!-- reportlint-enable [rule-id …] -->
 *   <!-- reportlint-disable-next-line [rule-id …] -->
 *   <!-- reportlint-disable-line [rule-id …] -->  on the line it ends
 * No ids means every rule. They are applied here, after rules ran, so no rule deals with them.
 */
const DIRECTIVE = /<!--\s*reportlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

interface Range {
  from: number; // first suppressed line
  to: number; // last suppressed line
  rules: Set<string> | null;
}

export function suppressionRanges(text: string, lineOf: (offset: number) => number): Range[] {
  const ranges: Range[] = [];
  const open = new Map<string, number>(); // rule id or '*' → line where disabled
  const lastLine = lineOf(text.length);
  for (const m of text.matchAll(DIRECTIVE)) {
    const kind = m[1]!;
    const ids = m[2]!.split(/[\s,]+/).filter(Boolean);
    const line = lineOf(m.index! + m[0].length);
    const rules = ids.length ? new Set(ids) : null;
    if (kind === 'disable-line') ranges.push({ from: line, to: line, rules });
    else if (kind === 'disable-next-line') ranges.push({ from: line + 1, to: line + 1, rules });
    else if (kind === 'disable') for (const id of ids.length ? ids : ['*']) open.set(id, line);
    else {
      for (const id of ids.length ? ids : [...open.keys()]) {
        const from = open.get(id);
        if (from === undefined) continue;
        ranges.push({ from, to: line, rules: id === '*' ? null : new Set([id]) });
        open.delete(id);
      }
    }
  }
  for (const [id, from] of open) ranges.push({ from, to: lastLine, rules: id === '*' ? null : new Set([id]) });
  return ranges;
}

export function isSuppressed(message: LintMessage, ranges: Range[]): boolean {
  return ranges.some(
    (r) => message.line >= r.from && message.line <= r.to && (r.rules === null || (message.ruleId !== null && r.rules.has(message.ruleId))),
  );
}
