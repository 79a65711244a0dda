import { readdir, readFile, symlink, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPlugin } from '@reportlint/rules';
import { run, runJson, seed, tree } from './helpers.js';
import type { JsonResult } from './helpers.js';

const MAX_BYTES = 50 * 1024 * 1024;

/** The one message a file that could not be linted gets. */
function fatalOnly(result: JsonResult | undefined, message: string): void {
  expect(result).toBeDefined();
  expect(result!.messages).toEqual([{ ruleId: null, severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1 }]);
  expect(result!.errorCount).toBe(1);
}

describe('bad input', () => {
  it('reports each bad file with one fatal message naming it and the cause, lints the rest, exits 2', async () => {
    const good = await seed(4);
    const dir = await tree({
      'empty.txt': '',
      'blank.md': ' \n\u3000\r\n',
      'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), // "café\n" in Latin-1
      'huge.txt': '',
      'report.pdf': '%PDF-1.7',
      'report.docx': 'PK',
      'good.txt': good,
    });
    await truncate(join(dir, 'huge.txt'), MAX_BYTES + 1); // sparse: no 50 MB written
    await symlink(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    const before = await readdir(dir);

    const files = ['empty.txt', 'blank.md', 'image.txt', 'latin1.txt', 'huge.txt', 'report.pdf', 'report.docx', 'missing.txt', 'dangling.txt', 'good.txt'];
    const { code, results, stderr } = await runJson(files, dir);
    expect(code).toBe(2);
    expect(stderr).toBe('');
    const byName = (name: string) => results.find((r) => r.filePath === join(dir, name));
    fatalOnly(byName('empty.txt'), 'Cannot lint empty.txt: file is empty');
    fatalOnly(byName('blank.md'), 'Cannot lint blank.md: file is empty (only whitespace)');
    fatalOnly(byName('image.txt'), 'Cannot lint image.txt: file looks binary, not a text draft');
    fatalOnly(byName('latin1.txt'), 'Cannot lint latin1.txt: file is neither valid UTF-8 nor GB18030 text');
    fatalOnly(byName('huge.txt'), `Cannot lint huge.txt: file is too large: ${MAX_BYTES + 1} bytes, more than the 50 MB limit`);
    fatalOnly(byName('report.pdf'), 'Cannot lint report.pdf: unsupported file type (expected .txt, .md, .markdown, .docx)');
    fatalOnly(byName('report.docx'), 'Cannot lint report.docx: not a readable .docx: not a zip archive');
    fatalOnly(byName('missing.txt'), 'Cannot lint missing.txt: no such file or directory');
    fatalOnly(byName('dangling.txt'), 'Cannot lint dangling.txt: no such file or directory');
    // The good file was linted as if alone.
    const alone = await runJson(['good.txt'], dir);
    expect(byName('good.txt')).toEqual(alone.results[0]);
    expect(results).toHaveLength(files.length);
    // Nothing was written next to the inputs.
    expect(await readdir(dir)).toEqual(before);
  });

  it('a file that is one 1 MB line is linted like any other: findings, no fatal message', async () => {
    const line = (await seed(4)).replace(/\r?\n/g, '');
    const dir = await tree({ 'one-line.txt': line.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(line))) });
    const { code, results } = await runJson(['one-line.txt'], dir);
    expect(code).toBe(1);
    expect(results[0]!.messages.some((m) => m.ruleId === null)).toBe(false);
    expect(results[0]!.messages.length).toBeGreaterThan(0);
    expect(new Set(results[0]!.messages.map((m) => m.line))).toEqual(new Set([1]));
  });

  it('--fix writes nothing when files cannot be read', async () => {
    const dir = await tree({ 'empty.txt': '', 'latin1.txt': new Uint8Array([0x61, 0xff, 0x62]) });
    const { code } = await run(['--fix', '.'], dir);
    expect(code).toBe(2);
    expect(await readdir(dir)).toEqual(['empty.txt', 'latin1.txt']);
    expect(await readFile(join(dir, 'latin1.txt'))).toEqual(Buffer.from([0x61, 0xff, 0x62]));
  });

  it('a glob matching nothing is an error', async () => {
    const dir = await tree({ 'a.txt': await seed(4) });
    const { code, results } = await runJson(['drafts/**/*.txt', 'a.txt'], dir);
    expect(code).toBe(2);
    fatalOnly(results.find((r) => r.filePath === join(dir, 'drafts/**/*.txt')), 'Cannot lint drafts/**/*.txt: no files match the pattern');
    expect(results.find((r) => r.filePath === join(dir, 'a.txt'))).toBeDefined();
  });
});

describe('bad configuration', () => {
  it('names file, line and column of a JSON syntax error; files under other configs are still linted', async () => {
    const dir = await tree({
      'broken/.reportlintrc.json': '{\n  "extends": "recommended",\n  "rules": {\n    "required-part": "warn",\n  }\n}\n',
      'broken/report.txt': await seed(0),
      'fine/.reportlintrc.json': '{ "extends": "recommended" }',
      'fine/report.txt': await seed(4),
    });
    const { code, results, stderr } = await runJson(['broken', 'fine'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe(`reportlint: ${join(dir, 'broken/.reportlintrc.json')}:5:3: invalid JSON: property name expected\n`);
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'fine/report.txt')]);
  });

  it('prints each config problem once, however many files share the config', async () => {
    const dir = await tree({
      '.reportlintrc.json': JSON.stringify({ extends: 'recommended', rules: { 'required-prat': 'error' }, locael: 'en' }),
      'a.txt': await seed(0),
      'b.txt': await seed(1),
    });
    const { code, stdout, stderr } = await run(['.'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const file = join(dir, '.reportlintrc.json');
    expect(stderr.split('\n').filter(Boolean).sort()).toEqual([
      `reportlint: ${file}: locael: unknown key "locael" (did you mean "locale"?)`,
      `reportlint: ${file}: rules.required-prat: unknown rule "required-prat" (did you mean "required-part"?)`,
    ]);
  });

  it('reports options that fail the rule schema, naming the key', async () => {
    const rule = builtinPlugin.rules!.find((r) => r.meta.schema?.['properties'])!;
    expect(rule).toBeDefined();
    const option = Object.keys(rule.meta.schema!['properties'] as object)[0]!;
    const dir = await tree({
      '.reportlintrc.json': JSON.stringify({ extends: 'recommended', rules: { [rule.id]: ['error', { [option]: { wrong: true } }] } }),
      'a.txt': await seed(0),
    });
    const { code, stdout, stderr } = await run(['a.txt'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`reportlint: ${join(dir, '.reportlintrc.json')}: rules.${rule.id}[1].${option}: `);
    expect(stderr).toContain('(defaults: ');
  });

  it('--config naming a missing file exits 2', async () => {
    const dir = await tree({ 'a.txt': await seed(0) });
    const { code, stderr } = await run(['--config', 'nope.json', 'a.txt'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^reportlint: ${join(dir, 'nope.json')}: cannot read: ENOENT`));
  });
});
