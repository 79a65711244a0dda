import type { TSchema } from '@sinclair/typebox';
import type { OutlineProfile, ReportTree } from '@reportlint/parser';

/** One severity model for every surface: CLI exit codes, JSON, SARIF and LSP all derive from it. */
export type Severity = 'off' | 'warn' | 'error';
export type Locale = 'zh-CN' | 'en';

/** A message in every supported locale. Templates use `{name}` placeholders. */
export type Localized = Record<Locale, string>;

/** Families group rules in summaries and reports. */
export type RuleFamily = 'outline' | 'figures' | 'numbering' | 'style' | 'substance';

/** A replacement of `[start, end)` (UTF-16 offsets into the decoded original text) by `text`. */
export interface TextEdit {
  range: [start: number, end: number];
  text: string;
}

export interface RuleMessage extends Localized {
  /**
   * Cap for this message when the rule is configured as `error`:
   * heading-numbering reports sequence problems as errors but style problems as warnings.
   */
  severity?: 'warn';
}

export interface RuleMeta<S extends TSchema | undefined = TSchema | undefined> {
  /** Severity in the `recommended` preset. */
  severity: Severity;
  /** Severity in the `strict` preset when it differs from `severity`. */
  strictSeverity?: Severity;
  family: RuleFamily;
  fixable: boolean;
  description: Localized;
  messages: Record<string, RuleMessage>;
  /** Options schema (TypeBox, i.e. JSON Schema); validated once, before any rule runs. */
  schema?: S;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** UTF-16 offsets into the original (decoded) text. */
  start: number;
  end: number;
  fix?: TextEdit | TextEdit[];
}

export interface RuleContext<O> {
  readonly options: O;
  readonly profile: OutlineProfile;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule<O = unknown> {
  id: string;
  meta: RuleMeta;
  /** Documentation URL, stamped by `defineRule`. */
  url: string;
  defaults: O;
  check(tree: ReportTree, ctx: RuleContext<O>): void;
}

/**
 * A finding. The public part (ruleId … fix) is ESLint's message shape; `offset`/`endOffset`
 * and `messageId` are for fronts that need them (LSP, SARIF) and are not part of the JSON contract.
 */
export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: TextEdit;
  /** A rule crashed or the input could not be read: the CLI exits 2. */
  fatal?: true;
  messageId?: string;
  offset: number;
  endOffset: number;
}

export interface LintResult {
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  tree: ReportTree;
}
