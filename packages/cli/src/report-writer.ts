import { writeSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Where the report goes as it is written: standard output, or --output-file (opened before linting,
 * so a path that cannot be written is reported before any work). A report that does not end with a
 * line break gets one.
 */
export class ReportWriter {
  private last = '';
  /**
   * The text after the last line break written so far, held back when standard output shares a
   * terminal with a progress bar, so the bar is only ever erased and redrawn between whole lines.
   */
  private pending = '';

  private constructor(
    private readonly stdout: ((text: string) => void | Promise<void>) | undefined,
    private readonly handle: FileHandle | undefined,
    private readonly around?: { before(): void; after(): void },
  ) {}

  /**
   * `around` runs before and after each write of whole lines (a progress bar on the same terminal
   * erases and redraws itself). Without it, text goes straight through: a JSON report is one long
   * line, and holding it back would hold the whole report in memory.
   */
  static toStdout(stdout: (text: string) => void | Promise<void>, around?: { before(): void; after(): void }): ReportWriter {
    return new ReportWriter(stdout, undefined, around);
  }

  /** Throws the file system's error when the file cannot be created. */
  static async toFile(path: string, cwd: string): Promise<ReportWriter> {
    const file = resolve(cwd, path);
    await mkdir(dirname(file), { recursive: true });
    return new ReportWriter(undefined, await open(file, 'w'));
  }

  async write(text: string): Promise<void> {
    if (text === '') return;
    this.last = text;
    if (this.handle) {
      // Synchronous: awaiting each file's write through libuv's pool left the linting thread idle
      // a tenth of a corpus run, and a report file is written to the page cache in microseconds.
      writeSync(this.handle.fd, text);
      return;
    }
    if (!this.around) {
      await this.stdout!(text);
      return;
    }
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
    if (this.last !== '' && !this.last.endsWith('\n')) await this.write('\n');
    await this.handle?.close();
  }
}
