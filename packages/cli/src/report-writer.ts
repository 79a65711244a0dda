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
  /** Standard output gets whole lines only, so a progress bar on the same terminal can be erased first. */
  private pending = '';

  private constructor(
    private readonly stdout: ((text: string) => void) | undefined,
    private readonly handle: FileHandle | undefined,
    private readonly around: { before(): void; after(): void } = { before: () => undefined, after: () => undefined },
  ) {}

  /** `around` runs before and after each write to standard output (a progress bar erases and redraws itself). */
  static toStdout(stdout: (text: string) => void, around?: { before(): void; after(): void }): ReportWriter {
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
    this.pending += text;
    const end = this.pending.lastIndexOf('\n');
    if (end < 0) return;
    this.around.before();
    this.stdout!(this.pending.slice(0, end + 1));
    this.pending = this.pending.slice(end + 1);
    this.around.after();
  }

  async close(): Promise<void> {
    if (this.last !== '' && !this.last.endsWith('\n')) await this.write('\n');
    await this.handle?.close();
  }
}
