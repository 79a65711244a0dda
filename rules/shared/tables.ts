import type { Figure, Heading, Table } from '@reportlint/parser';
import { RATE_NAME_MAX } from './figures.js';
import vocabulary from './figures.json' with { type: 'json' };

/**
 * How the figure rules read a table (see tablesOf in the parser): only by its column headings, the
 * first column naming the rows. A table laid the other way (rates or years down the first column)
 * is not read: nothing in it says for sure which way it runs.
 */

export const TABLE_WORDS = vocabulary.tables;

/** The figure of a row's cell in column `c`, if the cell is a plain number. */
export const cellFigure = (table: Table, row: number, c: number): Figure | undefined => table.rows[row]!.cells[c]!.figure;

/** The data columns (all but the first, which names the rows) whose heading passes `test`. */
export function columnsWhere(table: Table, test: (heading: Heading, c: number) => boolean): number[] {
  const found: number[] = [];
  table.columns.forEach((heading, c) => {
    if (c > 0 && test(heading, c)) found.push(c);
  });
  return found;
}

/**
 * The groups of a table's data columns, each once: the headings of the merged cells of a header of two
 * rows, and undefined for the columns under none (all of them in a table with a header of one row).
 */
export const columnGroups = (table: Table): Array<Heading | undefined> => [...new Set(table.columns.slice(1).map((h) => h.group))];

/** Whether a data column names the rows rather than counting them (a 村 column beside the 片区 one): none of its cells holds a figure. */
export const namesRows = (table: Table, c: number): boolean => table.rows.every((row) => !row.cells[c]?.figure);

/** Whether a heading names a sum of the others (合计, 总计 …). */
export const isTotalName = (name: string): boolean => TABLE_WORDS.totals.includes(name);

/** Whether a row's name makes it the sum of its group of rows (小计). */
export const isSubtotalName = (name: string): boolean => TABLE_WORDS.subtotals.includes(name);

/**
 * What names a row: its first cell, or, when that is empty (a cell merged down from the row above: a 村 over its
 * 屯), a total's name in its second (小计, the merged 村's own sum). A 小计 in the second cell names the row whatever
 * the first holds: a table that repeats the group's name on each of its rows (川区片 | 小计) closes the group so.
 */
export function rowName(table: Table, r: number): string {
  const row = table.rows[r]!;
  const second = row.cells[1]?.text.replace(/\s+/g, '') ?? '';
  if (isSubtotalName(second)) return second;
  return row.heading.name === '' && isTotalName(second) ? second : row.heading.name;
}

/** Whether a row or column breaks the one before it down (其中：行政复议, 含转办), so that they overlap. */
export const isBreakdown = (name: string): boolean => TABLE_WORDS.subRows.some((w) => name.startsWith(w));

/**
 * Whether a row is figured from the other rows (平均, 增减, 同比) rather than an item beside them: its
 * cells are averages or changes, so it is no part of a total, nor counts with their rate.
 */
export const isDerivedRow = (name: string): boolean => TABLE_WORDS.derivedRows.some((w) => name.startsWith(w));

/** How a message names a rate column: its heading when short, else the rate's vocabulary word (as rateName does for prose). */
export const shortRateName = (heading: string, display: string): string => (heading.length <= RATE_NAME_MAX ? heading : display);
