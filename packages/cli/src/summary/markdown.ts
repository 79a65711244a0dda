import type { LintMessage } from '@reportlint/core';
import type { DetailsContext, SummaryFormat } from './format.js';
import { PRESENCE_MARK, closingLabel, generatedLine, labelsFor } from './labels.js';
import { FAMILIES, share } from './matrix.js';
import type { Matrix, Row } from './matrix.js';

/** Table-cell text: pipes escaped, line breaks and Markdown's active characters neutralized. */
function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/([*_`[\]<>])/g, '\\$1');
}

/** The table and the totals, up to the heading of the findings by report. */
function top(matrix: Matrix): string {
  const l = labelsFor(matrix.locale);
  const { columns, rows, totals } = matrix;
  const closingText = (r: Row) =>
    r.failure ? '' : `${r.closing.date ?? ''} ${closingLabel(l, r.closing)}`.trim();
  const header = ['#', l.file, l.body, l.year, ...columns.map((c) => c.short), ...FAMILIES.map((f) => l.family[f]), l.closingDate];
  const out = [`# ${l.title}`, ''];
  if (matrix.generated) out.push(generatedLine(l, matrix.generated), '');
  out.push([l.legend, l.findings, l.deadline(matrix.deadline.month, matrix.deadline.day)].join(l.separator), '');
  out.push(`| ${header.map(mdCell).join(' | ')} |`, `|${header.map((_, i) => (i === 0 || i > 3 ? ':-:' : '---')).join('|')}|`);
  for (const r of rows) {
    const cells = [
      String(r.index),
      `[${mdCell(r.path)}](#report-${r.index})`,
      mdCell(r.body ?? l.unknown),
      r.year === undefined ? l.unknown : String(r.year),
      ...columns.map((c) => (r.failure ? l.unknown : `${PRESENCE_MARK[r.parts[c.id]!]} ${l.presence[r.parts[c.id]!]}`)),
      ...FAMILIES.map((f) => `${r.counts[f].errors}/${r.counts[f].warnings}`),
      r.failure ? mdCell(`${l.couldNotLint}: ${r.failure}`) : mdCell(closingText(r)),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  out.push('', `## ${l.totals}`, '');
  out.push(`- ${l.report}: ${totals.reports}${totals.linted < totals.reports ? `（${l.couldNotLint} ${totals.reports - totals.linted}）` : ''}`);
  out.push(`- ${l.complete}: ${share(totals.complete, totals.reports)}`);
  out.push(`- ${l.withErrors}: ${share(totals.withErrors, totals.reports)}`);
  out.push(`- ${l.withFigureErrors}: ${share(totals.withFigureErrors, totals.reports)}`);
  for (const c of columns) {
    const p = totals.parts[c.id]!;
    out.push(`- ${mdCell(c.name)}: ${l.presence.section} ${share(p.section, totals.reports)}, ${l.presence.text} ${share(p.text, totals.reports)}, ${l.presence.missing} ${share(p.missing, totals.reports)}`);
  }
  out.push(`- ${l.findings}: ${FAMILIES.map((f) => `${l.family[f]} ${totals.counts[f].errors}/${totals.counts[f].warnings}`).join(', ')}`);
  out.push(`- ${l.closingDate}: ${(['on-time', 'late', 'missing', 'no-year'] as const).map((s) => `${l.closing[s]} ${totals.closing[s]}`).join(', ')}`);
  out.push('', `## ${l.details}`);
  return out.join('\n');
}

/** One report's findings under an anchor the table links to, parted by a blank line from what is above. */
function details(row: Row, messages: readonly LintMessage[], { locale }: DetailsContext): string {
  const l = labelsFor(locale);
  const lines = messages.map((m) => `- ${m.line}:${m.column} ${m.severity === 2 ? l.error : l.warn}: ${mdCell(m.message)}${m.ruleId ? ` (\`${m.ruleId}\`)` : ''}`);
  return `\n\n<a id="report-${row.index}"></a>\n\n### ${row.index}. ${mdCell(row.path)}\n\n${lines.length === 0 ? l.noFindings : lines.join('\n')}`;
}

/** The matrix as a GitHub-flavoured Markdown table, the totals under it, then each report's findings. */
export const markdown: SummaryFormat = {
  top,
  details: { render: details, separator: '' },
  bottom: () => '\n',
};
