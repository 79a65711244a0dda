import { writeSync } from 'node:fs';
import { mkdir, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { chunkText } from './formatters/types.js';
import type { ReportChunk } from './formatters/types.js';
import { tempPathBeside } from './write.js';

const LINE_FEED = 0x0a;

/** A file written under a temporary name and renamed over its target when complete. */
interface Replacement {
  temp: string;
  target: string;
}

/** The absolute path of --output-file, its directory made when missing. */
async function outputPath(path: string, cwd: string): Promise<string> {
  const file = resolve(cwd, path);
  await mkdir(dirname(file), { recursive: true });
  return file;
}

/**
 * Where the report goes as it is written: standard output, or --output-file (opened before linting,
 * so a path that cannot be written is reported before any work). A report that does not end with a
 * line break gets one.
 */
export class ReportWriter {
  /** Whether what was written last does not end its line. */
  private lineOpen = false;
  /**
   * The text after the last line break written so far, held back when standard output shares a
   * terminal with a progress bar, so the bar is only ever erased and redrawn between whole lines.
   */
  private pending = '';

  private constructor(
    private readonly stdout: ((chunk: ReportChunk) => void | Promise<void>) | undefined,
    private readonly handle: FileHandle | undefined,
    private readonly around?: { before(): void; after(): void },
    private readonly replacement?: Replacement,
  ) {}

  /**
   * `around` runs before and after each write of whole lines (a progress bar on the same terminal
   * erases and redraws itself). Without it, text goes straight through: a JSON report is one long
   * line, and holding it back would hold the whole report in memory.
   */
  static toStdout(stdout: (chunk: ReportChunk) => void | Promise<void>, around?: { before(): void; after(): void }): ReportWriter {
    return new ReportWriter(stdout, undefined, around);
  }

  /** Throws the file system's error when the file cannot be created. */
  static async toFile(path: string, cwd: string): Promise<ReportWriter> {
    return new ReportWriter(undefined, await open(await outputPath(path, cwd), 'w'));
  }

  /**
   * Like `toFile`, but the report takes the file's place only when `close` is called: until then,
   * and after `abort`, the file is as it was. For a report that is complete or worthless (the
   * summary), not one that a reader follows as it grows.
   */
  static async replacingFile(path: string, cwd: string): Promise<ReportWriter> {
    const file = await outputPath(path, cwd);
    // Through a symbolic link, as writing to it would; a directory is refused now, not after the run.
    const target = await realpath(file).catch(() => file);
    const existing = await stat(target).catch(() => undefined);
    if (existing?.isDirectory()) throw Object.assign(new Error(`${target} is a directory`), { code: 'EISDIR' });
    const temp = tempPathBeside(target);
    // The file it replaces keeps its permissions, as with --fix (writeFileAtomic).
    return new ReportWriter(undefined, await open(temp, 'wx', existing?.mode), undefined, { temp, target });
  }

  async write(chunk: ReportChunk): Promise<void> {
    if (chunk.length === 0) return;
    this.lineOpen = typeof chunk === 'string' ? !chunk.endsWith('\n') : chunk[chunk.length - 1] !== LINE_FEED;
    if (this.handle) {
      // Synchronous: awaiting each file's write through libuv's pool left the linting thread idle
      // a tenth of a corpus run, and a report file is written to the page cache in microseconds.
      if (typeof chunk === 'string') writeSync(this.handle.fd, chunk);
      else writeSync(this.handle.fd, chunk);
      return;
    }
    if (!this.around) {
      await this.stdout!(chunk);
      return;
    }
    const text = chunkText(chunk);
    // Only the new text is searched for a line break: searching all that is held back made a
    // one-line report quadratic.
    const end = text.lastIndexOf('\n');
    if (end < 0) {
      this.pending += text;
      return;
    }
    const lines = this.pending + text.slice(0, end + 1);
    this.pending = text.slice(end + 1);
    this.around.before();
    const taken = this.stdout!(lines);
    this.around.after();
    await taken;
  }

  async close(): Promise<void> {
    if (this.lineOpen) await this.write('\n');
    await this.handle?.close();
    if (this.replacement) await rename(this.replacement.temp, this.replacement.target);
  }

  /** After a failure: closes without finishing; a file being replaced is left as it was. */
  async abort(): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    if (this.replacement) await unlink(this.replacement.temp).catch(() => undefined);
  }
}
