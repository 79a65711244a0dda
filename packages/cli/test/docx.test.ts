import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runJson, tree } from './helpers.js';
import type { JsonMessage, JsonResult } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/docx');
const fixture = (name: string): Promise<Buffer> => readFile(join(FIXTURES, name));

const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const oldDoc = (): Uint8Array => new Uint8Array([...COMPOUND_FILE, ...new Array(504).fill(0)]);
/** What Word leaves beside an open document: the user's name, padded. */
const lockFile = (): Uint8Array => new Uint8Array([4, ...Buffer.from('张三'), ...new Array(150).fill(0)]);

const findings = (result: JsonResult | undefined): JsonMessage[] => result!.messages;
const byName = (dir: string, results: JsonResult[], name: string) => results.find((r) => r.filePath === join(dir, name));

describe('Word documents (.docx)', () => {
  it.each(['report', 'numbered'])('%s.docx has the findings of the text Word saves it as, at the same lines and columns', async (name) => {
    const dir = await tree({ [`${name}.docx`]: await fixture(`${name}.docx`), [`${name}.txt`]: await fixture(`${name}.txt`) });
    const { code, results } = await runJson(['--no-config', `${name}.docx`, `${name}.txt`], dir);
    expect(code).toBeLessThan(2);
    expect(findings(results[0]).length).toBeGreaterThan(0);
    expect(findings(results[0])).toEqual(findings(results[1]));
  });

  it('finds the report’s planted mistakes where they are: stale year, skipped （二）, wrong 办结率', async () => {
    const dir = await tree({ 'report.docx': await fixture('report.docx') });
    const { results } = await runJson(['--no-config', 'report.docx'], dir);
    const at = (rule: string) => findings(results[0]).filter((m) => m.ruleId === rule).map((m) => `${m.line}:${m.column}`);
    expect(at('year-consistency')).toEqual(['2:1']);
    expect(at('heading-numbering')).toEqual(['5:1']);
    expect(at('rate-mismatch')).toEqual(['6:43']);
  });

  it('reads auto-numbered headings by their labels: no missing or unnumbered parts', async () => {
    const dir = await tree({ 'numbered.docx': await fixture('numbered.docx') });
    const { results } = await runJson(['--no-config', 'numbered.docx'], dir);
    const rules = new Set(findings(results[0]).map((m) => m.ruleId));
    for (const rule of ['part-heading', 'required-part', 'heading-numbering']) expect(rules.has(rule)).toBe(false);
  });

  describe('realistic drafts (county, department, township): right when correct, one exact finding per planted mistake', () => {
    const DRAFTS = join(FIXTURES, 'drafts');
    /** The finding each mistake adds to those of its correct draft, in both presets. */
    const PLANTED: Record<string, string> = {
      'county-stale-year': '3:3-3:8 year-consistency',
      'county-wrong-rate': '11:36-11:44 rate-mismatch',
      'county-one-leader': '19:1-19:27 duty-leaders',
      'county-placeholder': '18:55-18:57 placeholder-text',
      'county-restarted': '21:1-21:3 heading-numbering',
      'department-wrong-rate': '15:14-15:19 rate-mismatch',
      'department-skipped': '18:1-18:4 heading-numbering',
      'department-no-cause': '19:1-19:11 shortcoming-causes',
      'department-two-plans': '26:1-26:21 plan-specificity',
      'department-future-date': '32:1-32:11 publish-date',
      'township-document-number': '1:3-1:9 terminology',
      'township-tracked-count': '7:54-7:64 rate-mismatch',
      'township-placeholder-date': '20:8-20:11 placeholder-text',
      'township-stale-opening-year': '4:1-4:6 year-consistency',
    };
    /** What the correct drafts get: strict asks a department and a township for task areas they do not report on. */
    const CORRECT: Record<string, Record<string, string[]>> = {
      recommended: { county: [], department: [], township: [] },
      strict: { county: [], department: ['10:1-10:24 outline-coverage'], township: ['5:1-5:24 outline-coverage'] },
    };
    const where = (m: JsonMessage) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`;

    it.each(['recommended', 'strict'])('%s', async (preset) => {
      const names = [...Object.keys(CORRECT[preset]!), ...Object.keys(PLANTED)];
      const files = Object.fromEntries(await Promise.all(names.map(async (name) => [`${name}.docx`, await readFile(join(DRAFTS, `${name}.docx`))])));
      const dir = await tree({ ...files, 'strict.json': '{"extends":"strict"}' });
      const config = preset === 'strict' ? ['-c', 'strict.json'] : ['--no-config'];
      const { code, results } = await runJson([...config, ...names.map((name) => `${name}.docx`)], dir);
      expect(code).toBeLessThan(2);
      const found = (name: string) => findings(byName(dir, results, `${name}.docx`)).map(where);
      for (const [name, expected] of Object.entries(CORRECT[preset]!)) expect(found(name), name).toEqual(expected);
      for (const [name, finding] of Object.entries(PLANTED)) {
        const correct = CORRECT[preset]![name.split('-')[0]!]!;
        expect(found(name).filter((f) => !correct.includes(f)), name).toEqual([finding]);
      }
    });
  });

  it('reads a .docx from standard input', async () => {
    const dir = await tree({ 'report.txt': await fixture('report.txt') });
    const piped = await runJson(['--no-config', '--stdin-filename', 'piped.docx', '-'], dir, await fixture('report.docx'));
    const text = await runJson(['--no-config', 'report.txt'], dir);
    expect(findings(piped.results[0])).toEqual(findings(text.results[0]));
  });

  it('--fix never writes a .docx: the file stays byte-identical, the run says so and exits 2, other files are fixed', async () => {
    const docx = await fixture('report.docx');
    const dir = await tree({ 'report.docx': docx, 'numbered.docx': await fixture('numbered.docx'), 'report.txt': await fixture('report.txt') });
    const before = await stat(join(dir, 'report.docx'));
    const { code, results } = await runJson(['--no-config', '--fix', '.'], dir);
    expect(code).toBe(2);
    expect(await readFile(join(dir, 'report.docx'))).toEqual(docx);
    const after = await stat(join(dir, 'report.docx'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    const report = findings(byName(dir, results, 'report.docx'));
    expect(report[0]).toMatchObject({ ruleId: null, severity: 2, line: 1, column: 1, message: 'Cannot fix report.docx: fixes are never written to a Word document; make them in Word' });
    // The findings are those of the document as it stands, the fixable one among them.
    expect(report.some((m) => m.ruleId === 'punctuation-width' && m.fix)).toBe(true);
    // A .docx with nothing to fix gets no notice; the .txt beside them is fixed.
    expect(findings(byName(dir, results, 'numbered.docx')).some((m) => m.ruleId === null)).toBe(false);
    expect(await readFile(join(dir, 'report.txt'), 'utf8')).toContain('受理行政复议案件120件，办结115件');
  });

  it('a corrupt .docx, an old .doc and a .wps are reported with the file and the cause, exit 2, the others linted', async () => {
    const docx = await fixture('report.docx');
    const dir = await tree({ 'cut.docx': docx.subarray(0, 1500), 'old.doc': oldDoc(), 'old.wps': oldDoc(), 'report.docx': docx });
    const { code, results } = await runJson(['--no-config', 'cut.docx', 'old.doc', 'old.wps', 'report.docx'], dir);
    expect(code).toBe(2);
    const only = (name: string) => findings(byName(dir, results, name)).map((m) => m.message);
    expect(only('cut.docx')).toEqual([expect.stringMatching(/^Cannot lint cut\.docx: not a readable \.docx: damaged zip archive/)]);
    expect(only('old.doc')).toEqual(['Cannot lint old.doc: Word 97-2003 document (.doc), which cannot be read: save it as .docx']);
    expect(only('old.wps')).toEqual(['Cannot lint old.wps: WPS document (.wps) in the old binary format, which cannot be read: save it as .docx']);
    expect(findings(byName(dir, results, 'report.docx')).some((m) => m.ruleId === 'rate-mismatch')).toBe(true);
  });

  it('directory walks lint .docx, report .doc, and skip Word’s ~$ lock files; a lock file named is a notice', async () => {
    const dir = await tree({
      'drafts/report.docx': await fixture('report.docx'),
      'drafts/~$report.docx': lockFile(),
      'drafts/old.doc': oldDoc(),
      'drafts/scan.pdf': '%PDF-1.7',
    });
    const walked = await runJson(['--no-config', 'drafts'], dir);
    expect(walked.results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(['drafts/old.doc', 'drafts/report.docx']);
    const globbed = await runJson(['--no-config', 'drafts/*.docx'], dir);
    expect(globbed.results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(['drafts/report.docx']);
    const named = await runJson(['--no-config', 'drafts/~$report.docx'], dir);
    expect(named.code).toBe(0);
    expect(findings(named.results[0])).toEqual([expect.objectContaining({ severity: 1, message: expect.stringContaining("Word's lock file") })]);
  });

  it('summary lists a .docx as it lists the same text', async () => {
    const dir = await tree({ 'report.docx': await fixture('report.docx'), 'report.txt': await fixture('report.txt') });
    const { stdout } = await run(['--no-config', 'summary', 'report.docx', 'report.txt', '--format', 'csv'], dir);
    const rows = stdout.slice(1).split('\r\n').slice(1, 3).map((row) => row.split(','));
    expect(rows.map((r) => r[1])).toEqual(['report.docx', 'report.txt']);
    expect(rows[0]!.slice(2)).toEqual(rows[1]!.slice(2));
    expect(rows[0]!.slice(2, 4)).toEqual(['青禾县人民政府', '2024']);
  });
});
