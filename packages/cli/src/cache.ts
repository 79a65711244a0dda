import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ResolvedConfig } from '@reportlint/core';
import type { FileResult } from './results.js';

export const CACHE_FILE = '.reportlintcache';

interface Entry {
  /** Content hash of the file's bytes. */
  content: string;
  /** Hash of the resolved configuration the file was linted with. */
  config: string;
  result: Omit<FileResult, 'filePath'>;
}

interface CacheFile {
  /** reportlint's version: another version may lint differently, so its entries are dropped. */
  version: string;
  entries: Record<string, Entry>;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

const configHashes = new WeakMap<ResolvedConfig, string>();

/** Everything in a resolved configuration that changes findings: locale, outline profile, rules with severity and options. */
export function configHash(config: ResolvedConfig): string {
  let hash = configHashes.get(config);
  if (!hash) {
    const shape = {
      locale: config.locale,
      profile: config.profile,
      // A rule's own code, so an edited rule is not served stale findings within one version.
      rules: config.rules.map((r) => [r.rule.id, r.severity, r.options, r.rule.meta.messages, String(r.rule.check)]),
    };
    hash = createHash('sha256').update(JSON.stringify(shape)).digest('base64url');
    configHashes.set(config, hash);
  }
  return hash;
}

/** `--cache-location`: a file, or a directory (existing, or written with a trailing slash) to put `.reportlintcache` in. */
export async function cacheFilePath(cwd: string, location: string | undefined): Promise<string> {
  if (location === undefined) return join(cwd, CACHE_FILE);
  const path = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(path, CACHE_FILE);
  try {
    if ((await stat(path)).isDirectory()) return join(path, CACHE_FILE);
  } catch {
    // Not there yet: a file to create.
  }
  return path;
}

/**
 * Findings of unchanged files from earlier runs. An entry is used only when the file's bytes, the
 * resolved configuration and reportlint's version are all the same; files that could not be linted
 * are never cached. A missing, unreadable or foreign cache file is simply an empty cache.
 */
export class LintCache {
  private constructor(
    private readonly file: string,
    private readonly data: CacheFile,
  ) {}

  static async open(file: string, version: string): Promise<LintCache> {
    let data: CacheFile = { version, entries: {} };
    try {
      const read = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
      if (read && read.version === version && typeof read.entries === 'object' && read.entries !== null) data = read;
    } catch {
      // Start afresh.
    }
    return new LintCache(file, data);
  }

  get(path: string, content: string, config: string): FileResult | undefined {
    const entry = this.data.entries[path];
    if (!entry || entry.content !== content || entry.config !== config) return undefined;
    return { filePath: path, ...entry.result };
  }

  set(path: string, content: string, config: string, result: FileResult): void {
    if (result.messages.some((m) => m.fatal)) {
      delete this.data.entries[path];
      return;
    }
    const { filePath: _, ...rest } = result;
    this.data.entries[path] = { content, config, result: rest };
  }

  async save(): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await writeFile(this.file, JSON.stringify(this.data));
  }
}
