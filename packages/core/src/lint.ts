import { parseReport } from '@reportlint/parser';
import type { ReportTree, Source } from '@reportlint/parser';
import type { ResolvedConfig } from './config.js';
import { applyFixes, mergeEdits } from './fix.js';
import { messageFormatter } from './messages.js';
import { isSuppressed, suppressionRanges } from './suppress.js';
import type { LintMessage, LintResult, ReportDescriptor } from './types.js';

/**
 * Milliseconds spent, summed over the files linted with it: by each rule (keyed by rule id) and by the
 * parser (keyed PARSER_TIMING). Work the parser leaves to be done on first use (a report's figures,
 * its joined text) is counted for the first rule that asks for it.
 */
export type Timings = Map<string, number>;

/** The parser's key in `Timings`; the parentheses keep it apart from every rule id. */
export const PARSER_TIMING = '(parser)';

function addTime(timings: Timings, key: string, since: number): void {
  timings.set(key, (timings.get(key) ?? 0) + performance.now() - since);
}

/**
 * The one entry point of the CLI and the language server (browser-safe, for an in-browser page too).
 * With `timings`, the time of the parser and of each rule is added to it (the CLI's TIMING report).
 */
export function lint(source: Source, config: ResolvedConfig, timings?: Timings): LintResult {
  const started = timings ? performance.now() : 0;
  const tree = parseReport(source, config.profile);
  if (timings) addTime(timings, PARSER_TIMING, started);
  return lintTree(tree, config, timings);
}

export function lintTree(tree: ReportTree, config: ResolvedConfig, timings?: Timings): LintResult {
  const text = tree.source.text;
  const messages: LintMessage[] = [];
  const format = messageFormatter(config.locale);
  for (const { rule, severity, options } of config.rules) {
    const report = (d: ReportDescriptor): void => {
      const template = rule.meta.messages[d.messageId];
      if (!template) throw new Error(`rule ${rule.id} reported unknown messageId "${d.messageId}"`);
      const start = Math.max(0, Math.min(d.start, text.length));
      const end = Math.max(start, Math.min(d.end, text.length));
      const from = tree.point(start);
      // Most findings lie within a line: their end's point is read off their start's, without a second search.
      const to = withinLine(text, start, end) ? { line: from.line, column: from.column + end - start } : tree.point(end);
      const fix = mergeEdits(text, d.fix);
      const capped = template.severity === 'warn' || severity === 'warn';
      const message: LintMessage = {
        ruleId: rule.id,
        severity: capped ? 1 : 2,
        message: format(template, d.data),
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        messageId: d.messageId,
        offset: start,
        endOffset: end,
      };
      if (fix) message.fix = fix;
      messages.push(message);
    };
    const started = timings ? performance.now() : 0;
    try {
      rule.check(tree, { options, profile: config.profile, report });
    } catch (error) {
      // A rule must never take the run down: its crash is reported as a fatal finding of that rule.
      messages.push({
        ruleId: rule.id,
        severity: 2,
        fatal: true,
        message: `rule ${rule.id} failed: ${error instanceof Error ? error.message : String(error)}`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        offset: 0,
        endOffset: 0,
      });
    }
    if (timings) addTime(timings, rule.id, started);
  }
  // Most reports carry no directive: no regex pass over the text and no filter over their findings then.
  const ranges = text.includes('reportlint-') ? suppressionRanges(text, (offset) => tree.point(offset).line) : [];
  const kept = (ranges.length === 0 ? messages : messages.filter((m) => m.fatal || !isSuppressed(m, ranges)))
    .sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || String(a.ruleId).localeCompare(String(b.ruleId)));
  return { ...count(kept), messages: kept, tree };
}

/** Whether no line starts after `start` up to `end`: no line break in between (findings are a few characters long). */
function withinLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
  }
  return true;
}

function count(messages: LintMessage[]) {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  return { errorCount, warningCount, fixableErrorCount, fixableWarningCount };
}

const MAX_FIX_PASSES = 10;

/**
 * Lints and applies fixes until none is left (or ten passes), the way `--fix` does.
 * Returns the fixed text and the findings that remain on it. Nothing is written here.
 */
export function lintAndFix(source: Source, config: ResolvedConfig, timings?: Timings): { output: string; fixed: number; result: LintResult } {
  let current = source;
  let fixed = 0;
  let result = lint(current, config, timings);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (fixes.length === 0) break;
    const { output, applied } = applyFixes(current.text, fixes);
    if (applied === 0 || output === current.text) break;
    fixed += applied;
    current = { ...current, text: output };
    result = lint(current, config, timings);
  }
  return { output: current.text, fixed, result };
}
