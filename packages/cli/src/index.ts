export { main } from './main.js';
export type { CliIo } from './main.js';
export { getFormatter, getStreamFormatter, registerFormatter, formatterNames } from './formatters/index.js';
export type { Formatter, FormatContext, FormatStream, ReportChunk, StreamFormatter } from './formatters/index.js';
export type { FileResult } from './results.js';
export type { ReportFacts, PartPresence } from './report-facts.js';
