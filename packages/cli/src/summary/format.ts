import type { LintMessage, Locale } from '@reportlint/core';
import type { Matrix, Row } from './matrix.js';

/** What one report's findings are rendered with. */
export interface DetailsContext {
  locale: Locale;
  /** A rule's documentation, when it has one. */
  ruleUrl(ruleId: string): string | undefined;
}

/** How a format shows one report's findings. */
export interface Details {
  render(row: Row, messages: readonly LintMessage[], context: DetailsContext): string;
  /** Between two reports' findings. */
  separator: string;
}

/**
 * A summary in three pieces, so that no report's findings wait for the end: `details` renders each
 * report's findings as soon as it is linted; those of all reports, joined by `separator`, go between
 * `top` and `bottom`, which are rendered from the whole matrix at the end.
 */
export interface SummaryFormat {
  top(matrix: Matrix): string;
  /** Absent when the format shows no findings (CSV). */
  details?: Details;
  bottom(matrix: Matrix): string;
}
