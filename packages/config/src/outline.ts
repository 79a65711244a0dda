import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseJson } from './json.js';
import { errorMessage } from './problem.js';
import type { LoadProblem } from './problem.js';

/** Built-in profile ids are plain words; anything with a slash or a .json ending is a file. */
function isPath(outline: string): boolean {
  return /[\\/]/.test(outline) || /\.json$/i.test(outline);
}

/**
 * Turns `outline` given as a path (relative to the config file) into the profile object that
 * resolveConfig validates; ids and objects pass through.
 */
export async function loadOutline(outline: unknown, configFile: string): Promise<{ outline?: unknown; problem?: LoadProblem }> {
  if (typeof outline !== 'string' || !isPath(outline)) return { outline };
  const file = resolve(dirname(configFile), outline);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { problem: { file: configFile, key: 'outline', message: `cannot read the outline profile: ${errorMessage(error)}` } };
  }
  const json = parseJson(text);
  if (!json.ok) return { problem: { file, key: '', message: json.message, line: json.line, column: json.column } };
  return { outline: json.value };
}
