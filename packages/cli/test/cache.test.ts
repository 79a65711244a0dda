import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runJson, seed, tree } from './helpers.js';

interface Entry {
  content: string;
  config: string;
  result: { messages: Array<{ message: string }> };
}

interface CacheFile {
  header: { 'reportlint-cache': number; version: string };
  entries: Record<string, Entry>;
}

/** The cache file: a header line, then `["path","content","config"]` TAB `{result}` per file. */
async function readCache(file: string): Promise<CacheFile> {
  const [header, ...lines] = (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '');
  const entries: Record<string, Entry> = {};
  for (const line of lines) {
    const tab = line.indexOf('\t');
    const [path, content, config] = JSON.parse(line.slice(0, tab)) as [string, string, string];
    entries[path] = { content, config, result: JSON.parse(line.slice(tab + 1)) as Entry['result'] };
  }
  return { header: JSON.parse(header!) as CacheFile['header'], entries };
}

async function writeCache(file: string, cache: CacheFile): Promise<void> {
  const lines = Object.entries(cache.entries).map(([path, e]) => `${JSON.stringify([path, e.content, e.config])}\t${JSON.stringify(e.result)}`);
  await writeFile(file, [JSON.stringify(cache.header), ...lines, ''].join('\n'));
}

/** Marks every cached finding, so a run that reuses the cache shows the mark. */
async function markCache(file: string): Promise<void> {
  const cache = await readCache(file);
  for (const entry of Object.values(cache.entries)) for (const m of entry.result.messages) m.message = `CACHED ${m.message}`;
  await writeCache(file, cache);
}

const fromCache = (results: Array<{ messages: Array<{ message: string }> }>) => results.map((r) => r.messages.length > 0 && r.messages.every((m) => m.message.startsWith('CACHED ')));

describe('--cache', () => {
  it('reuses findings for unchanged files and relints changed content, config or version', async () => {
    const dir = await tree({ 'a.txt': await seed(0), 'b.txt': await seed(2) });
    const cacheFile = join(dir, '.reportlintcache');
    const first = await runJson(['--cache', '.'], dir);
    const cache = await readCache(cacheFile);
    expect(Object.keys(cache.entries).sort()).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    await markCache(cacheFile);

    const second = await runJson(['--cache', '.'], dir);
    expect(fromCache(second.results)).toEqual([true, true]);
    expect(second.code).toBe(first.code);

    // Changed content: relinted; the other file still from the cache.
    await writeFile(join(dir, 'b.txt'), `${await seed(2)}\n`);
    expect(fromCache((await runJson(['--cache', '.'], dir)).results)).toEqual([true, false]);

    // Another configuration: relinted.
    expect(fromCache((await runJson(['--cache', '--rule', 'punctuation-width:error', '.'], dir)).results)).toEqual([false, false]);

    // Another version of reportlint: the whole cache is dropped.
    await markCache(cacheFile);
    const marked = await readCache(cacheFile);
    await writeCache(cacheFile, { ...marked, header: { ...marked.header, version: '0.0.0-other' } });
    expect(fromCache((await runJson(['--cache', '.'], dir)).results)).toEqual([false, false]);

    // Without --cache, the cache is neither read nor needed.
    await markCache(cacheFile);
    expect(fromCache((await runJson(['.'], dir)).results)).toEqual([false, false]);
  });

  it('never caches a file that could not be linted, and survives a corrupt cache file', async () => {
    const dir = await tree({ 'empty.txt': '', '.reportlintcache': '{not json' });
    const { code } = await runJson(['--cache', '.'], dir);
    expect(code).toBe(2);
    expect((await readCache(join(dir, '.reportlintcache'))).entries).toEqual({});
  });

  it('writes where --cache-location says: a file, or a directory', async () => {
    const dir = await tree({ 'a.txt': await seed(4), 'caches/.keep': '' });
    await run(['--cache', '--cache-location', 'custom.json', 'a.txt'], dir);
    expect(Object.keys((await readCache(join(dir, 'custom.json'))).entries)).toEqual([join(dir, 'a.txt')]);
    await run(['--cache', '--cache-location', 'caches', 'a.txt'], dir);
    await run(['--cache', '--cache-location', 'new/', 'a.txt'], dir);
    expect(Object.keys((await readCache(join(dir, 'caches/.reportlintcache'))).entries)).toHaveLength(1);
    expect(Object.keys((await readCache(join(dir, 'new/.reportlintcache'))).entries)).toHaveLength(1);
    const usage = await run(['--cache-location', 'x', 'a.txt'], dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--cache-location needs --cache/);
  });

  it('with --fix, relints cached files that still have fixable findings, and caches the fixed content', async () => {
    const dir = await tree({ '.reportlintrc.json': JSON.stringify({ rules: { 'punctuation-width': 'warn' } }), 'a.txt': await seed(0) });
    const before = await runJson(['--cache', 'a.txt'], dir);
    expect(before.results[0]!.fixableWarningCount).toBeGreaterThan(0);
    await run(['--cache', '--fix', 'a.txt'], dir);
    const fixed = await readFile(join(dir, 'a.txt'), 'utf8');
    expect(fixed).not.toBe(await seed(0));
    await markCache(join(dir, '.reportlintcache'));
    const after = await runJson(['--cache', 'a.txt'], dir);
    expect(after.results[0]!.fixableWarningCount).toBe(0);
  });

  it('keeps the entries of files this run did not lint, and relints a file whose entry is damaged', async () => {
    const dir = await tree({ 'a.txt': await seed(0), 'b.txt': await seed(2), 'c.txt': await seed(4) });
    const cacheFile = join(dir, '.reportlintcache');
    await run(['--cache', '.'], dir);
    await markCache(cacheFile);
    // Only a.txt this time: b.txt's and c.txt's entries stay for the next full run.
    expect(fromCache((await runJson(['--cache', 'a.txt'], dir)).results)).toEqual([true]);
    expect(Object.keys((await readCache(cacheFile)).entries).sort()).toEqual(['a.txt', 'b.txt', 'c.txt'].map((f) => join(dir, f)));

    const text = await readFile(cacheFile, 'utf8');
    const bLine = text.split('\n').find((line) => line.startsWith(JSON.stringify([join(dir, 'b.txt')]).slice(0, -1)))!;
    await writeFile(cacheFile, text.replace(bLine, bLine.slice(0, -20)));
    expect(fromCache((await runJson(['--cache', '.'], dir)).results)).toEqual([true, false, true]);
    expect(Object.keys((await readCache(cacheFile)).entries)).toHaveLength(3);
  });

  it('replaces a cache file of another format, and reports a cache it cannot write without failing the run', async () => {
    const dir = await tree({ 'a.txt': await seed(0), '.reportlintcache': JSON.stringify({ version: '1', entries: {} }) });
    const plain = await runJson(['.'], dir);
    await run(['--cache', '.'], dir);
    expect(Object.keys((await readCache(join(dir, '.reportlintcache'))).entries)).toEqual([join(dir, 'a.txt')]);

    // A cache "directory" below a file cannot be made.
    const blocked = await runJson(['--cache', '--cache-location', 'a.txt/cache', 'a.txt'], dir);
    expect(blocked.stderr).toMatch(/^reportlint: cannot write the cache: /m);
    expect(blocked.code).toBe(plain.code);
    expect(blocked.results[0]!.messages).toEqual(plain.results[0]!.messages);
    expect((await readdir(dir)).filter((name) => name.endsWith('.reportlint-tmp'))).toEqual([]);
  });

  it('leaves no temporary file when the cache cannot take its place', async () => {
    // A directory where the cache file should be: every run says so, and nothing piles up beside it.
    const dir = await tree({ 'a.txt': await seed(0), '.reportlintcache/keep': '' });
    for (let run = 0; run < 2; run++) {
      const { stderr } = await runJson(['--cache', 'a.txt'], dir);
      expect(stderr).toMatch(/^reportlint: cannot write the cache: /m);
    }
    expect((await readdir(dir)).filter((name) => name.endsWith('.reportlint-tmp'))).toEqual([]);
  });
});
