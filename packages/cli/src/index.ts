export { main } from './main.js';
export type { CliIo } from './main.js';
export { getFormatter, registerFormatter, formatterNames } from './formatters/index.js';
export type { Formatter, FormatContext } from './formatters/index.js';
export type { FileResult } from './results.js';
