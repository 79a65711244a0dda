import type { FileResult } from '../results.js';

export interface FormatContext {
  /** Paths are shown relative to it where a formatter shows them for people. */
  cwd: string;
  color: boolean;
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;
