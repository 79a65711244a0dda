import { isAverage, leadingChange, readUnit } from './figures.js';
import type { Figure, FigureKind } from './figures.js';
import { splitLines } from './lines.js';
import type { Line } from './lines.js';
import type { ReportTree } from './types.js';

/**
 * Tables of a report: a Markdown (GFM) pipe table, or lines whose cells are separated by tabs or runs
 * of two or more spaces (a table pasted from Word into plain text; full-width spaces are spaces in the
 * normalized view). They are read from the lines of the normalized text in both formats, so that one
 * reader serves .md and .txt and the tree the rules walk stays as it is (remark-parse without
 * remark-gfm keeps a pipe table as a paragraph of lines).
 */

/** A cell: its text (normalized, without blanks and Markdown emphasis around it) and its offsets. */
export interface TableCell {
  text: string;
  start: number;
  end: number;
  /**
   * The cell read as a figure when it is a plain number (1,236.4 / 98.3% / +25% / 增长8.7%), with
   * the unit its column's or row's heading states; undefined for words, ranges, numbers with a unit
   * of their own, and when the column and the row state different units.
   */
  figure?: Figure;
}

/** What a heading cell says: 立案（件） → 立案 in 件, 罚没款（万元） → 罚没款 in 万元, 2024年 → the year 2024. */
export interface Heading {
  /** The heading without its unit and without blanks. */
  name: string;
  /** The unit in its parentheses as written (万元, 件, %), '' when none. */
  unit: string;
  year?: number;
  /**
   * In a header of two rows, what the merged cell above the column says (案件数（件） over 本年 | 上年 |
   * 同比, 2024年 over 受理 | 办结 | 办结率): one object for all the columns under the same cell.
   */
  group?: Heading;
}

export interface TableRow {
  cells: TableCell[];
  /** What the row's first cell says (行政复议案件（件）, 合计). */
  heading: Heading;
}

export interface Table {
  /** The cell naming each column (in a header of two rows, the lower one unless it is empty), and what each says. */
  header: TableCell[];
  columns: Heading[];
  /** The data rows (a pipe table's delimiter row left out), each with as many cells as the header. */
  rows: TableRow[];
  start: number;
  end: number;
}

/** A line made of cells: at least two, and whether they were separated by pipes. */
interface CellLine {
  cells: TableCell[];
  pipes: boolean;
}

/** A table's header: the cell naming each column, the merged cell above each (if any), and the line after it. */
interface Header {
  cells: TableCell[];
  groups: Array<TableCell | undefined>;
  next: number;
}

const BLANK_OR_EMPHASIS = /^[\s*_`]+|[\s*_`]+$/g;
/** Between two cells of a plain-text row: a run of blanks holding a tab, or two or more spaces. */
const COLUMN_GAP = /[ \t]*\t[ \t]*| {2,}/g;
/** A column gap with a word on either side, on one line: what every line of a plain-text table has. */
const INLINE_GAP = /\S(?:[ \t]*\t| {2,})[ \t]*\S/;
/** A GFM delimiter cell: ---, :--, --:, :-: */
const DELIMITER = /^:?-+:?$/;
const HEADING_UNIT = /^(.+?)\(([^()]{1,6})\)$/;
const YEAR = /^((?:19|20)\d\d)年?度?$/;
/**
 * A plain number: optional sign, digits with or without thousands commas, decimals, a percent or permille sign,
 * or percentage points (a 同比 cell of a rate's row: 提高0.7个百分点).
 */
const PLAIN_NUMBER = /^([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([%‰]|个?百分点)?$/;

const tablesCache = new WeakMap<ReportTree, Table[]>();

/** The tables of a report, in text order, read once per tree. */
export function tablesOf(tree: ReportTree): Table[] {
  let tables = tablesCache.get(tree);
  if (!tables) {
    tables = readTables(tree.normalized);
    tablesCache.set(tree, tables);
  }
  return tables;
}

/** The tables of a text (the normalized view): a header line and two or more rows of as many cells. */
export function readTables(text: string): Table[] {
  // Most reports have no table: native searches rule out those without a pipe or a column gap
  // between two words of a line (an indentation of 　　, two spaces once normalized, is no gap).
  if (!text.includes('|') && !INLINE_GAP.test(text)) return [];
  const lines = splitLines(text);
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; ) {
    const header = cellLine(text, lines[i]!);
    const found = header && tableFrom(text, lines, i, header);
    if (found?.table) tables.push(found.table);
    // After its rows were read, a line that is no table's header leaves the next lines of the same
    // cells none either (they would have fewer rows, none with a number): reading them again for
    // each made a long list of names quadratic.
    i = found ? Math.max(i + 1, found.next) : i + 1;
  }
  return tables;
}

/**
 * The table whose header is line `i`, and the index of the line after its rows. It needs two rows of
 * as many cells as the header and a number in one of them (else no table, but still the line after
 * the rows); a line with another number of cells, or a blank line, ends the rows.
 */
function tableFrom(text: string, lines: Line[], i: number, top: CellLine): { table?: Table; next: number } | undefined {
  const header = headerFrom(text, lines, i, top);
  if (!header) return undefined;
  const width = header.cells.length;
  const rows: TableCell[][] = [];
  let next = header.next;
  for (; next < lines.length; next++) {
    const row = cellLine(text, lines[next]!);
    const begin = lines[next - 1]!.next;
    const cells = row && !row.pipes && row.cells.length < width ? (mergedCells(text, begin, lines[next]!.end, width, rows[rows.length - 1]) ?? row.cells) : row?.cells;
    if (!row || row.pipes !== top.pipes || cells!.length !== width) break;
    rows.push(cells!);
  }
  if (rows.length < 2 || !rows.some(hasNumber)) return { next };
  const columns = headings(header);
  const table: Table = {
    header: header.cells,
    columns,
    rows: rows.map((cells) => ({ cells, heading: readHeading(cells[0]!.text) })),
    start: top.cells[0]!.start,
    end: rows[rows.length - 1]![width - 1]!.end,
  };
  for (const row of table.rows) row.cells.forEach((cell, c) => c > 0 && readCell(cell, columns[c]!, row.heading));
  return { table, next };
}

const hasNumber = (cells: TableCell[]): boolean => cells.some((c) => PLAIN_NUMBER.test(c.text));

/**
 * A row pasted from Word with merged cells: one merged across two columns (“合计\t\t68\t65”: its text, then a tab for
 * each column it spans) or down from the row above (“\t西屯\t6\t5”: the 村 over its 屯, a tab for its empty cell
 * from the line's start on, `begin`). Read at each tab, when that gives the table's width and each empty cell stands
 * under a cell of words in the row above (a column of names), never under a number. A run of tabs is otherwise one
 * gap, as a table aligned with tabs writes it, and a line's leading blanks its indentation.
 */
function mergedCells(text: string, begin: number, end: number, width: number, above: TableCell[] | undefined): TableCell[] | undefined {
  if (!above) return undefined;
  const value = text.slice(begin, end);
  const cells: TableCell[] = [];
  let from = 0;
  for (let tab = value.indexOf('\t'); from <= value.length; tab = value.indexOf('\t', from)) {
    const to = tab === -1 ? value.length : tab;
    cells.push(cell(text, begin + from, begin + to));
    from = to + 1;
  }
  if (cells.length !== width || cells.some((c, k) => c.text === '' && PLAIN_NUMBER.test(above[k]!.text))) return undefined;
  return cells;
}

/**
 * The header that starts at line `i`: a pipe table needs its delimiter row (as GFM does), a plain-text
 * one a header line of words only; otherwise undefined. A line of words right under it (after the
 * delimiter row in a pipe table) may be its second row: see `lowerRow`.
 */
function headerFrom(text: string, lines: Line[], i: number, top: CellLine): Header | undefined {
  let next = i + 1;
  if (top.pipes) {
    const delimiter = lines[next] && cellLine(text, lines[next]!);
    if (!delimiter?.pipes || delimiter.cells.length !== top.cells.length || !delimiter.cells.every((c) => DELIMITER.test(c.text))) return undefined;
    next++;
  } else if (hasNumber(top.cells)) return undefined;
  const lower = lines[next] && cellLine(text, lines[next]!);
  const after = lines[next + 1] && cellLine(text, lines[next + 1]!);
  const twoRows = lower && lower.pipes === top.pipes && !hasNumber(lower.cells) && lowerRow(top.cells, lower.cells, after?.cells.length ?? 0);
  return twoRows ? { ...twoRows, next: next + 1 } : { cells: top.cells, groups: [], next };
}

/**
 * A header of two rows: merged cells in the first (group names) over the columns' own names in the
 * second. A merged cell is repeated or left empty across its columns in a pipe table (案件数 | 案件数, or
 * 案件数 | |), and the upper row then has as many cells as the lower; in a table pasted from Word it is
 * written once, and the upper row has fewer cells: it is read only when the lower row's names repeat
 * under each group name (本年 | 上年 | 同比 | 本年 | 上年 | 同比 under 案件数 and 罚没款), else which columns
 * each group spans the lines do not say. `width` is the width of the line after the lower row.
 */
function lowerRow(top: TableCell[], lower: TableCell[], width: number): Omit<Header, 'next'> | undefined {
  if (lower.length === top.length && lower.length === width) return repeatedGroups(top, lower);
  // The first column's heading spans both rows: written in the upper row, the lower one left empty or without it.
  const named = lower[0]!.text === '' && lower.length === width ? [top[0]!, ...lower.slice(1)] : lower.length + 1 === width ? [top[0]!, ...lower] : undefined;
  return named && groupsWrittenOnce(top, named);
}

/** Upper and lower rows of one width: a group is a cell and the empty or equal cells after it, over two columns or more. */
function repeatedGroups(top: TableCell[], lower: TableCell[]): Omit<Header, 'next'> | undefined {
  const groups: Array<TableCell | undefined> = [undefined];
  for (let c = 1; c < top.length; c++) {
    const continues = c > 1 && (top[c]!.text === '' || top[c]!.text === top[c - 1]!.text);
    groups.push(continues ? groups[c - 1] : top[c]!.text === '' ? undefined : top[c]);
  }
  // A cell over one column only is the column's own heading, written in the upper row (the lower one empty).
  const spans = (c: number) => groups[c] !== undefined && (groups[c - 1] === groups[c] || groups[c + 1] === groups[c]);
  const grouped = groups.map((g, c) => (c > 0 && spans(c) ? g : undefined));
  if (!grouped.some(Boolean) || grouped.some((g, c) => g && lower[c]!.text === '')) return undefined;
  return { cells: lower.map((cell, c) => (cell.text === '' || (!grouped[c] && cell.text === top[c]!.text) ? top[c]! : cell)), groups: grouped };
}

/** An upper row with a cell for each group only: two groups or more, over as many columns each, named alike under each. */
function groupsWrittenOnce(top: TableCell[], lower: TableCell[]): Omit<Header, 'next'> | undefined {
  const names = top.slice(1).filter((cell) => cell.text !== '');
  const columns = lower.length - 1;
  const span = columns / names.length;
  if (names.length < 2 || !Number.isInteger(span) || span < 2) return undefined;
  const repeats = lower.slice(1).every((cell, k) => cell.text !== '' && cell.text === lower[1 + (k % span)]!.text);
  if (!repeats) return undefined;
  return { cells: lower, groups: [undefined, ...lower.slice(1).map((_, k) => names[Math.floor(k / span)])] };
}

/** What each column's heading says, with the heading of the merged cell above it. */
function headings(header: Header): Heading[] {
  const groups = new Map<TableCell, Heading>();
  return header.cells.map((cell, c) => {
    const group = header.groups[c];
    if (!group) return readHeading(cell.text);
    if (!groups.has(group)) groups.set(group, readHeading(group.text));
    return { ...readHeading(cell.text), group: groups.get(group)! };
  });
}

/**
 * The rows of the pipe-table lines of `text[start, end)` (“| 项目 | 内容 |”), each split into its cells as a
 * table's are; the delimiter row (| --- | --- |) and lines without a pipe are left out. For the outline, which
 * reads a report copied into a table of two columns row by row (report.ts).
 */
export function pipeRows(text: string, start: number, end: number): TableCell[][] {
  const part = text.slice(start, end);
  const rows: TableCell[][] = [];
  for (const line of splitLines(part)) {
    const row = cellLine(part, line);
    if (!row?.pipes || row.cells.every((c) => DELIMITER.test(c.text))) continue;
    rows.push(row.cells.map((c) => ({ ...c, start: c.start + start, end: c.end + start })));
  }
  return rows;
}

/** The cells of a line: split at its pipes when it has one, else at its column gaps; undefined for fewer than two. */
function cellLine(text: string, line: Line): CellLine | undefined {
  if (line.start === line.end) return undefined;
  const value = text.slice(line.start, line.end);
  const pipes = value.includes('|');
  const cuts: Array<[number, number]> = [];
  if (pipes) {
    // | a | b |: the outer pipes are optional (a | b); an escaped \| is text.
    for (let k = 0; k < value.length; k++) if (value[k] === '|' && value[k - 1] !== '\\') cuts.push([k, k + 1]);
    if (cuts[0]?.[0] !== 0) cuts.unshift([0, 0]);
    if (cuts[cuts.length - 1]![1] !== value.length) cuts.push([value.length, value.length]);
  } else {
    cuts.push([0, 0]);
    for (const m of value.matchAll(COLUMN_GAP)) cuts.push([m.index, m.index + m[0].length]);
    cuts.push([value.length, value.length]);
  }
  const cells: TableCell[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) cells.push(cell(text, line.start + cuts[k]![1], line.start + cuts[k + 1]![0]));
  return cells.length >= 2 ? { cells, pipes } : undefined;
}

function cell(text: string, from: number, to: number): TableCell {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.replace(/^[\s*_`]+/, '').length;
  const value = raw.replace(BLANK_OR_EMPHASIS, '');
  return { text: value, start: from + lead, end: from + lead + value.length };
}

/** 立案(件) → 立案 in 件; 2024年 → the year; a parenthesis that holds no unit (含转办) is part of the name. */
export function readHeading(text: string): Heading {
  const m = HEADING_UNIT.exec(text);
  const unit = m && (m[2] === '%' || m[2] === '‰' || readUnit(m[2]!)) ? m[2]! : '';
  // 合  计: Word tables space out short headings; the blanks are no part of the name.
  const name = (unit ? m![1]! : text).replace(/\s+/g, '');
  const year = YEAR.exec(name);
  return year ? { name, unit, year: Number(year[1]) } : { name, unit };
}

/**
 * Sets `cell.figure` when the cell is a plain number, in the unit its column states or else its row:
 * a change word before it (增长8.7%) becomes the figure's direction, its sign a negative value.
 */
function readCell(cell: TableCell, column: Heading, row: Heading): void {
  const lead = leadingChange(cell.text);
  const from = lead?.end ?? 0;
  const m = PLAIN_NUMBER.exec(cell.text.slice(from));
  if (!m) return;
  const [, sign, digits, decimals = '', suffix = ''] = m;
  // A group's unit (案件数（件） over 本年 | 上年 | 同比) is its columns' own, but for a percent in a cell (its 同比).
  const columnUnit = column.unit || (suffix ? '' : (column.group?.unit ?? ''));
  if (columnUnit && row.unit && columnUnit !== row.unit) return;
  // A percent sign or 个百分点 in the cell states its unit (a 同比 column in a row of 件 or %); else the headings do.
  const stated = suffix || columnUnit || row.unit;
  if (suffix && columnUnit && columnUnit !== suffix) return;
  const unit = stated === '%' || stated === '‰' ? { unit: stated, kind: 'rate' as FigureKind, multiplier: '', scale: 1 } : stated ? readUnit(stated) : undefined;
  if (stated && !unit) return;
  const scale = unit?.scale ?? 1;
  const number = Number(digits!.replace(/,/g, '') + (decimals ? `.${decimals}` : ''));
  const negative = sign === '-' || sign === '−';
  const start = cell.start + from;
  cell.figure = {
    value: (negative ? -number : number) * scale,
    unit: unit?.unit ?? '',
    kind: unit?.kind ?? 'count',
    approximate: false,
    marker: undefined,
    average: isAverage(column.name),
    precision: decimals.length,
    scale,
    written: cell.text.slice(from + sign!.length, cell.text.length - suffix.length) + (unit?.multiplier ?? ''),
    start,
    end: cell.end,
    label: column.name,
    labelStart: cell.start,
    tail: '',
    name: undefined,
    change: lead?.change,
    parenthetical: false,
  };
}
