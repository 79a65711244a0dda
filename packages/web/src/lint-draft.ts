import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import type { Locale } from '@reportlint/core';
import { DecodeError, decodeSource } from '@reportlint/parser';
import { builtinPlugin, rules } from '@reportlint/rules';

/** A draft as the page gets it: the bytes of a chosen file (its name tells .md and .docx apart), or the text typed in. */
export interface DraftInput {
  bytes: Uint8Array;
  name: string;
}

export interface DraftOptions {
  preset: 'recommended' | 'strict';
  locale: Locale;
}

/** One finding, as the page lists it: where (1-based line and column, and UTF-16 offsets into `text`), how bad, what. */
export interface PageFinding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
  severity: 'error' | 'warn';
  ruleId: string;
  message: string;
  /** The rule's documentation. */
  url: string;
}

/** The decoded text (a Word document's as Word saves it as plain text) and its findings, or why the file cannot be read. */
export type DraftResult = { ok: true; text: string; findings: PageFinding[] } | { ok: false; cause: string };

const registry = createRegistry([builtinPlugin]);
const docs = new Map(rules.map((r) => [r.id, r.url]));

/**
 * Lints one draft with a built-in preset, as `reportlint --no-config` (or `-c` a config extending strict)
 * does: the same decoding (UTF-8, GB18030, UTF-16, .docx), the same rules, the same findings. Pure: it
 * runs in the page, so the draft never leaves the machine.
 */
export function lintDraft(input: DraftInput, options: DraftOptions): DraftResult {
  let source;
  try {
    source = decodeSource(input.bytes, { path: input.name });
  } catch (error) {
    if (error instanceof DecodeError) return { ok: false, cause: error.message };
    throw error;
  }
  const { config, problems } = resolveConfig({ extends: options.preset, locale: options.locale }, registry);
  // Built-in presets always resolve; a problem here is a bug of the page, not of the draft.
  if (problems.length > 0) throw new Error(`preset ${options.preset}: ${problems.map((p) => p.message).join('; ')}`);
  const findings = lint(source, config).messages.map(
    (m): PageFinding => ({
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      start: m.offset,
      end: m.endOffset,
      severity: m.severity === 2 ? 'error' : 'warn',
      ruleId: m.ruleId ?? '',
      message: m.message,
      url: docs.get(m.ruleId ?? '') ?? '',
    }),
  );
  return { ok: true, text: source.text, findings };
}
