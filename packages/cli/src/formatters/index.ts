import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatContext } from './types.js';

/** Open by name: sarif, github and junit formatters register here when they come. */
const formatters = new Map<string, Formatter>([
  ['stylish', stylish],
  ['json', json],
]);

export function getFormatter(name: string): Formatter | undefined {
  return formatters.get(name);
}

export function registerFormatter(name: string, formatter: Formatter): void {
  formatters.set(name, formatter);
}

export function formatterNames(): string[] {
  return [...formatters.keys()];
}
