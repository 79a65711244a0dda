import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isObject, parseJson } from './json.js';

/** Looked for in this order in each directory; the first present wins. Editors watch these names. */
export const CONFIG_FILE_NAMES = [
  '.reportlintrc.json',
  '.reportlintrc',
  'reportlint.config.js',
  'reportlint.config.mjs',
  'package.json',
] as const;

const found = new Map<string, Promise<string | undefined>>();

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** A package.json counts only when it has a `reportlint` key; an unparsable one is not ours to judge. */
async function hasReportlintKey(file: string): Promise<boolean> {
  const text = await readText(file);
  if (text === undefined) return false;
  const json = parseJson(text);
  return json.ok && isObject(json.value) && Object.hasOwn(json.value, 'reportlint');
}

async function configIn(dir: string): Promise<string | undefined> {
  for (const name of CONFIG_FILE_NAMES) {
    const file = join(dir, name);
    if (name === 'package.json' ? await hasReportlintKey(file) : await isFile(file)) return file;
  }
  return undefined;
}

/**
 * The nearest configuration file from `dir` up to the filesystem root. Results are cached per
 * directory for the life of the process (the language server calls `clearConfigCache` on change).
 */
export function findConfigFile(dir: string): Promise<string | undefined> {
  const abs = resolve(dir);
  let result = found.get(abs);
  if (!result) {
    const parent = dirname(abs);
    result = configIn(abs).then((file) => file ?? (parent === abs ? undefined : findConfigFile(parent)));
    found.set(abs, result);
  }
  return result;
}

export function clearFoundConfigFiles(): void {
  found.clear();
}
