import { createReadStream, writeSync } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { ReportWriter } from '../report-writer.js';
import { tempPathBeside } from '../write.js';

/**
 * A temporary file that the reports' findings are written to as they are linted, and copied from
 * into the summary at the end: the summary's memory then grows with its rows, not with the findings
 * (about 100 MB of HTML for the 2,000-report corpus).
 */
export class Spool {
  private constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  /** A new hidden file beside `near` (the output file, or a name in the system's temporary directory). */
  static async create(near: string): Promise<Spool> {
    const path = tempPathBeside(near);
    return new Spool(path, await open(path, 'wx'));
  }

  /** Synchronous for the reason `ReportWriter.write` is: the linting thread is not kept waiting. */
  write(text: string): void {
    writeSync(this.handle.fd, text);
  }

  /** Everything written so far, in pieces, into `out`. */
  async copyTo(out: ReportWriter): Promise<void> {
    // Decoded as a stream, so that a character cut between two chunks is joined again.
    for await (const chunk of createReadStream(this.path, { encoding: 'utf8', highWaterMark: 1 << 20 })) await out.write(chunk as string);
  }

  /** However the run ended. */
  async remove(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await unlink(this.path).catch(() => undefined);
  }
}
