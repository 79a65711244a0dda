import type { Locale, RuleFamily } from '@reportlint/core';
import type { PartPresence } from '../report-facts.js';
import { plural } from '../plural.js';
import type { ClosingStatus, Row } from './matrix.js';

export interface Labels {
  title: string;
  generated: string;
  report: string;
  /** "8 份报告", "8 reports". */
  reports: (n: number) => string;
  lateOrUndated: string;
  /** The card counting all reports. */
  allReports: string;
  file: string;
  body: string;
  year: string;
  parts: string;
  findings: string;
  findingsNote: string;
  closingDate: string;
  closingStatus: string;
  /** Between clauses of one line. */
  separator: string;
  total: string;
  totals: string;
  errors: string;
  warnings: string;
  presence: Record<PartPresence, string>;
  family: Record<RuleFamily, string>;
  closing: Record<ClosingStatus, string>;
  late: (days: number) => string;
  deadline: (month: number, day: number) => string;
  complete: string;
  withErrors: string;
  withFigureErrors: string;
  couldNotLint: string;
  filter: string;
  show: string;
  all: string;
  incomplete: string;
  details: string;
  noFindings: string;
  backToTop: string;
  line: string;
  severity: string;
  message: string;
  rule: string;
  error: string;
  warn: string;
  unknown: string;
  shown: (n: number, of: number) => string;
  legend: string;
}

const zh: Labels = {
  title: '法治政府建设年度报告合规汇总',
  generated: '生成时间',
  report: '报告',
  reports: (n) => `${n} 份报告`,
  lateOrUndated: '逾期或无成文日期',
  allReports: '报告总数',
  file: '文件',
  body: '报告主体',
  year: '年度',
  parts: '必备内容',
  findings: '问题（错误/警告）',
  findingsNote: '问题各列为“错误数 / 警告数”',
  closingDate: '成文日期',
  closingStatus: '成文日期是否按期',
  separator: '；',
  total: '合计',
  totals: '合计与占比',
  errors: '错误',
  warnings: '警告',
  presence: { section: '有标题', text: '仅有文字', missing: '缺失' },
  family: { outline: '结构', figures: '数据', numbering: '序号', style: '文字', substance: '内容' },
  closing: { 'on-time': '按期', late: '逾期', missing: '无日期', 'no-year': '年度不明' },
  late: (days) => `逾期${days}天`,
  deadline: (month, day) => `期限：次年${month}月${day}日`,
  complete: '必备内容齐全',
  withErrors: '有错误',
  withFigureErrors: '有数据错误',
  couldNotLint: '无法检查',
  filter: '筛选',
  show: '显示',
  all: '全部报告',
  incomplete: '缺少必备内容',
  details: '各报告问题明细',
  noFindings: '未发现问题。',
  backToTop: '返回汇总表',
  line: '位置',
  severity: '级别',
  message: '说明',
  rule: '规则',
  error: '错误',
  warn: '警告',
  unknown: '—',
  shown: (n, of) => `显示 ${n} / ${of} 份报告`,
  legend: '● 有单独标题　◐ 仅在正文中写到　✕ 缺失',
};

const en: Labels = {
  title: 'Compliance summary of annual rule-of-law government reports',
  generated: 'Generated',
  report: 'Report',
  reports: (n) => plural(n, 'report'),
  lateOrUndated: 'Late or undated',
  allReports: 'Reports',
  file: 'File',
  body: 'Reporting body',
  year: 'Year',
  parts: 'Required parts',
  findings: 'Findings (errors/warnings)',
  findingsNote: 'findings columns: errors / warnings',
  closingDate: 'Closing date',
  closingStatus: 'Closing date status',
  separator: '; ',
  total: 'Total',
  totals: 'Totals and shares',
  errors: 'errors',
  warnings: 'warnings',
  presence: { section: 'heading', text: 'text only', missing: 'missing' },
  family: { outline: 'Outline', figures: 'Figures', numbering: 'Numbering', style: 'Style', substance: 'Substance' },
  closing: { 'on-time': 'on time', late: 'late', missing: 'no date', 'no-year': 'year unknown' },
  late: (days) => `${plural(days, 'day')} late`,
  deadline: (month, day) => `deadline: ${month}/${day} of the following year`,
  complete: 'All required parts',
  withErrors: 'With errors',
  withFigureErrors: 'With figure errors',
  couldNotLint: 'Could not be linted',
  filter: 'Filter',
  show: 'Show',
  all: 'All reports',
  incomplete: 'Missing required parts',
  details: 'Findings by report',
  noFindings: 'No findings.',
  backToTop: 'Back to the summary',
  line: 'Where',
  severity: 'Severity',
  message: 'Message',
  rule: 'Rule',
  error: 'error',
  warn: 'warning',
  unknown: '—',
  shown: (n, of) => `${n} of ${of} reports shown`,
  legend: '● own heading   ◐ only in the text   ✕ missing',
};

export const labelsFor = (locale: Locale): Labels => (locale === 'en' ? en : zh);

/** One character for the matrix cell, readable in black and white; the same in every language. */
export const PRESENCE_MARK: Record<PartPresence, string> = { section: '●', text: '◐', missing: '✕' };

/** A row's closing-date status; a late one with its days. */
export const closingLabel = (l: Labels, { status, daysLate }: Row['closing']): string => (status === 'late' ? l.late(daysLate!) : l.closing[status]);

/** "Generated: 2025-03-01 08:30 UTC". */
export const generatedLine = (l: Labels, date: Date): string => `${l.generated}: ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Column headings for the built-in outline's parts; other outlines' parts show their full names. */
const SHORT_PARTS: Record<Locale, Record<string, string>> = {
  'zh-CN': { measures: '举措和成效', shortcomings: '不足和原因', duties: '第一责任人职责', plans: '下一年度安排', other: '其他情况' },
  en: { measures: 'Measures', shortcomings: 'Shortcomings', duties: 'Leaders’ duties', plans: 'Next year', other: 'Other' },
};

export const shortPartName = (id: string, locale: Locale): string | undefined => SHORT_PARTS[locale][id];
