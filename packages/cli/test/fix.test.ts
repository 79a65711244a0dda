import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { builtinPlugin } from '@reportlint/rules';
import { run, runJson, seed, seedNames, tree } from './helpers.js';

const FIXABLE_RULES = builtinPlugin.rules!.filter((r) => r.meta.fixable).map((r) => r.id);
const fixableText = () => readFile(join(import.meta.dirname, 'fixtures', 'fixable.txt'), 'utf8');

/**
 * Real fixable rules and a text each where they fire: seed 004 has a sentence broken across two lines,
 * seed 000 half-width commas; fixtures/fixable.txt, a short report of our own, gives each fixable rule
 * something to fix (a mark typed with its English space, a wrap pasted twice, an ellipsis typed as
 * periods, a padded closing date …), all fixed in one run.
 */
const FIXABLE = [
  { name: 'line-break-in-sentence on seed 4', rules: ['line-break-in-sentence'], text: () => seed(4) },
  { name: 'punctuation-width on seed 0', rules: ['punctuation-width'], text: () => seed(0) },
  { name: 'every fixable rule on fixtures/fixable.txt', rules: FIXABLE_RULES, text: fixableText },
].filter(({ rules }) => rules.every((rule) => FIXABLE_RULES.includes(rule)));

const BOMS: Record<string, number[]> = { utf8: [0xef, 0xbb, 0xbf], utf16le: [0xff, 0xfe] };
function fileBytes(text: string, encoding: string, bom: boolean): Buffer {
  return Buffer.from([...(bom ? BOMS[encoding]! : []), ...iconv.encode(text, encoding)]);
}

describe('--fix', () => {
  it('never writes a file when nothing changes', async () => {
    const files = Object.fromEntries(await Promise.all(seedNames.map(async (n, i) => [n, await seed(i)] as const)));
    const dir = await tree(files);
    const before = await Promise.all(seedNames.map((n) => stat(join(dir, n))));
    // Rules with fixes are off: every file is left alone.
    const off = builtinPlugin.rules!.filter((r) => r.meta.fixable).flatMap((r) => ['--rule', `${r.id}:off`]);
    await run(['--fix', '.', ...off], dir);
    const after = await Promise.all(seedNames.map((n) => stat(join(dir, n))));
    expect(after.map((s) => [s.ino, s.mtimeMs])).toEqual(before.map((s) => [s.ino, s.mtimeMs]));
    expect((await readdir(dir)).sort()).toEqual([...seedNames].sort());
  });

  it('fixtures/fixable.txt gives every fixable rule something to fix', async () => {
    const dir = await tree({ 'r.txt': await fixableText() });
    // Every fixable rule on, those off in `recommended` (comma-between-marks) too.
    const on = FIXABLE_RULES.flatMap((id) => ['--rule', `${id}:warn`]);
    const found = await runJson(['--no-config', ...on, 'r.txt'], dir);
    const fixed = new Set(found.results[0]!.messages.filter((m) => m.fix).map((m) => m.ruleId));
    expect([...fixed].sort()).toEqual([...FIXABLE_RULES].sort());
  });

  describe.each(FIXABLE)('with $name', ({ rules, text: source }) => {
    const variants = [
      { label: 'GB18030 + CRLF', encoding: 'gb18030', bom: false, crlf: true },
      { label: 'UTF-8 BOM + CRLF', encoding: 'utf8', bom: true, crlf: true },
      { label: 'UTF-16LE BOM + LF', encoding: 'utf16le', bom: true, crlf: false },
    ];
    const config = JSON.stringify({ rules: Object.fromEntries(rules.map((rule) => [rule, 'error'])) });

    it.each(variants)('changes only the bytes inside fix spans ($label), and a second run changes nothing', async ({ encoding, bom, crlf }) => {
      const raw = await source();
      const text = crlf ? raw.replace(/\n/g, '\r\n') : raw;
      const original = fileBytes(text, encoding, bom);
      const dir = await tree({ '.reportlintrc.json': config, 'r.txt': original });
      const file = join(dir, 'r.txt');

      const found = await runJson(['r.txt'], dir);
      const fixes = found.results[0]!.messages.flatMap((m) => (m.fix ? [m.fix] : []));
      expect(fixes.length).toBeGreaterThan(0);

      const { code } = await run(['--fix', 'r.txt'], dir);
      expect(code).toBeLessThan(2);
      // Expected bytes, built span by span: untouched text keeps its original bytes.
      const expected: Buffer[] = [];
      let cursor = 0;
      for (const { range, text: replacement } of [...fixes].sort((a, b) => a.range[0] - b.range[0])) {
        expected.push(iconv.encode(text.slice(cursor, range[0]), encoding), iconv.encode(replacement, encoding));
        cursor = range[1];
      }
      expected.push(iconv.encode(text.slice(cursor), encoding));
      const fixed = await readFile(file);
      expect(fixed).toEqual(Buffer.concat([Buffer.from(bom ? BOMS[encoding]! : []), ...expected]));
      expect(await readdir(dir)).toEqual(['.reportlintrc.json', 'r.txt']);

      // None of the fixed findings is reported again, nor any other fixable one.
      const left = await runJson(['r.txt'], dir);
      expect(left.results[0]!.fixableErrorCount).toBe(0);
      expect(left.results[0]!.messages.filter((m) => m.fix)).toEqual([]);
      const first = await stat(file);
      const again = await run(['--fix', 'r.txt'], dir);
      expect(again.code).toBe(code);
      const second = await stat(file);
      expect([second.ino, second.mtimeMs]).toEqual([first.ino, first.mtimeMs]);
      expect(await readFile(file)).toEqual(fixed);
    });

    it('refuses to rewrite GB18030 bytes that would not survive a round trip', async () => {
      const bytes = Buffer.concat([iconv.encode(await source(), 'gb18030'), Buffer.from([0x80, 0x0a])]);
      const dir = await tree({ '.reportlintrc.json': config, 'r.txt': bytes });
      const { code, results } = await runJson(['--fix', 'r.txt'], dir);
      expect(code).toBe(2);
      expect(results[0]!.messages[0]).toMatchObject({ ruleId: null, severity: 2, message: 'Cannot fix r.txt: its gb18030 bytes would not be written back unchanged' });
      expect(await readFile(join(dir, 'r.txt'))).toEqual(bytes);
    });
  });
});
