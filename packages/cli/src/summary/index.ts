import type { SUMMARY_FORMATS } from '../args.js';
import type { FormatContext } from '../formatters/types.js';
import type { ReportWriter } from '../report-writer.js';
import type { FileResult } from '../results.js';
import { csv } from './csv.js';
import type { Details, SummaryFormat } from './format.js';
import { html } from './html.js';
import { markdown } from './markdown.js';
import { buildMatrix, frameOf, rowOf } from './matrix.js';
import type { Frame, Row, SummarySettings } from './matrix.js';
import { Spool } from './spool.js';

export type { SummarySettings } from './matrix.js';

const FORMATS: Record<(typeof SUMMARY_FORMATS)[number], SummaryFormat> = { html, csv, md: markdown };

/**
 * `reportlint summary`: the compliance matrix as html, csv or md. Only the rows are kept until the
 * end; each report's findings are rendered as soon as it is handed over and wait in a temporary file.
 */
export class SummaryWriter {
  private readonly rows: Row[] = [];
  private frame: Frame | undefined;

  private constructor(
    private readonly format: SummaryFormat,
    private readonly context: FormatContext,
    private readonly settings: () => SummarySettings,
    /** Absent when the format shows no findings. */
    private readonly findings: { details: Details; spool: Spool } | undefined,
  ) {}

  /**
   * `settings` are asked for when the first report is handed over, when the first usable
   * configuration is known. The findings wait beside `near`: the output file, or a name in the
   * system's temporary directory.
   */
  static async open(format: string, context: FormatContext, settings: () => SummarySettings, near: string): Promise<SummaryWriter> {
    const chosen = FORMATS[format as keyof typeof FORMATS];
    const findings = chosen.details ? { details: chosen.details, spool: await Spool.create(near) } : undefined;
    return new SummaryWriter(chosen, context, settings, findings);
  }

  /** Keeps the report's row and writes out its findings, which the caller may then let go. */
  add(result: FileResult): void {
    const frame = this.currentFrame();
    const rules = this.context.rules;
    const row = rowOf(result, this.rows.length + 1, frame, (id) => rules?.get(id)?.meta.family, this.context.cwd);
    this.rows.push(row);
    if (!this.findings) return;
    const { details, spool } = this.findings;
    const text = details.render(row, result.messages, { locale: frame.locale, ruleUrl: (id) => rules?.get(id)?.url });
    spool.write(row.index === 1 ? text : details.separator + text);
  }

  /** The whole summary: the matrix, then the findings copied in from the temporary file. */
  async writeTo(out: ReportWriter, generated: Date): Promise<void> {
    const matrix = buildMatrix(this.rows, this.currentFrame(), generated);
    await out.write(this.format.top(matrix));
    await this.findings?.spool.copyTo(out);
    await out.write(this.format.bottom(matrix));
  }

  /** Removes the temporary file; to be called however the run ended. */
  async close(): Promise<void> {
    await this.findings?.spool.remove();
  }

  /** The outline, language and deadline, fixed at the first report so that every row is measured alike. */
  private currentFrame(): Frame {
    return (this.frame ??= frameOf(this.settings(), this.context.locale ?? 'zh-CN'));
  }
}
