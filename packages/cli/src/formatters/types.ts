import type { Locale, Rule } from '@reportlint/core';
import type { FileResult } from '../results.js';

export interface FormatContext {
  /** Paths are shown relative to it where a formatter shows them for people. */
  cwd: string;
  color: boolean;
  /**
   * Every rule enabled for at least one linted file, by id (SARIF and JUnit list them). While a run
   * streams, it holds at least the rules of every file handed to the formatter so far.
   */
  rules?: ReadonlyMap<string, Rule<any>>;
  /** Language of rule descriptions. */
  locale?: Locale;
  /** reportlint's version, for formats that name the tool. */
  version?: string;
}

/** A formatter for a whole run at once: what plugins register. */
export type Formatter = (results: FileResult[], context: FormatContext) => string;

/**
 * A piece of the report: text, or the UTF-8 bytes of one file's text as a worker thread rendered it
 * (render.ts), written as they came.
 */
export type ReportChunk = string | Uint8Array;

/** The text of a piece of the report. */
export function chunkText(chunk: ReportChunk): string {
  return typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8');
}

/**
 * A formatter that writes as files finish, so a run over thousands of files holds one file's
 * findings at a time: `file` returns the text for one file (in order), `end` what follows the last.
 */
export interface FormatStream {
  file(result: FileResult): ReportChunk;
  end(): string;
}

export type StreamFormatter = (context: FormatContext) => FormatStream;

/** The whole-run formatter of a streaming one. */
export function formatAll(stream: StreamFormatter): Formatter {
  return (results, context) => {
    const s = stream(context);
    return results.map((r) => chunkText(s.file(r))).join('') + s.end();
  };
}

/** A streaming face for a whole-run formatter: it keeps the results and formats them at the end. */
export function buffered(formatter: Formatter): StreamFormatter {
  return (context) => {
    const results: FileResult[] = [];
    return {
      file: (result) => {
        results.push(result);
        return '';
      },
      end: () => formatter(results, context),
    };
  };
}
