// Tables: how the parser reads them (Markdown pipe tables, and tab- or space-separated lines of a
// plain-text paste from Word), and what the figure rules find in them. test/fixtures/tables holds a
// report of each format with wrong tables, and its correct twin, which also holds tables whose
// numbers look wrong but whose headings do not say how they relate (nothing may be found there).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import { decodeSource, normalizeText, readHeading, readTables } from '@reportlint/parser';
import type { Table } from '@reportlint/parser';
import { builtinPlugin } from '@reportlint/rules';

const tables = (text: string) => readTables(normalizeText(text));
const texts = (table: Table) => [table.header.map((c) => c.text), ...table.rows.map((r) => r.cells.map((c) => c.text))];

describe('readTables', () => {
  it('reads a Markdown table: cells at their offsets, headings with their units, plain numbers as figures', () => {
    const text = '前言\n\n| 领域 | 立案（件） | 罚没款（万元） | 同比 |\n|---|--:|--:|--:|\n| 食品安全 | 612 | 1,236.4 | 增长8.7% |\n| **合计** | 900 | 约2600 | -20% |\n';
    const [table, ...rest] = tables(text);
    expect(rest).toEqual([]);
    expect(texts(table!)).toEqual([
      ['领域', '立案(件)', '罚没款(万元)', '同比'],
      ['食品安全', '612', '1,236.4', '增长8.7%'],
      ['合计', '900', '约2600', '-20%'],
    ]);
    expect(table!.columns).toEqual([
      { name: '领域', unit: '' },
      { name: '立案', unit: '件' },
      { name: '罚没款', unit: '万元' },
      { name: '同比', unit: '' },
    ]);
    const [food, total] = table!.rows;
    expect(text.slice(food!.cells[1]!.start, food!.cells[1]!.end)).toBe('612');
    expect(total!.heading.name).toBe('合计');
    expect(food!.cells[1]!.figure).toMatchObject({ value: 612, unit: '件', kind: 'count', label: '立案' });
    // 万元 in the heading: the value in 元, written with its multiplier, as a figure of prose would be.
    expect(food!.cells[2]!.figure).toMatchObject({ value: 12364000, unit: '元', scale: 10000, precision: 1, written: '1,236.4万' });
    const change = food!.cells[3]!.figure!;
    expect(change).toMatchObject({ value: 8.7, unit: '%', kind: 'rate', change: 'increase' });
    expect(text.slice(change.start, change.end)).toBe('8.7%');
    expect(total!.cells[2]!.figure).toBeUndefined();
    expect(total!.cells[3]!.figure).toMatchObject({ value: -20, unit: '%' });
  });

  it('reads tables pasted into plain text: cells between tabs, or runs of spaces or full-width spaces', () => {
    const text = '类别\t件数\t占比\r\n市场监管\t608\t40.0%\r\n合计\t1520\t100%\r\n\r\n项目　　2023年　　2024年\n行政复议（件）  287  312\n行政诉讼（件）  162  146\n';
    const [tabs, spaces] = tables(text);
    expect(texts(tabs!)).toEqual([
      ['类别', '件数', '占比'],
      ['市场监管', '608', '40.0%'],
      ['合计', '1520', '100%'],
    ]);
    expect(texts(spaces!)).toEqual([
      ['项目', '2023年', '2024年'],
      ['行政复议(件)', '287', '312'],
      ['行政诉讼(件)', '162', '146'],
    ]);
    expect(spaces!.columns.map((c) => c.year)).toEqual([undefined, 2023, 2024]);
    // The row's heading gives the unit when the column's does not.
    expect(spaces!.rows[0]!.cells[1]!.figure).toMatchObject({ value: 287, unit: '件' });
  });

  it('finds no table in lines that only look like one', () => {
    // Pipes without a delimiter row; one row only; a header with a number; tab-separated markers and titles.
    expect(tables('| 项目 | 件数 |\n| 复议 | 12 |\n| 诉讼 | 8 |\n')).toEqual([]);
    expect(tables('| 项目 | 件数 |\n|---|---|\n| 复议 | 12 |\n')).toEqual([]);
    expect(tables('复议\t12\n诉讼\t8\n调解\t5\n')).toEqual([]);
    expect(tables('（一）\t依法全面履行政府职能\n（二）\t完善依法行政制度体系12件\n（三）\t推进严格规范公正文明执法98件\n')).toEqual([]);
  });

  it('ends a table at a blank line or a row of another width', () => {
    const [table] = tables('项目\t件数\n复议\t12\n诉讼\t8\n调解\t5\t备注\n');
    expect(table!.rows.map((r) => r.heading.name)).toEqual(['复议', '诉讼']);
  });

  it('reads no figure where the column and the row state different units, or the cell is not a plain number', () => {
    const [table] = tables('| 指标 | 2024年（件） |\n|---|---|\n| 培训（人） | 120 |\n| 复议 | 12件 |\n| 诉讼 | 8 |\n');
    expect(table!.rows.map((r) => r.cells[1]!.figure?.value)).toEqual([undefined, undefined, 8]);
  });

  it('reads a change in percentage points (提高0.7个百分点) as a figure in 个百分点', () => {
    const text = '| 指标 | 2023年 | 2022年 | 同比 |\n|---|---|---|---|\n| 满意率 | 98.6% | 97.9% | 提高0.7个百分点 |\n| 纠错率 | 12.5% | 10.2% | 2.3百分点 |\n';
    const [table] = tables(text);
    const [satisfied, corrected] = table!.rows;
    const change = satisfied!.cells[3]!.figure!;
    expect(change).toMatchObject({ value: 0.7, unit: '个百分点', kind: 'measure', change: 'increase', written: '0.7' });
    expect(text.slice(change.start, change.end)).toBe('0.7个百分点');
    expect(corrected!.cells[3]!.figure).toMatchObject({ value: 2.3, unit: '百分点' });
  });
});

describe('readHeading', () => {
  it('splits a unit off and reads a year', () => {
    expect(readHeading('受理(件)')).toEqual({ name: '受理', unit: '件' });
    expect(readHeading('办结率(%)')).toEqual({ name: '办结率', unit: '%' });
    expect(readHeading('2024年度')).toEqual({ name: '2024年度', unit: '', year: 2024 });
    // A parenthesis that holds no unit is part of the name; blanks in a spaced-out heading are not.
    expect(readHeading('受理(含转办)')).toEqual({ name: '受理(含转办)', unit: '' });
    expect(readHeading('合 计')).toEqual({ name: '合计', unit: '' });
  });
});

describe('figure rules in tables (test/fixtures/tables, recommended preset)', () => {
  const registry = createRegistry([builtinPlugin]);
  const { config } = resolveConfig({ extends: 'recommended' }, registry);
  const FIGURE_RULES = new Set(['rate-mismatch', 'change-mismatch', 'parts-exceed-total', 'rate-out-of-range']);
  const findings = (file: string) => {
    const source = decodeSource(readFileSync(join(import.meta.dirname, 'fixtures', 'tables', file)), { path: file });
    return lint(source, config)
      .messages.filter((m) => FIGURE_RULES.has(m.ruleId ?? ''))
      .map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`);
  };

  it('wrong.md', () => {
    expect(findings('wrong.md')).toEqual([
      '11:22-11:27 rate-mismatch 办结率应为95.8%（115÷120），文中为98.3%',
      '13:12-13:15 parts-exceed-total 各分项之和为160件（120+40），超过总数150件；请核对总数或各分项',
      '13:24-13:30 rate-out-of-range 办结率不应超过100%，文中为102.0%；请核对分子和分母',
      '17:29-17:32 change-mismatch 增幅应为20%（(120-100)÷100），文中为25%',
      '18:29-18:33 change-mismatch 从162件到146件是下降，降幅为9.9%（(162-146)÷162），文中写作增长9.9%',
      '19:29-19:34 change-mismatch 降幅应为6.7%（(2540万-2370万)÷2540万），文中为-8.6%',
      '23:20-23:22 parts-exceed-total 各分项之和为20（12+8），超过总数19；请核对总数或各分项',
    ]);
  });

  it('wrong.txt', () => {
    expect(findings('wrong.txt')).toEqual([
      '11:12-11:17 rate-mismatch 结案率应为97.7%（85÷87），文中为98.7%',
      '12:4-12:7 parts-exceed-total 各分项之和为699件（612+87），超过总数690件；请核对总数或各分项',
      '17:20-17:24 change-mismatch 增幅应为8.7%（(312-287)÷287），文中为8.1%',
    ]);
  });

  it('correct.md and correct.txt: nothing, ambiguous tables included', () => {
    expect(findings('correct.md')).toEqual([]);
    expect(findings('correct.txt')).toEqual([]);
  });
});

describe('readTables: a header of two rows', () => {
  const columns = (table: Table) => table.columns.map((h) => (h.group ? `${h.group.name}/${h.name}` : h.name));

  it('reads merged cells written once (a table pasted from Word) when the names under each repeat', () => {
    const [table, ...rest] = tables('项目\t上年度\t本年度\n\t受理（件）\t办结（件）\t办结率\t受理（件）\t办结（件）\t办结率\n复议\t52\t50\t96.2%\t64\t60\t93.8%\n诉讼\t30\t27\t90.0%\t25\t24\t96.0%\n');
    expect(rest).toEqual([]);
    expect(columns(table!)).toEqual(['项目', '上年度/受理', '上年度/办结', '上年度/办结率', '本年度/受理', '本年度/办结', '本年度/办结率']);
    // One heading object for the columns under one merged cell.
    expect(table!.columns[1]!.group).toBe(table!.columns[3]!.group);
    expect(table!.columns[1]!.group).not.toBe(table!.columns[4]!.group);
    expect(table!.rows.map((r) => r.heading.name)).toEqual(['复议', '诉讼']);
    expect(table!.rows[0]!.cells[4]!.figure).toMatchObject({ value: 64, unit: '件' });
  });

  it('reads them in a table of spaces, the second row without the first column', () => {
    const [table] = tables('类别　　　　申请数（件）　　　　罚款（万元）\n2023年　　2024年　　同比　　2023年　　2024年　　同比\n道路运输　　75　　90　　20%　　12.5　　15.0　　20%\n水路运输　　40　　36　　-10%　　8.0　　6.0　　-25%\n');
    expect(columns(table!)).toEqual(['类别', '申请数/2023年', '申请数/2024年', '申请数/同比', '罚款/2023年', '罚款/2024年', '罚款/同比']);
    expect(table!.columns[1]!.year).toBe(2023);
    // The merged cell's unit is its columns', but for a percent in a cell.
    expect(table!.rows[0]!.cells[4]!.figure).toMatchObject({ value: 125000, unit: '元' });
    expect(table!.rows[0]!.cells[6]!.figure).toMatchObject({ value: 20, unit: '%' });
  });

  it('reads merged cells left empty or repeated in a Markdown table, a cell over one column as that column\'s name', () => {
    const [empty] = tables('| 单位 | 一季度 | | 二季度 | | 备注 |\n|---|---|---|---|---|---|\n| | 收件 | 办结 | 收件 | 办结 | |\n| 甲局 | 18 | 17 | 21 | 21 | 无 |\n| 乙局 | 9 | 9 | 12 | 11 | 无 |\n');
    expect(columns(empty!)).toEqual(['单位', '一季度/收件', '一季度/办结', '二季度/收件', '二季度/办结', '备注']);
    const [repeated] = tables('| 单位 | 一季度 | 一季度 | 二季度 | 二季度 |\n|---|---|---|---|---|\n| 单位 | 收件 | 办结 | 收件 | 办结 |\n| 甲局 | 18 | 17 | 21 | 21 |\n| 乙局 | 9 | 9 | 12 | 11 |\n');
    expect(columns(repeated!)).toEqual(['单位', '一季度/收件', '一季度/办结', '二季度/收件', '二季度/办结']);
  });

  it('reads no groups when the lines do not say which columns each spans, nor in a table whose first row is words', () => {
    // Written once, the names under the two merged cells differing: no table (its rows are wider than either header line).
    expect(tables('类别\t案件数\t办结情况\n\t本年\t上年\t同比\t数量\t占比\n复议\t10\t8\t25%\t9\t90%\n诉讼\t5\t4\t25%\t4\t80%\n')).toEqual([]);
    // No merged cell in the first row: its row of words under the delimiter is a row of the table.
    const [table] = tables('| 事项 | 责任单位 | 件数 |\n|---|---|---|\n| 说明 | 牵头 | 合计 |\n| 复议 | 司法局 | 12 |\n| 诉讼 | 司法局 | 8 |\n');
    expect(columns(table!)).toEqual(['事项', '责任单位', '件数']);
    expect(table!.rows).toHaveLength(3);
  });
});

describe('readTables: a cell wrapped onto a line of its own (a table pasted from Word)', () => {
  // A long cell copied from Word may run onto the next line without tabs (行政诉讼案件（含 / 上年结转）\t40\t38). Where
  // the wrapped words end and which row they belong to the lines do not say: the table ends at the wrap, the rows
  // above it read, and no row after it is read as one (a 合计 after it is never added up from a part of its rows).
  const registry = createRegistry([builtinPlugin]);
  const { config } = resolveConfig({ extends: 'recommended' }, registry);
  const FIGURE_RULES = new Set(['rate-mismatch', 'parts-exceed-total', 'rate-out-of-range', 'line-break-in-sentence']);
  const findings = (rows: string) => {
    const text = `某县2025年法治政府建设年度报告\n\n一、主要举措和成效\n\n全年行政复议和诉讼情况如下：\n\n${rows}\n\n二、存在的不足和原因\n\n执法人员不足，原因在于编制偏少。\n`;
    return lint({ text, format: 'txt', encoding: 'utf-8', bom: false, eol: '\n' }, config)
      .messages.filter((m) => FIGURE_RULES.has(m.ruleId ?? ''))
      .map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`);
  };

  it('reads the rows above the wrap and ends the table there', () => {
    const [table, ...rest] = tables('单位\t受理\t办结\n县市场监管局\t120\t115\n县司法局\t40\t38\n县自然资源局（含\n不动产登记中心）\t30\t28\n合计\t160\t153\n');
    expect(rest).toEqual([]);
    expect(texts(table!)).toEqual([
      ['单位', '受理', '办结'],
      ['县市场监管局', '120', '115'],
      ['县司法局', '40', '38'],
    ]);
  });

  it('checks the rows above the wrap, and nothing across it', () => {
    expect(findings('项目\t受理\t办结\t办结率\n行政复议案件\t120\t115\t90.8%\n行政诉讼案件\t40\t38\t95%\n信息公开申请（含\n上年结转）\t86\t80\t93.0%')).toEqual([
      '8:16-8:21 rate-mismatch 办结率应为95.8%（115÷120），文中为90.8%',
    ]);
    // The 合计 after the wrap is of all three rows (120+40+30 is more than 160): not added up from the two read.
    expect(findings('单位\t受理\t办结\n县市场监管局\t120\t115\n县司法局\t40\t38\n县自然资源局（含\n不动产登记中心）\t30\t28\n合计\t160\t153')).toEqual([]);
    // A wrapped first cell, a wrapped heading (办结 / 率), a note run onto the next line: nothing read wrong.
    expect(findings('项目\t受理\t办结\t办结率\n行政复议案件（含上年\n结转案件）\t120\t115\t95.8%\n行政诉讼案件\t40\t38\t95%')).toEqual([]);
    expect(findings('项目\t受理\t办结\t办结\n率\n行政复议案件\t120\t115\t95.8%\n行政诉讼案件\t40\t38\t95%')).toEqual([]);
    expect(findings('项目\t受理\t办结\t办结率\t备注\n行政复议案件\t120\t115\t95.8%\t含上年结转\n案件12件\n行政诉讼案件\t40\t38\t95%\t无')).toEqual([]);
  });
});
