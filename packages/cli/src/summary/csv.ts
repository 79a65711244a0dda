import type { SummaryFormat } from './format.js';
import { closingLabel, labelsFor } from './labels.js';
import { FAMILIES, share } from './matrix.js';
import type { Matrix } from './matrix.js';

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One row per report and a totals row, in UTF-8 with a byte-order mark so spreadsheet programs
 * open the Chinese text correctly; CRLF line ends as RFC 4180 has them.
 */
function table(matrix: Matrix): string {
  const l = labelsFor(matrix.locale);
  const { columns, rows, totals } = matrix;
  const header = [
    '#', l.file, l.body, l.year,
    ...columns.map((c) => c.name),
    l.complete,
    ...FAMILIES.flatMap((f) => [`${l.family[f]} ${l.errors}`, `${l.family[f]} ${l.warnings}`]),
    `${l.total} ${l.errors}`, `${l.total} ${l.warnings}`,
    l.closingDate, l.closingStatus, l.couldNotLint,
  ];
  const yes = matrix.locale === 'en' ? 'yes' : '是';
  const no = matrix.locale === 'en' ? 'no' : '否';
  const lines = [header];
  for (const r of rows) {
    lines.push([
      String(r.index), r.path, r.body ?? '', r.year === undefined ? '' : String(r.year),
      ...columns.map((c) => (r.failure ? '' : l.presence[r.parts[c.id]!])),
      r.failure ? '' : r.complete ? yes : no,
      ...FAMILIES.flatMap((f) => [String(r.counts[f].errors), String(r.counts[f].warnings)]),
      String(r.errors), String(r.warnings),
      r.closing.date ?? '', r.failure ? '' : closingLabel(l, r.closing),
      r.failure ?? '',
    ]);
  }
  lines.push([
    l.total, share(totals.linted, totals.reports), '', '',
    ...columns.map((c) => share(totals.parts[c.id]!.section + totals.parts[c.id]!.text, totals.reports)),
    share(totals.complete, totals.reports),
    ...FAMILIES.flatMap((f) => [String(totals.counts[f].errors), String(totals.counts[f].warnings)]),
    String(rows.reduce((n, r) => n + r.errors, 0)), String(rows.reduce((n, r) => n + r.warnings, 0)),
    '', `${l.closing['on-time']} ${totals.closing['on-time']}, ${l.closing.late} ${totals.closing.late}, ${l.closing.missing} ${totals.closing.missing}`,
    String(totals.reports - totals.linted),
  ]);
  return `\ufeff${lines.map((cells) => cells.map((c, i) => (i === 0 || /^\d+$/.test(c) ? c : csvCell(c))).join(',')).join('\r\n')}\r\n`;
}

/** The matrix alone: a spreadsheet has no place for the findings. */
export const csv: SummaryFormat = { top: table, bottom: () => '' };
