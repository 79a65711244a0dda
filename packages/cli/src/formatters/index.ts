import { github, githubFile } from './github.js';
import { json, jsonFile } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { buffered, formatAll } from './types.js';
import type { FileRenderer } from './render.js';
import type { Formatter, StreamFormatter } from './types.js';

export type { Formatter, FormatContext, FormatStream, ReportChunk, StreamFormatter } from './types.js';

/** Open by name: plugins and embedders may register more. */
const formatters = new Map<string, StreamFormatter>([
  ['stylish', stylish],
  ['json', json],
  ['sarif', sarif],
  ['github', github],
  ['junit', junit],
]);

/**
 * Built-in formats whose text for a file depends on that file alone, so a worker thread can render it
 * (see render.ts); their stream formatters write `result.rendered` when it is there.
 */
const fileRenderers = new Map<string, FileRenderer>([
  ['json', jsonFile],
  ['github', githubFile],
]);

/** How a worker thread renders one file in this format, if it can. */
export function getFileRenderer(name: string): FileRenderer | undefined {
  return fileRenderers.get(name);
}

/** A formatter for a whole run (the built-ins stream; this is the same output in one string). */
export function getFormatter(name: string): Formatter | undefined {
  const stream = formatters.get(name);
  return stream && formatAll(stream);
}

export function getStreamFormatter(name: string): StreamFormatter | undefined {
  return formatters.get(name);
}

/** A whole-run formatter registered here keeps every result until the end; built-ins write as files finish. */
export function registerFormatter(name: string, formatter: Formatter): void {
  formatters.set(name, buffered(formatter));
  // It formats the findings themselves: threads must send them.
  fileRenderers.delete(name);
}

export function formatterNames(): string[] {
  return [...formatters.keys()];
}
