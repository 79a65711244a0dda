import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runJson, seed, tree } from './helpers.js';

interface CacheFile {
  version: string;
  entries: Record<string, { content: string; config: string; result: { messages: Array<{ message: string }> } }>;
}

const readCache = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as CacheFile;

/** Marks every cached finding, so a run that reuses the cache shows the mark. */
async function markCache(file: string): Promise<void> {
  const cache = await readCache(file);
  for (const entry of Object.values(cache.entries)) for (const m of entry.result.messages) m.message = `CACHED ${m.message}`;
  await writeFile(file, JSON.stringify(cache));
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
    await writeFile(cacheFile, JSON.stringify({ ...(await readCache(cacheFile)), version: '0.0.0-other' }));
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
});
