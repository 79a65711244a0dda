import { parse, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** "InvalidSymbol" → "invalid symbol". */
function describe(error: ParseError): string {
  return printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/**
 * Strict JSON with the position of the first syntax error: JSON.parse names no line and,
 * for some errors, no position at all.
 */
export function parseJson(text: string): JsonResult {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { ok: true, value };
  return { ok: false, message: `invalid JSON: ${describe(first)}`, ...lineColumn(text, first.offset) };
}
