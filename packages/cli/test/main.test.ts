import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPlugin } from '@reportlint/rules';
import { SEED_DIR, run, runJson, seed, seedNames, tree } from './helpers.js';

const ruleIds = builtinPlugin.rules!.map((r) => r.id);
const everyRuleAt = (severity: string): string[] => ruleIds.flatMap((id) => ['--rule', `${id}:${severity}`]);

/** The opening of a real report: every later part is missing, so required-part reports errors. */
async function truncatedReport(): Promise<string> {
  return (await seed(0)).split('\n').slice(0, 2).join('\n') + '\n';
}

describe('usage', () => {
  it('prints usage and exits 2 without paths', async () => {
    const { code, stdout, stderr } = await run([], SEED_DIR);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: reportlint/);
  });

  it('--help and --version exit 0', async () => {
    const help = await run(['--help'], SEED_DIR);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--max-warnings');
    const version = await run(['--version'], SEED_DIR);
    expect(version.code).toBe(0);
    const pkg = JSON.parse(await readFile(join(import.meta.dirname, '../package.json'), 'utf8')) as { version: string };
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });

  it.each([
    [['--nope', 'a.txt'], /Unknown option '--nope'/],
    [['--format', 'xml', 'a.txt'], /unknown format "xml" \(available: stylish, json, sarif, github, junit\)/],
    [['--rule', 'part-order', 'a.txt'], /--rule expects ID:SEVERITY/],
    [['--max-warnings', 'many', 'a.txt'], /--max-warnings expects a whole number/],
    [['--config', 'x.json', '--no-config', 'a.txt'], /cannot be used together/],
    [['--fix', '-'], /--fix cannot fix standard input/],
  ])('rejects %j with exit 2', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv, SEED_DIR);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('linting real reports', () => {
  it('lints a directory recursively and reports one ESLint-shaped object per file, with exactly its keys', async () => {
    const { code, results } = await runJson(['.'], SEED_DIR);
    expect(results.map((r) => r.filePath)).toEqual(seedNames.map((n) => join(SEED_DIR, n)));
    for (const result of results) {
      expect(Object.keys(result)).toEqual(['filePath', 'messages', 'errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount']);
      for (const m of result.messages) {
        const keys = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', ...(m.fix ? ['fix'] : [])];
        expect(Object.keys(m)).toEqual(keys);
        if (m.fix) expect(Object.keys(m.fix)).toEqual(['range', 'text']);
        expect(ruleIds).toContain(m.ruleId);
        expect([1, 2]).toContain(m.severity);
      }
      expect(result.errorCount).toBe(result.messages.filter((m) => m.severity === 2).length);
      expect(result.warningCount).toBe(result.messages.filter((m) => m.severity === 1).length);
    }
    const errors = results.reduce((n, r) => n + r.errorCount, 0);
    expect(code).toBe(errors > 0 ? 1 : 0);
  });

  it('exits 1 on lint errors and shows them in the stylish report, with a per-rule summary', async () => {
    const dir = await tree({ 'drafts/report.txt': await truncatedReport() });
    const { code, stdout } = await run(['drafts'], dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^drafts\/report\.txt\n/);
    expect(stdout).toMatch(/\d+:\d+(-\d+:\d+)? +error +.+ required-part +reportlint/);
    expect(stdout).toMatch(/✖ \d+ errors?/);
    expect(stdout).toMatch(/\nBy rule: required-part \d+/);
  });

  it('localizes findings with --locale', async () => {
    const dir = await tree({ 'report.txt': await truncatedReport() });
    const zh = await runJson(['report.txt'], dir);
    const en = await runJson(['--locale', 'en', 'report.txt'], dir);
    expect(zh.results[0]!.messages[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(en.results[0]!.messages[0]!.message).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('prints nothing for clean files in stylish', async () => {
    const { code, stdout } = await run(['.', ...everyRuleAt('off')], SEED_DIR);
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  it('turns warnings into exit 1 beyond --max-warnings, and hides them with --quiet', async () => {
    const all = await runJson(['.', ...everyRuleAt('warn')], SEED_DIR);
    const warnings = all.results.reduce((n, r) => n + r.warningCount, 0);
    expect(warnings).toBeGreaterThan(0);
    expect(all.code).toBe(0);

    expect((await run(['.', ...everyRuleAt('warn'), '--max-warnings', String(warnings)], SEED_DIR)).code).toBe(0);
    const over = await run(['.', ...everyRuleAt('warn'), '--max-warnings', String(warnings - 1)], SEED_DIR);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(`reportlint: too many warnings (${warnings}; maximum: ${warnings - 1})\n`);

    const quiet = await runJson(['.', ...everyRuleAt('warn'), '--quiet'], SEED_DIR);
    expect(quiet.code).toBe(0);
    expect(quiet.results.every((r) => r.messages.length === 0 && r.warningCount === 0)).toBe(true);
    // --quiet changes the report, not the verdict.
    expect((await run(['.', ...everyRuleAt('warn'), '--quiet', '--max-warnings', '0'], SEED_DIR)).code).toBe(1);
  });

  it('keeps errors under --quiet', async () => {
    const dir = await tree({ 'report.txt': await truncatedReport() });
    const { code, results } = await runJson(['--quiet', 'report.txt', ...everyRuleAt('error')], dir);
    expect(code).toBe(1);
    expect(results[0]!.errorCount).toBeGreaterThan(0);
  });

  it('reads standard input with -, named by --stdin-filename', async () => {
    const text = await truncatedReport();
    const unnamed = await runJson(['-'], SEED_DIR, text);
    expect(unnamed.results.map((r) => r.filePath)).toEqual(['<stdin>']);
    expect(unnamed.results[0]!.errorCount).toBeGreaterThan(0);
    const named = await runJson(['-', '--stdin-filename', 'drafts/x.md'], SEED_DIR, text);
    expect(named.results.map((r) => r.filePath)).toEqual([join(SEED_DIR, 'drafts/x.md')]);
    const empty = await runJson(['-'], SEED_DIR, '');
    expect(empty.code).toBe(2);
    expect(empty.results[0]!.messages[0]!.message).toBe('Cannot lint <stdin>: file is empty');
  });

  it('writes the report to --output-file', async () => {
    const dir = await tree({ 'report.txt': await truncatedReport() });
    const { code, stdout } = await run(['report.txt', '-f', 'json', '-o', 'out/report.json'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const written = JSON.parse(await readFile(join(dir, 'out/report.json'), 'utf8')) as unknown[];
    expect(written).toHaveLength(1);
  });
});

describe('configuration from the command line', () => {
  it('--rule changes a severity', async () => {
    const dir = await tree({ 'report.txt': await truncatedReport() });
    const { code, results } = await runJson(['report.txt', '--rule', 'required-part:warn'], dir);
    expect(results[0]!.messages.filter((m) => m.ruleId === 'required-part').every((m) => m.severity === 1)).toBe(true);
    expect(code).toBe(results[0]!.errorCount > 0 ? 1 : 0);
  });

  it('--rule with an unknown id exits 2 and suggests the nearest', async () => {
    const { code, stdout, stderr } = await run(['.', '--rule', 'required-prat:warn'], SEED_DIR);
    expect(code).toBe(2);
    expect(JSON.parse((await runJson(['.', '--rule', 'required-prat:warn'], SEED_DIR)).stdout)).toEqual([]);
    expect(stdout).toBe('');
    expect(stderr).toBe('reportlint: command line: rules.required-prat: unknown rule "required-prat" (did you mean "required-part"?)\n');
  });

  it('--print-config prints locale, outline and every enabled rule with severity and options', async () => {
    const dir = await tree({ '.reportlintrc.json': JSON.stringify({ extends: 'recommended', locale: 'en' }) });
    const { code, stdout } = await run(['--print-config', 'report.txt', '--rule', 'required-part:warn'], dir);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { locale: string; outline: string; rules: Record<string, [string, unknown]> };
    expect(Object.keys(printed)).toEqual(['locale', 'outline', 'rules']);
    expect(printed.locale).toBe('en');
    expect(printed.outline).toBe('fazhi-2019');
    expect(printed.rules['required-part']![0]).toBe('warn');
    const enabled = builtinPlugin.rules!.filter((r) => r.meta.severity !== 'off').map((r) => r.id);
    expect(Object.keys(printed.rules).sort()).toEqual(enabled.sort());
  });

  it('`reportlint rules` lists every rule with its default severity and localized description', async () => {
    const zh = await run(['rules'], SEED_DIR);
    const en = await run(['rules', '--locale', 'en'], SEED_DIR);
    expect(zh.code).toBe(0);
    const lines = en.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(ruleIds.length);
    for (const rule of builtinPlugin.rules!) {
      const line = lines.find((l) => l.startsWith(`${rule.id} `))!;
      expect(line).toMatch(new RegExp(`^${rule.id} +${rule.meta.severity} +`));
      expect(line.endsWith(rule.meta.description.en)).toBe(true);
      expect(zh.stdout).toContain(rule.meta.description['zh-CN']);
    }
  });
});
