import type { Locale, RuleFamily } from '@reportlint/core';
import type { OutlineProfile } from '@reportlint/parser';
import { shownPath } from '../paths.js';
import type { PartPresence } from '../report-facts.js';
import type { FileResult } from '../results.js';
import { shortPartName } from './labels.js';

export const FAMILIES: RuleFamily[] = ['outline', 'figures', 'numbering', 'style', 'substance'];

/** What the first usable configuration sets for the whole summary. */
export interface SummarySettings {
  /** The outline whose parts are the matrix's columns. */
  profile?: OutlineProfile;
  /** Last day for the closing date, in the year after the report year. */
  deadline: { month: number; day: number };
}

/** Rule id → the family its findings are counted in. */
type FamilyOf = (ruleId: string) => RuleFamily | undefined;

/** What every row is measured against; the same from the first report to the end. */
export interface Frame {
  /** The outline's required parts; `short` is a column heading, `name` the part's full name. */
  columns: Array<{ id: string; name: string; short: string }>;
  locale: Locale;
  deadline: { month: number; day: number };
}

export type ClosingStatus = 'on-time' | 'late' | 'missing' | 'no-year';

export interface Row {
  /** 1-based, in the order the files were linted; also the anchor of the details. */
  index: number;
  path: string;
  body?: string;
  year?: number;
  /** The file could not be linted: why. */
  failure?: string;
  parts: Record<string, PartPresence>;
  complete: boolean;
  counts: Record<RuleFamily, { errors: number; warnings: number }>;
  errors: number;
  warnings: number;
  closing: { status: ClosingStatus; date?: string; deadline?: string; daysLate?: number };
}

export interface Totals {
  reports: number;
  linted: number;
  complete: number;
  withErrors: number;
  withFigureErrors: number;
  parts: Record<string, Record<PartPresence, number>>;
  counts: Record<RuleFamily, { errors: number; warnings: number }>;
  closing: Record<ClosingStatus, number>;
}

export interface Matrix extends Frame {
  rows: readonly Row[];
  totals: Totals;
  /** When the summary was made; shown in its heading. */
  generated?: Date;
}

const two = (n: number) => String(n).padStart(2, '0');
const isoDate = (y: number, m: number, d: number) => `${y}-${two(m)}-${two(d)}`;
const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

const emptyCounts = (): Record<RuleFamily, { errors: number; warnings: number }> =>
  Object.fromEntries(FAMILIES.map((f) => [f, { errors: 0, warnings: 0 }])) as Record<RuleFamily, { errors: number; warnings: number }>;

function closing(result: FileResult, deadline: Frame['deadline']): Row['closing'] {
  const report = result.report;
  const date = report?.closingDate;
  if (!date) return { status: 'missing' };
  const shown = isoDate(date.year, date.month, date.day);
  if (report.year === undefined) return { status: 'no-year', date: shown };
  const last = isoDate(report.year + 1, deadline.month, deadline.day);
  const late = dayNumber(date.year, date.month, date.day) - dayNumber(report.year + 1, deadline.month, deadline.day);
  return late > 0 ? { status: 'late', date: shown, deadline: last, daysLate: late } : { status: 'on-time', date: shown, deadline: last };
}

/** The outline's required parts as columns, named in the summary's language. */
export function frameOf(settings: SummarySettings, locale: Locale): Frame {
  const required = (settings.profile?.parts ?? []).filter((p) => p.required);
  const columns = required.map((p) => ({ id: p.id, name: p.name[locale], short: shortPartName(p.id, locale) ?? p.name[locale] }));
  return { columns, locale, deadline: settings.deadline };
}

/** A report's row: everything the matrix shows about it, without its findings. `index` is 1-based. */
export function rowOf(result: FileResult, index: number, frame: Frame, familyOf: FamilyOf, cwd: string): Row {
  const counts = emptyCounts();
  for (const m of result.messages) {
    const family = m.ruleId === null ? undefined : familyOf(m.ruleId);
    if (family) counts[family][m.severity === 2 ? 'errors' : 'warnings']++;
  }
  const parts: Record<string, PartPresence> = {};
  for (const column of frame.columns) parts[column.id] = result.report?.parts.find((p) => p.id === column.id)?.presence ?? 'missing';
  const path = shownPath(result.filePath, cwd);
  // "Cannot lint a.txt: file is empty" → "file is empty": the row already names the file.
  const failure = result.report ? undefined : result.messages.find((m) => m.ruleId === null)?.message.replace(`Cannot lint ${path}: `, '');
  return {
    index,
    path,
    ...(result.report?.body !== undefined ? { body: result.report.body } : {}),
    ...(result.report?.year !== undefined ? { year: result.report.year } : {}),
    ...(failure !== undefined ? { failure } : {}),
    parts,
    complete: result.report !== undefined && frame.columns.every((c) => parts[c.id] !== 'missing'),
    counts,
    errors: result.errorCount,
    warnings: result.warningCount,
    closing: closing(result, frame.deadline),
  };
}

/** The rows under their columns, with the totals. */
export function buildMatrix(rows: readonly Row[], frame: Frame, generated?: Date): Matrix {
  const { columns } = frame;
  const totals: Totals = {
    reports: rows.length,
    linted: rows.filter((r) => r.failure === undefined).length,
    complete: rows.filter((r) => r.complete).length,
    withErrors: rows.filter((r) => r.errors > 0).length,
    withFigureErrors: rows.filter((r) => r.counts.figures.errors > 0).length,
    parts: Object.fromEntries(
      columns.map((c) => [c.id, { section: 0, text: 0, missing: 0 }]),
    ) as Totals['parts'],
    counts: emptyCounts(),
    closing: { 'on-time': 0, late: 0, missing: 0, 'no-year': 0 },
  };
  for (const row of rows) {
    if (row.failure === undefined) {
      for (const c of columns) totals.parts[c.id]![row.parts[c.id]!]++;
      totals.closing[row.closing.status]++;
    }
    for (const f of FAMILIES) {
      totals.counts[f].errors += row.counts[f].errors;
      totals.counts[f].warnings += row.counts[f].warnings;
    }
  }
  return { ...frame, rows, totals, ...(generated ? { generated } : {}) };
}

/** "12 (60%)"; the share of all reports. */
export function share(n: number, of: number): string {
  return of === 0 ? '0' : `${n} (${Math.round((n / of) * 100)}%)`;
}
