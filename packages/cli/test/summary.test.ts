import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from 'reportlint';
import { builtinPlugin } from '@reportlint/rules';
import { ReportWriter } from '../src/report-writer.js';
import { fileMessage, problemResult } from '../src/results.js';
import type { FileResult } from '../src/results.js';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import { decodeSource } from '@reportlint/parser';
import { reportFacts } from '../src/report-facts.js';
import { csvCell } from '../src/summary/csv.js';
import { escapeHtml } from '../src/summary/html.js';
import { SummaryWriter } from '../src/summary/index.js';
import { run, runJson, seed, tree } from './helpers.js';

const HOSTILE = '<img src=x onerror=alert(1)>&"\'.txt';

/** Complete reports, one missing most parts, one dated late, one that cannot be read, and a hostile file name. */
async function submissions(): Promise<string> {
  const full = await seed(4);
  const late = `${full.trimEnd()}\n特此报告。\n2025年5月6日\n`;
  return tree({
    'a/complete.txt': full,
    'a/late.txt': late,
    'b/truncated.txt': full.split('\n').slice(0, 3).join('\n') + '\n',
    'b/empty.txt': '',
    [`b/${HOSTILE}`]: full,
  });
}

describe('reportlint summary', () => {
  it('writes a self-contained, escaped HTML matrix with links to each report’s findings', async () => {
    const dir = await submissions();
    const { code, stdout, stderr } = await run(['summary', '.', '-o', 'out/summary.html'], dir);
    expect(stderr).toBe('');
    expect(stdout).toBe('');
    expect(code).toBe(2);
    const html = await readFile(join(dir, 'out/summary.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    // Nothing loaded from anywhere: no external stylesheet, script, image, font or frame, and a policy that forbids them.
    expect(html).not.toMatch(/<link\b|<script\b[^>]*\bsrc=|<img\b|<iframe\b|@import|url\(/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
    // The hostile file name appears only escaped.
    expect(html).not.toContain('<img src=x');
    expect(html).toContain(escapeHtml(`b/${HOSTILE}`));

    // One row per file, each linking to its details on the page.
    const rows = [...html.matchAll(/<tr data-index="(\d+)"/g)].map((m) => m[1]);
    expect(rows).toEqual(['1', '2', '3', '4', '5']);
    for (const i of rows) {
      expect(html).toContain(`href="#report-${i}"`);
      expect(html).toContain(`<article id="report-${i}">`);
    }
    // Sortable, filterable, printable.
    expect(html).toMatch(/<th data-col="\d+" data-type="num"/);
    expect(html).toContain('<input type="search" id="q"');
    expect(html).toContain('@media print');
    // Rule links point at the rules' documentation.
    const rule = builtinPlugin.rules!.find((r) => r.id === 'required-part')!;
    expect(html).toContain(`href="${rule.url}"`);
    // A finding, the bulk of a large page, goes without the end tags HTML lets go and the classes its cells' positions give.
    expect(html).toMatch(new RegExp(`<tr><td>1:1<td class=error>错误<td>[^<]+<td><a href="${rule.url}">required-part</a>(<tr>|</tbody>)`));
    expect(html.slice(html.indexOf('<section id="details">'))).not.toContain('</td>');
  });

  it('fills the matrix from the report tree: body, year, parts, findings per family, closing date, totals', async () => {
    const dir = await submissions();
    const { stdout } = await run(['summary', '.', '--format', 'csv'], dir);
    expect(stdout.startsWith('\ufeff')).toBe(true);
    const lines = stdout.slice(1).trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 4)).toEqual(['#', '文件', '报告主体', '年度']);
    expect(header).toContain('主要举措和成效');
    expect(header).toContain('下一年度主要安排');
    const rows = lines.slice(1, -1).map((l) => l.split(','));
    const col = (name: string) => header.indexOf(name);
    const byFile = Object.fromEntries(rows.map((r) => [r[1], r]));

    const complete = byFile['a/complete.txt']!;
    expect(complete[col('报告主体')]).toBe('城阳区');
    expect(complete[col('年度')]).toBe('2024');
    expect(complete[col('必备内容齐全')]).toBe('是');
    expect(complete[col('成文日期是否按期')]).toBe('无日期');

    const late = byFile['a/late.txt']!;
    expect(late[col('成文日期')]).toBe('2025-05-06');
    expect(late[col('成文日期是否按期')]).toBe('逾期36天');

    const truncated = byFile['b/truncated.txt']!;
    expect(truncated[col('必备内容齐全')]).toBe('否');
    expect(truncated[col('下一年度主要安排')]).toBe('缺失');
    const json = (await runJson(['b/truncated.txt'], dir)).results[0]!;
    const outlineErrors = json.messages.filter((m) => m.severity === 2 && builtinPlugin.rules!.find((r) => r.id === m.ruleId)?.meta.family === 'outline').length;
    expect(Number(truncated[col('结构 错误')])).toBe(outlineErrors);
    expect(Number(truncated[col('合计 错误')])).toBe(json.errorCount);

    expect(byFile['b/empty.txt']![col('无法检查')]).toBe('file is empty');
    const totals = lines[lines.length - 1]!.split(',');
    expect(totals[0]).toBe('合计');
    expect(totals[col('必备内容齐全')]).toBe('3 (60%)');
  });

  it('writes Markdown with the totals, in English with --locale en', async () => {
    const dir = await submissions();
    const { stdout } = await run(['summary', '.', '--locale', 'en'], dir);
    expect(stdout).toMatch(/^# Compliance summary/);
    expect(stdout).toContain('| 1 | [a/complete.txt](#report-1) | 城阳区 | 2024 | ● heading |');
    expect(stdout).toContain('- All required parts: 3 (60%)');
    expect(stdout).toContain('<a id="report-5"></a>');
    // Walked in name order: "<" sorts before letters.
    expect(stdout).toContain(`### 3. b/\\<img src=x onerror=alert(1)\\>&"'.txt`);
  });

  it('picks the format from -o and refuses lint formats', async () => {
    const dir = await tree({ 'a.txt': await seed(4) });
    await run(['summary', 'a.txt', '-o', 'm.csv'], dir);
    expect((await readFile(join(dir, 'm.csv'), 'utf8')).startsWith('\ufeff#,')).toBe(true);
    const bad = await run(['summary', 'a.txt', '-f', 'json'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/summary writes html, csv or md/);
  });

  it('quotes CSV cells and keeps spreadsheets from running them as formulas', () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });
});

describe('the matrix’s parts', () => {
  it('counts a part reported only in a sentence of a measure as there as text, not as missing', async () => {
    const { config } = resolveConfig({ extends: 'recommended' }, createRegistry([builtinPlugin]));
    const file = join(import.meta.dirname, '../../../test/fixtures/structure/c487-bureau-duties-in-measure-sentence.txt');
    const facts = reportFacts(lint(decodeSource(await readFile(file), { path: file }), config));
    expect(Object.fromEntries(facts.parts.map((p) => [p.id, p.presence]))).toEqual({
      measures: 'section',
      shortcomings: 'section',
      duties: 'text',
      plans: 'section',
      other: 'missing',
    });
  });
});

describe('the summary’s memory', () => {
  /** A report that could not be read, with one more finding: enough for a row and its details. */
  const unreadable = (dir: string, name: string): FileResult => {
    const result = problemResult(join(dir, name), `Cannot lint ${name}: file is empty`);
    return { ...result, messages: [...result.messages, fileMessage(`finding of ${name}`, 1)], warningCount: 1 };
  };

  it('writes each report’s findings to a temporary file beside the output as the report is added, and removes it', async () => {
    const dir = await tree();
    const summary = await SummaryWriter.open('html', { cwd: dir, color: false }, () => ({ deadline: { month: 3, day: 31 } }), join(dir, 'm.html'));
    summary.add(unreadable(dir, 'a.txt'));
    summary.add(unreadable(dir, 'b.txt'));
    const [spool, ...more] = await readdir(dir);
    expect(more).toEqual([]);
    const written = await readFile(join(dir, spool!), 'utf8');
    expect(written).toMatch(/^<article id="report-1">.*finding of a\.txt.*<\/article>\n<article id="report-2">.*finding of b\.txt.*<\/article>$/);

    let page = '';
    await summary.writeTo(ReportWriter.toStdout((text) => void (page += text)), new Date());
    await summary.close();
    expect(page).toContain(`<h2>各报告问题明细</h2>\n${written}\n</section>`);
    expect(page.match(/<tr data-index=/g)).toHaveLength(2);
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes no temporary file for CSV, which shows no findings', async () => {
    const dir = await tree();
    const summary = await SummaryWriter.open('csv', { cwd: dir, color: false }, () => ({ deadline: { month: 3, day: 31 } }), join(dir, 'm.csv'));
    summary.add(unreadable(dir, 'a.txt'));
    expect(await readdir(dir)).toEqual([]);
    await summary.close();
  });

  it('removes the temporary file when the summary cannot be written', async () => {
    const dir = await tree({ 'a.txt': await seed(4) });
    const tmp = await tree();
    const seen: string[][] = [];
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const code = await main(['summary', 'a.txt'], {
        cwd: dir,
        stdout: async () => {
          seen.push(await readdir(tmp));
          throw Object.assign(new Error('broken pipe'), { code: 'EPIPE' });
        },
        stderr: () => undefined,
      });
      expect(code).toBe(2);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
    expect(seen).toEqual([[expect.stringMatching(/^\.reportlint-summary\..*\.reportlint-tmp$/)]]);
    expect(await readdir(tmp)).toEqual([]);
  });
});

describe('summary -o', () => {
  it('replaces -o only once the summary is complete, leaving nothing beside it', async () => {
    const dir = await tree({ 'a.txt': await seed(4), 'out/summary.md': 'old' });
    await mkdir(join(dir, 'out/summary.html'));
    const refused = await run(['summary', 'a.txt', '-o', 'out/summary.html'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('reportlint: cannot write out/summary.html: is a directory\n');

    const { code } = await run(['summary', 'a.txt', '-o', 'out/summary.md'], dir);
    expect(code).toBe(0);
    expect(await readFile(join(dir, 'out/summary.md'), 'utf8')).toMatch(/^# 法治政府建设年度报告合规汇总/);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['summary.html', 'summary.md']);
  });
});

describe('ReportWriter.replacingFile', () => {
  it('leaves the file as it was until closed, and after an abort', async () => {
    const dir = await tree({ 'm.html': 'old' });
    const kept = await ReportWriter.replacingFile('m.html', dir);
    await kept.write('new');
    expect(await readFile(join(dir, 'm.html'), 'utf8')).toBe('old');
    await kept.close();
    expect(await readFile(join(dir, 'm.html'), 'utf8')).toBe('new\n');

    await writeFile(join(dir, 'm.html'), 'old');
    const dropped = await ReportWriter.replacingFile('m.html', dir);
    await dropped.write('half');
    await dropped.abort();
    expect(await readFile(join(dir, 'm.html'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['m.html']);

    // The file it replaces keeps its permissions.
    await chmod(join(dir, 'm.html'), 0o600);
    const restricted = await ReportWriter.replacingFile('m.html', dir);
    await restricted.write('new');
    await restricted.close();
    expect((await stat(join(dir, 'm.html'))).mode & 0o777).toBe(0o600);
  });
});
