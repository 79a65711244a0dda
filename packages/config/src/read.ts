import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isObject, parseJson } from './json.js';
import { errorMessage } from './problem.js';
import type { LoadProblem } from './problem.js';

/** A config object as read, before its keys are checked. */
export type RawConfig = Record<string, unknown>;

export type ReadResult = { ok: true; config: RawConfig } | { ok: false; problem: LoadProblem };

async function importModule(file: string): Promise<unknown> {
  // The query busts Node's module cache, so an edited config is seen after clearConfigCache().
  const { mtimeMs } = await stat(file);
  const module: { default?: unknown } = await import(`${pathToFileURL(file).href}?mtime=${mtimeMs}`);
  return module.default;
}

async function readValue(file: string): Promise<{ value: unknown } | { problem: LoadProblem }> {
  if (/\.m?js$/.test(file)) {
    try {
      return { value: await importModule(file) };
    } catch (error) {
      return { problem: { file, key: '', message: `cannot load: ${errorMessage(error)}` } };
    }
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { problem: { file, key: '', message: `cannot read: ${errorMessage(error)}` } };
  }
  const json = parseJson(text);
  if (!json.ok) return { problem: { file, key: '', message: json.message, line: json.line, column: json.column } };
  return { value: basename(file) === 'package.json' && isObject(json.value) ? json.value['reportlint'] : json.value };
}

/** Reads `.reportlintrc[.json]`, `reportlint.config.{js,mjs}` (default export) or `package.json#reportlint`. */
export async function readConfigFile(file: string): Promise<ReadResult> {
  const read = await readValue(file);
  if ('problem' in read) return { ok: false, problem: read.problem };
  if (!isObject(read.value)) {
    const key = basename(file) === 'package.json' ? 'reportlint' : '';
    return { ok: false, problem: { file, key, message: 'configuration must be an object' } };
  }
  return { ok: true, config: read.value };
}
