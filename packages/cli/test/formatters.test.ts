import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { builtinPlugin } from '@reportlint/rules';
import { escapeData, escapeProperty } from '../src/formatters/github.js';
import { escapeXml } from '../src/formatters/junit.js';
import stringWidth from 'string-width';
import { run, runJson, seed, tree } from './helpers.js';
import { parseXml, unescapeXml } from './xml.js';

const schema = JSON.parse(await readFile(join(import.meta.dirname, 'fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
// The official schema uses "format": "uri" and friends (formats are not what is tested here), and one
// pattern (`language`) that is invalid as a Unicode regular expression, so patterns are compiled without the u flag.
const validateSarif = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);

/** Truncated report (parts missing → errors), half-width commas (fixable warnings), a Chinese file name, a file that cannot be read. */
async function mixedDrafts(): Promise<string> {
  const text = await seed(0);
  return tree({
    '提交/区县报告.txt': text.split('\n').slice(0, 3).join('\n') + '\n',
    'whole.txt': text,
    'empty.txt': '',
  });
}

describe('--format sarif', () => {
  it('validates against the official SARIF 2.1.0 schema, with rules, regions, fixes and notifications', async () => {
    const dir = await mixedDrafts();
    const { code, stdout } = await run(['-f', 'sarif', '.'], dir);
    expect(code).toBe(2);
    const log = JSON.parse(stdout) as any;
    const valid = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The validator does reject what is not SARIF.
    expect(validateSarif({ ...log, version: '2.0.0' })).toBe(false);

    const [runLog] = log.runs;
    const ids = runLog.tool.driver.rules.map((r: any) => r.id);
    const enabled = builtinPlugin.rules!.filter((r) => r.meta.severity !== 'off').map((r) => r.id).sort();
    expect([...ids].sort()).toEqual(enabled);
    for (const rule of runLog.tool.driver.rules) {
      const source = builtinPlugin.rules!.find((r) => r.id === rule.id)!;
      expect(rule.shortDescription.text).toBe(source.meta.description['zh-CN']);
      expect(rule.fullDescription.text).toContain(source.meta.description.en);
      expect(rule.helpUri).toBe(source.url);
      expect(rule.defaultConfiguration.level).toBe(source.meta.severity === 'error' ? 'error' : 'warning');
    }

    const json = (await runJson(['.'], dir)).results;
    const findings = json.flatMap((r) => r.messages.filter((m) => m.ruleId !== null).map((m) => ({ ...m, filePath: r.filePath })));
    expect(runLog.results).toHaveLength(findings.length);
    const first = runLog.results[0];
    const sameAsJson = findings[0]!;
    expect(first.ruleId).toBe(sameAsJson.ruleId);
    expect(ids[first.ruleIndex]).toBe(first.ruleId);
    expect(first.level).toBe(sameAsJson.severity === 2 ? 'error' : 'warning');
    expect(first.locations[0].physicalLocation.region).toEqual({
      startLine: sameAsJson.line,
      startColumn: sameAsJson.column,
      endLine: sameAsJson.endLine,
      endColumn: sameAsJson.endColumn,
    });
    // Relative URIs, percent-encoded, against %SRCROOT% = the working directory.
    const uris = new Set(runLog.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect(uris).toContain(`${encodeURIComponent('提交')}/${encodeURIComponent('区县报告.txt')}`);
    expect(runLog.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${dir}/`);

    const fixed = runLog.results.filter((r: any) => r.fixes);
    const jsonFixes = findings.filter((m) => m.fix);
    expect(fixed.length).toBe(jsonFixes.length);
    expect(fixed.length).toBeGreaterThan(0);
    const replacement = fixed[0].fixes[0].artifactChanges[0].replacements[0];
    expect(replacement).toEqual({
      deletedRegion: { charOffset: jsonFixes[0]!.fix!.range[0], charLength: jsonFixes[0]!.fix!.range[1] - jsonFixes[0]!.fix!.range[0] },
      insertedContent: { text: jsonFixes[0]!.fix!.text },
    });

    // The empty file is a tool execution notification, not a result.
    const [invocation] = runLog.invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'error', message: { text: 'Cannot lint empty.txt: file is empty' } }),
    ]);
  });

  it('is valid for a clean run and for standard input', async () => {
    const clean = await run(['-f', 'sarif', '-', ...builtinPlugin.rules!.flatMap((r) => ['--rule', `${r.id}:off`])], await tree(), await seed(4));
    expect(clean.code).toBe(0);
    expect(validateSarif(JSON.parse(clean.stdout))).toBe(true);
    const stdin = await run(['-f', 'sarif', '-'], await tree(), (await seed(0)).slice(0, 200));
    const log = JSON.parse(stdin.stdout) as any;
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(log.runs[0].results[0].locations).toBeUndefined();
  });

  it('describes rules and fixes in English with --locale en', async () => {
    const dir = await tree({ 'a.txt': await seed(0) });
    const log = JSON.parse((await run(['-f', 'sarif', '--locale', 'en', 'a.txt'], dir)).stdout) as any;
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].tool.driver.rules[0].shortDescription.text).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('--format github', () => {
  it('escapes data and properties as the Actions runner reads them', () => {
    expect(escapeData('100%\r\n完成：a,b')).toBe('100%25%0D%0A完成：a,b');
    expect(escapeProperty('报告/a:b,c%.txt')).toBe('报告/a%3Ab%2Cc%25.txt');
    expect(escapeProperty('line\nbreak')).toBe('line%0Abreak');
  });

  it('prints one workflow command per finding, errors and warnings, with file, region and rule', async () => {
    const dir = await mixedDrafts();
    const { code, stdout } = await run(['-f', 'github', '.'], dir);
    expect(code).toBe(2);
    const json = (await runJson(['.'], dir)).results;
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(json.reduce((n, r) => n + r.messages.length, 0));
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning) (file=[^,]+,)?line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::[^\n]+$/);
    }
    const truncated = json.find((r) => r.filePath.endsWith('区县报告.txt'))!;
    const m = truncated.messages[0]!;
    expect(lines).toContain(
      `::${m.severity === 2 ? 'error' : 'warning'} file=提交/区县报告.txt,line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${m.ruleId}::${escapeData(m.message)}`,
    );
    expect(lines).toContain('::error file=empty.txt,line=1,col=1,endLine=1,endColumn=1,title=reportlint::Cannot lint empty.txt: file is empty');
  });

  it('escapes a file name with a comma and a colon', async () => {
    const dir = await tree({ 'a,b:c%.txt': (await seed(0)).slice(0, 300) });
    const { stdout } = await run(['-f', 'github', '.'], dir);
    expect(stdout).toContain('file=a%2Cb%3Ac%25.txt,');
  });
});

describe('--format junit', () => {
  it('escapes the five XML characters and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001\ud800`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;\ufffd\ufffd');
  });

  it('writes well-formed XML: a suite per report, a case per enabled rule, failures for errors, errors for unreadable files', async () => {
    const dir = await mixedDrafts();
    const { code, stdout } = await run(['-f', 'junit', '.'], dir);
    expect(code).toBe(2);
    const elements = parseXml(stdout);
    const suites = elements.filter((e) => e.name === 'testsuite');
    expect(suites.map((s) => unescapeXml(s.attrs['name']!))).toEqual(['empty.txt', 'whole.txt', '提交/区县报告.txt']);
    const enabled = builtinPlugin.rules!.filter((r) => r.meta.severity !== 'off').length;
    const root = elements[0]!;
    expect(root.name).toBe('testsuites');

    const json = (await runJson(['.'], dir)).results;
    const truncated = json.find((r) => r.filePath.endsWith('区县报告.txt'))!;
    const failingRules = new Set(truncated.messages.filter((m) => m.severity === 2).map((m) => m.ruleId));
    const suite = suites[2]!;
    expect(Number(suite.attrs['tests'])).toBe(enabled);
    expect(Number(suite.attrs['failures'])).toBe(failingRules.size);
    expect(failingRules.size).toBeGreaterThan(0);
    const failures = elements.filter((e) => e.name === 'failure');
    expect(failures.length).toBe([...suites].reduce((n, s) => n + Number(s.attrs['failures']), 0));
    expect(unescapeXml(failures[0]!.text)).toMatch(/^\d+:\d+-\d+:\d+ error /);

    const errors = elements.filter((e) => e.name === 'error');
    expect(errors).toHaveLength(1);
    expect(unescapeXml(errors[0]!.attrs['message']!)).toBe('Cannot lint empty.txt: file is empty');
  });
});

describe('--format stylish', () => {
  it('lists a file\'s errors before its warnings, then counts per rule', async () => {
    const text = await readFile(join(import.meta.dirname, '../../../examples/drafts/numbering-and-years.txt'), 'utf8');
    const dir = await tree({ 'a.txt': text });
    const { stdout } = await run(['--no-config', 'a.txt'], dir);
    const severities = stdout.split('\n').map((l) => / (error|warning) /.exec(l)?.[1]).filter(Boolean);
    expect(severities.length).toBeGreaterThan(4);
    expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('error'));
    expect(stdout.split('\n').filter((l) => l === 'a.txt')).toHaveLength(1);
    expect(stdout).toMatch(/\nBy rule: year-consistency 3, /);
  });

  it('aligns the rule column of a file whatever the width of the Chinese messages', async () => {
    const dir = await tree({ 'a.txt': await seed(0) });
    const { stdout } = await run(['a.txt'], dir);
    const rows = stdout.split('\n').filter((l) => / (error|warning) /.test(l) && l.endsWith(' reportlint'));
    expect(rows.length).toBeGreaterThan(3);
    const ruleColumn = rows.map((l) => stringWidth(l.slice(0, l.search(/ [a-z]+(-[a-z]+)* +reportlint$/))));
    expect(new Set(ruleColumn).size).toBe(1);
  });
});
