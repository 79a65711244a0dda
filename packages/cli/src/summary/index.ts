import type { FormatContext } from '../formatters/types.js';
import type { FileResult } from '../results.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { buildMatrix } from './matrix.js';
import type { SummarySettings } from './matrix.js';

export type { SummarySettings } from './matrix.js';

/** `reportlint summary`: the compliance matrix as html, csv or md. */
export function renderSummary(format: string, results: FileResult[], context: FormatContext, settings: SummarySettings): string {
  const matrix = buildMatrix(results, context.cwd, settings, context.locale ?? 'zh-CN');
  if (format === 'csv') return renderCsv(matrix);
  if (format === 'md') return renderMarkdown(matrix);
  return renderHtml(matrix, (id) => context.rules?.get(id)?.url);
}
