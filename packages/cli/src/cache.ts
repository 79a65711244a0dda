import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ResolvedConfig } from '@reportlint/core';
import type { FileResult } from './results.js';
import { tempPathBeside } from './write.js';

const CACHE_FILE = '.reportlintcache';

/**
 * The cache file is JSON Lines: a header line, then one line per file,
 * `["path","content hash","config hash"]` TAB `{result}`. JSON never writes a raw tab, so the key is
 * read without parsing the findings; they are read from disk only for a file that is unchanged. The
 * file is never loaded whole: on 2,000 reports it holds 100 MB of findings.
 */
const FORMAT = 2;

interface Header {
  'reportlint-cache': number;
  /** reportlint's version: another version may lint differently, so its entries are dropped. */
  version: string;
}

type Key = [path: string, content: string, config: string];

const HEADER_PREFIX = `{"reportlint-cache":${FORMAT},`;

/** Where a file's findings are in the old cache file. */
interface Entry {
  /** Content hash of the file's bytes. */
  content: string;
  /** Hash of the resolved configuration the file was linted with. */
  config: string;
  /** Byte offset and length of the whole line, key included, without its line break. */
  start: number;
  length: number;
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

const NEWLINE = 0x0a;
const TAB = 0x09;
const CHUNK = 1 << 20;

/** Calls `line` with each line of an open file and its byte offset, reading a megabyte at a time. */
function forEachLine(fd: number, line: (bytes: Buffer, start: number) => boolean): void {
  let carried = Buffer.alloc(0);
  let carriedStart = 0;
  const chunk = Buffer.allocUnsafe(CHUNK);
  for (let position = 0; ; ) {
    const read = readSync(fd, chunk, 0, CHUNK, position);
    if (read === 0) break;
    position += read;
    const bytes = carried.length > 0 ? Buffer.concat([carried, chunk.subarray(0, read)]) : chunk.subarray(0, read);
    let from = 0;
    for (let end = bytes.indexOf(NEWLINE); end >= 0; end = bytes.indexOf(NEWLINE, from)) {
      if (!line(bytes.subarray(from, end), carriedStart + from)) return;
      from = end + 1;
    }
    carriedStart += from;
    // Copied: `chunk` is overwritten by the next read.
    carried = Buffer.from(bytes.subarray(from));
  }
  if (carried.length > 0) line(carried, carriedStart);
}

/** The entries of a cache file written by this version, or none when it is missing, foreign or corrupt. */
function readIndex(fd: number, version: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  // Looked at first, so that a foreign file (an older cache was one long line) is not read through.
  const prefix = Buffer.from(HEADER_PREFIX);
  if (!readBytes(fd, 0, prefix.length).equals(prefix)) return entries;
  let header = true;
  forEachLine(fd, (bytes, start) => {
    try {
      if (header) {
        header = false;
        const read = JSON.parse(bytes.toString('utf8')) as Partial<Header>;
        return read['reportlint-cache'] === FORMAT && read.version === version;
      }
      const tab = bytes.indexOf(TAB);
      const [path, content, config] = JSON.parse(bytes.toString('utf8', 0, tab)) as Key;
      entries.set(path, { content, config, start, length: bytes.length });
      return true;
    } catch {
      entries.clear();
      return false;
    }
  });
  return entries;
}

/** Up to `length` bytes from `start` (fewer at the end of the file). */
function readBytes(fd: number, start: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  for (let read = 1; done < length && read > 0; done += read) read = readSync(fd, bytes, done, length - done, start + done);
  return bytes.subarray(0, done);
}

/**
 * Findings of unchanged files from earlier runs. An entry is used only when the file's bytes, the
 * resolved configuration and reportlint's version are all the same; files that could not be linted
 * are never cached. A missing, unreadable or foreign cache file is simply an empty cache.
 *
 * New findings are written to a temporary file as files are linted; `save` adds the entries still
 * valid from the old file and renames it over the old one, so memory does not grow with the corpus
 * and an interrupted run leaves the old cache as it was.
 */
export class LintCache {
  /** Paths whose old entry is replaced or dropped: not carried over to the new file. */
  private readonly superseded = new Set<string>();
  private readonly temporary: string;
  private out: number | undefined;
  /** Why the new file could not be written: the run goes on, and `save` reports it. */
  private failure: unknown;

  private constructor(
    private readonly file: string,
    private readonly version: string,
    private old: { fd: number; entries: Map<string, Entry> } | undefined,
  ) {
    this.temporary = tempPathBeside(file);
  }

  static async open(file: string, version: string): Promise<LintCache> {
    let old: { fd: number; entries: Map<string, Entry> } | undefined;
    try {
      if (statSync(file).isFile()) {
        const fd = openSync(file, 'r');
        try {
          old = { fd, entries: readIndex(fd, version) };
        } catch (error) {
          closeSync(fd);
          throw error;
        }
      }
    } catch {
      // Missing or unreadable: start afresh.
    }
    return new LintCache(file, version, old);
  }

  get(path: string, content: string, config: string): FileResult | undefined {
    const entry = this.old?.entries.get(path);
    if (!entry || entry.content !== content || entry.config !== config) return undefined;
    const line = readBytes(this.old!.fd, entry.start, entry.length);
    try {
      const result = JSON.parse(line.toString('utf8', line.indexOf(TAB) + 1)) as Omit<FileResult, 'filePath'>;
      return { filePath: path, ...result };
    } catch {
      this.superseded.add(path);
      return undefined;
    }
  }

  set(path: string, content: string, config: string, result: FileResult): void {
    this.superseded.add(path);
    if (result.messages.some((m) => m.fatal)) return;
    // A cached file is not linted again: its time would tell nothing about the next run.
    const { filePath: _, timings: __, ...rest } = result;
    this.write(`${JSON.stringify([path, content, config] satisfies Key)}\t${JSON.stringify(rest)}\n`);
  }

  /** Writes the new cache file: this run's entries, then the old ones still valid. Throws when it cannot. */
  async save(): Promise<void> {
    this.write('');
    for (const [path, entry] of this.old?.entries ?? []) {
      if (!this.superseded.has(path)) this.write(readBytes(this.old!.fd, entry.start, entry.length), '\n');
    }
    if (this.failure !== undefined) {
      this.discard();
      throw this.failure;
    }
    this.closeFiles();
    try {
      renameSync(this.temporary, this.file);
    } catch (error) {
      // A directory where the cache file should be, say: the old cache stays, the new one goes.
      rmSync(this.temporary, { force: true });
      throw error;
    }
  }

  /** Leaves the old cache as it was (a run that did not finish). */
  discard(): void {
    this.closeFiles();
    rmSync(this.temporary, { force: true });
  }

  private write(...parts: Array<string | Buffer>): void {
    if (this.failure !== undefined) return;
    try {
      if (this.out === undefined) {
        // Next to the cache file, so that renaming it over the old one is atomic.
        mkdirSync(dirname(this.file), { recursive: true });
        this.out = openSync(this.temporary, 'w');
        const header: Header = { 'reportlint-cache': FORMAT, version: this.version };
        writeSync(this.out, `${JSON.stringify(header)}\n`);
      }
      for (const part of parts) if (part.length > 0) writeSync(this.out, typeof part === 'string' ? Buffer.from(part) : part);
    } catch (error) {
      this.failure = error;
    }
  }

  private closeFiles(): void {
    if (this.out !== undefined) closeSync(this.out);
    if (this.old) closeSync(this.old.fd);
    this.out = undefined;
    this.old = undefined;
  }
}
