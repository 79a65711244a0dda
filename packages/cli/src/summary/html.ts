import { createHash } from 'node:crypto';
import type { LintMessage } from '@reportlint/core';
import type { DetailsContext, SummaryFormat } from './format.js';
import { PRESENCE_MARK, closingLabel, generatedLine, labelsFor } from './labels.js';
import type { Labels } from './labels.js';
import { FAMILIES, share } from './matrix.js';
import type { Matrix, Row } from './matrix.js';

/** Text and attribute values: everything that could open markup is an entity. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const e = escapeHtml;

const STYLE = `
:root { --fg: #1d2430; --muted: #5b6473; --line: #d9dee6; --head: #f3f5f8; --ok: #1f7a3f; --ok-bg: #e5f4ea; --part: #8a5a00; --part-bg: #fdf1d8; --bad: #b42318; --bad-bg: #fdeceb; --link: #1f5fbf; }
* { box-sizing: border-box; }
body { margin: 0; padding: 20px 24px 48px; color: var(--fg); background: #fff; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 12px; }
h3 { font-size: 15px; margin: 0 0 6px; }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
.meta, .legend { color: var(--muted); margin: 0 0 12px; }
.stats { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; padding: 0; list-style: none; }
.stats li { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 150px; }
.stats b { display: block; font-size: 20px; }
.stats span { color: var(--muted); font-size: 12px; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: 16px; margin: 8px 0 8px; }
.controls input, .controls select { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; }
.controls input { width: 260px; }
#count { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; }
thead th { background: var(--head); font-weight: 600; text-align: center; }
#matrix thead th { position: sticky; top: 0; z-index: 1; }
#matrix thead tr:nth-child(2) th { top: 31px; }
th[data-col] { cursor: pointer; user-select: none; }
th.part { max-width: 6em; }
th[data-col]:not(.part) { white-space: nowrap; }
td.closing { text-align: center; }
td.closing .badge { margin: 0; }
th[data-col]::after { content: "\\00a0\\2195"; color: #a0a7b3; font-weight: normal; }
th[aria-sort="ascending"]::after { content: "\\00a0\\2191"; color: var(--fg); }
th[aria-sort="descending"]::after { content: "\\00a0\\2193"; color: var(--fg); }
tbody tr:nth-child(even) { background: #fafbfc; }
tbody tr:hover { background: #eef3fb; }
td.num, td.mark, td.fam { text-align: center; white-space: nowrap; }
td.path { word-break: break-all; min-width: 130px; }
td.body { min-width: 7em; }
td.mark.section { color: var(--ok); background: var(--ok-bg); }
td.mark.text { color: var(--part); background: var(--part-bg); }
td.mark.missing { color: var(--bad); background: var(--bad-bg); font-weight: 600; }
td.mark small { display: block; font-size: 11px; }
td.fam .e { color: var(--bad); font-weight: 600; }
td.fam .z { color: #a0a7b3; }
td.failure { color: var(--bad); }
.badge { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; margin-left: 4px; }
.badge.on-time { color: var(--ok); background: var(--ok-bg); }
.badge.late { color: var(--bad); background: var(--bad-bg); }
.badge.missing, .badge.no-year { color: var(--part); background: var(--part-bg); }
tfoot td { background: var(--head); font-weight: 600; }
tfoot td small { display: block; font-weight: normal; color: var(--muted); }
#details article { border-top: 1px solid var(--line); padding: 12px 0; }
#details .where { color: var(--muted); margin: 0 0 6px; }
#details table { width: auto; min-width: 60%; }
#details td.error { color: var(--bad); font-weight: 600; }
#details td.warn { color: var(--part); }
#details td:first-child, #details td:last-child { white-space: nowrap; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
.top { font-size: 12px; }
[hidden] { display: none !important; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { padding: 0; font-size: 10.5px; }
  .controls, .top { display: none; }
  thead th { position: static; }
  thead { display: table-header-group; }
  tfoot { display: table-row-group; }
  tr, article { break-inside: avoid; }
  a { color: inherit; }
  th[data-col]::after { content: ""; }
  #details { break-before: page; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** Sorting and filtering; the data lives in the escaped `data-*` attributes, never in the script. */
const SCRIPT = `
(function () {
  var table = document.getElementById('matrix');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var query = document.getElementById('q');
  var view = document.getElementById('view');
  var count = document.getElementById('count');
  function filter() {
    var q = query.value.trim().toLowerCase();
    var v = view.value;
    var shown = 0;
    rows.forEach(function (tr) {
      var ok = (!q || tr.getAttribute('data-text').indexOf(q) !== -1) && (v === 'all' || tr.getAttribute('data-' + v) === '1');
      tr.hidden = !ok;
      var details = document.getElementById('report-' + tr.getAttribute('data-index'));
      if (details) details.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = count.getAttribute('data-template').replace('{n}', shown).replace('{of}', rows.length);
  }
  function sort(th) {
    var col = Number(th.getAttribute('data-col'));
    var numeric = th.getAttribute('data-type') === 'num';
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    Array.prototype.forEach.call(table.querySelectorAll('th[data-col]'), function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    var keyed = rows.map(function (tr, i) {
      var v = tr.cells[col] ? tr.cells[col].getAttribute('data-v') : '';
      return { tr: tr, i: i, v: numeric ? Number(v) : v };
    });
    keyed.sort(function (a, b) {
      if (a.v === b.v) return a.i - b.i;
      if (numeric) return (a.v - b.v) * dir;
      return String(a.v).localeCompare(String(b.v), 'zh-CN') * dir;
    });
    keyed.forEach(function (k) { body.appendChild(k.tr); });
  }
  Array.prototype.forEach.call(table.querySelectorAll('th[data-col]'), function (th) {
    th.tabIndex = 0;
    th.addEventListener('click', function () { sort(th); });
    th.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); sort(th); } });
  });
  query.addEventListener('input', filter);
  view.addEventListener('change', filter);
  filter();
})();
`;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Column positions in a body row: #, file, body, year, parts…, families…, closing date. */
function sortableHeader(label: string, col: number, numeric: boolean, extra = ''): string {
  return `<th data-col="${col}"${numeric ? ' data-type="num"' : ''}${extra}>${e(label)}</th>`;
}

function partCell(row: Row, id: string, l: Labels): string {
  const presence = row.parts[id]!;
  const value = presence === 'section' ? 2 : presence === 'text' ? 1 : 0;
  return `<td class="mark ${presence}" data-v="${value}" title="${e(l.presence[presence])}">${PRESENCE_MARK[presence]}<small>${e(l.presence[presence])}</small></td>`;
}

function familyCell(counts: { errors: number; warnings: number }): string {
  const { errors, warnings } = counts;
  const shown = errors + warnings === 0 ? '<span class="z">0</span>' : `<span class="${errors > 0 ? 'e' : ''}">${errors}</span> / ${warnings}`;
  return `<td class="fam" data-v="${errors * 100000 + warnings}">${shown}</td>`;
}

function closingCell(row: Row, l: Labels): string {
  const { status, date, daysLate } = row.closing;
  const badge = closingLabel(l, row.closing);
  const order = status === 'missing' ? -1 : status === 'late' ? 1_000_000 + daysLate! : 0;
  return `<td class="closing" data-v="${order}">${date ? `${e(date)}<br>` : ''}<span class="badge ${status}">${e(badge)}</span></td>`;
}

function matrixRow(row: Row, matrix: Matrix, l: Labels): string {
  const text = [row.path, row.body ?? '', row.year ?? ''].join(' ').toLowerCase();
  const late = row.closing.status === 'late' || row.closing.status === 'missing';
  const attrs = [
    `data-index="${row.index}"`,
    `data-text="${e(text)}"`,
    `data-incomplete="${row.complete ? 0 : 1}"`,
    `data-errors="${row.errors > 0 ? 1 : 0}"`,
    `data-figures="${row.counts.figures.errors > 0 ? 1 : 0}"`,
    `data-late="${late && row.failure === undefined ? 1 : 0}"`,
    `data-failed="${row.failure === undefined ? 0 : 1}"`,
  ].join(' ');
  const cells = [
    `<td class="num" data-v="${row.index}">${row.index}</td>`,
    `<td class="path" data-v="${e(row.path)}"><a href="#report-${row.index}">${e(row.path)}</a></td>`,
    `<td class="body" data-v="${e(row.body ?? '')}">${e(row.body ?? l.unknown)}</td>`,
    `<td class="num" data-v="${row.year ?? 0}">${row.year ?? l.unknown}</td>`,
  ];
  if (row.failure !== undefined) {
    cells.push(`<td class="failure" colspan="${matrix.columns.length + FAMILIES.length + 1}" data-v="">${e(l.couldNotLint)}: ${e(row.failure)}</td>`);
  } else {
    cells.push(...matrix.columns.map((c) => partCell(row, c.id, l)));
    cells.push(...FAMILIES.map((f) => familyCell(row.counts[f])));
    cells.push(closingCell(row, l));
  }
  return `<tr ${attrs}>${cells.join('')}</tr>`;
}

function findingRow(m: LintMessage, l: Labels, ruleUrl: (id: string) => string | undefined): string {
  const url = m.ruleId ? ruleUrl(m.ruleId) : undefined;
  const rule = m.ruleId ? (url ? `<a href="${e(url)}">${e(m.ruleId)}</a>` : e(m.ruleId)) : '';
  const sev = m.severity === 2 ? 'error' : 'warn';
  // A finding is the bulk of the page (hundreds of thousands in a province's summary): its row leaves
  // out the end tags HTML lets go (the next <td> or <tr> closes them) and the classes its position
  // gives (where, rule), for the same table in a fifth fewer bytes.
  return `<tr><td>${m.line}:${m.column}<td class=${sev}>${e(sev === 'error' ? l.error : l.warn)}<td>${e(m.message)}<td>${rule}`;
}

/** One report's findings: an article the matrix row links to. */
function details(row: Row, messages: readonly LintMessage[], { locale, ruleUrl }: DetailsContext): string {
  const l = labelsFor(locale);
  const about = [row.body, row.year === undefined ? undefined : `${row.year}`, `${row.errors} ${l.errors}, ${row.warnings} ${l.warnings}`].filter(Boolean).join(' · ');
  const list =
    messages.length === 0
      ? `<p>${e(l.noFindings)}</p>`
      : `<table><thead><tr><th>${e(l.line)}</th><th>${e(l.severity)}</th><th>${e(l.message)}</th><th>${e(l.rule)}</th></tr></thead><tbody>${messages
          .map((m) => findingRow(m, l, ruleUrl))
          .join('')}</tbody></table>`;
  return `<article id="report-${row.index}"><h3>${row.index}. ${e(row.path)}</h3><p class="where">${e(about)}</p>${list}<p class="top"><a href="#matrix">↑ ${e(l.backToTop)}</a></p></article>`;
}

function footer(matrix: Matrix, l: Labels): string {
  const { totals, columns } = matrix;
  const of = totals.reports;
  const cells = [
    `<td colspan="4">${e(l.total)}: ${e(l.reports(of))}<small>${e(l.complete)} ${share(totals.complete, of)} · ${e(l.withErrors)} ${share(totals.withErrors, of)} · ${e(l.withFigureErrors)} ${share(totals.withFigureErrors, of)}${totals.linted < of ? ` · ${e(l.couldNotLint)} ${of - totals.linted}` : ''}</small></td>`,
    ...columns.map((c) => {
      const p = totals.parts[c.id]!;
      return `<td class="num">${share(p.section + p.text, of)}<small>${e(l.presence.text)} ${p.text} · ${e(l.presence.missing)} ${p.missing}</small></td>`;
    }),
    ...FAMILIES.map((f) => `<td class="num">${totals.counts[f].errors} / ${totals.counts[f].warnings}</td>`),
    `<td class="num">${e(l.closing['on-time'])} ${totals.closing['on-time']}<small>${e(l.closing.late)} ${totals.closing.late} · ${e(l.closing.missing)} ${totals.closing.missing}${totals.closing['no-year'] ? ` · ${e(l.closing['no-year'])} ${totals.closing['no-year']}` : ''}</small></td>`,
  ];
  return `<tfoot><tr>${cells.join('')}</tr></tfoot>`;
}

/** The page up to the findings by report. */
function top(matrix: Matrix): string {
  const l = labelsFor(matrix.locale);
  const { columns, rows, totals } = matrix;
  const of = totals.reports;
  const partsStart = 4;
  const familiesStart = partsStart + columns.length;
  const closingCol = familiesStart + FAMILIES.length;
  const csp = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src data:`;
  const generated = matrix.generated ? `${e(generatedLine(l, matrix.generated))} · ` : '';
  const views: Array<[string, string]> = [
    ['all', l.all],
    ['incomplete', l.incomplete],
    ['errors', l.withErrors],
    ['figures', l.withFigureErrors],
    ['late', `${l.closing.late} / ${l.closing.missing}`],
    ['failed', l.couldNotLint],
  ];
  return `<!DOCTYPE html>
<html lang="${matrix.locale === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="reportlint">
<title>${e(l.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(l.title)}</h1>
<p class="meta">${generated}${e(l.reports(of))} · ${e(l.deadline(matrix.deadline.month, matrix.deadline.day))}</p>
</header>
<ul class="stats">
<li><b>${of}</b><span>${e(l.allReports)}</span></li>
<li><b>${share(totals.complete, of)}</b><span>${e(l.complete)}</span></li>
<li><b>${share(totals.withErrors, of)}</b><span>${e(l.withErrors)}</span></li>
<li><b>${share(totals.withFigureErrors, of)}</b><span>${e(l.withFigureErrors)}</span></li>
<li><b>${share(totals.closing.late + totals.closing.missing, of)}</b><span>${e(l.lateOrUndated)}</span></li>
</ul>
<div class="controls">
<label>${e(l.filter)} <input type="search" id="q" placeholder="${e(`${l.file} / ${l.body} / ${l.year}`)}"></label>
<label>${e(l.show)} <select id="view">${views.map(([v, t]) => `<option value="${v}">${e(t)}</option>`).join('')}</select></label>
<span id="count" data-template="${e(l.shown(-1, -2).replace('-1', '{n}').replace('-2', '{of}'))}"></span>
</div>
<p class="legend">${e(l.legend)}${e(l.separator)}${e(l.findingsNote)}</p>
<table id="matrix">
<thead>
<tr>${sortableHeader('#', 0, true, ' rowspan="2"')}${sortableHeader(l.file, 1, false, ' rowspan="2"')}${sortableHeader(l.body, 2, false, ' rowspan="2"')}${sortableHeader(l.year, 3, true, ' rowspan="2"')}${columns.length ? `<th colspan="${columns.length}">${e(l.parts)}</th>` : ''}<th colspan="${FAMILIES.length}">${e(l.findings)}</th>${sortableHeader(l.closingDate, closingCol, true, ' rowspan="2"')}</tr>
<tr>${columns.map((c, i) => sortableHeader(c.short, partsStart + i, true, ` class="part" title="${e(c.name)}"`)).join('')}${FAMILIES.map((f, i) => sortableHeader(l.family[f], familiesStart + i, true)).join('')}</tr>
</thead>
<tbody>
${rows.map((r) => matrixRow(r, matrix, l)).join('\n')}
</tbody>
${footer(matrix, l)}
</table>
<section id="details">
<h2>${e(l.details)}</h2>
`;
}

/**
 * The matrix as one self-contained page: inline style and script (allowed by hash in the page's
 * content security policy, which also forbids loading anything else), so it works from an email
 * attachment, offline, and prints on A4 landscape.
 */
export const html: SummaryFormat = {
  top,
  // One article a line.
  details: { render: details, separator: '\n' },
  bottom: () => `
</section>
<script>${SCRIPT}</script>
</body>
</html>
`,
};
