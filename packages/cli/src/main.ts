import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadConfig } from '@reportlint/config';
import type { ConfigOverrides } from '@reportlint/config';
import { USAGE, UsageError, parseCliArgs } from './args.js';
import type { CliOptions } from './args.js';
import { LintCache, cacheFilePath } from './cache.js';
import { ConfigReporter } from './config-reporter.js';
import { discoverFiles } from './files.js';
import { formatterNames, getFileRenderer, getStreamFormatter } from './formatters/index.js';
import type { FormatContext, ReportChunk } from './formatters/index.js';
import { describeIoError } from './io-error.js';
import { lintFile } from './lint-file.js';
import type { ConfigRequest } from './lint-file.js';
import { lintFiles } from './lint-run.js';
import { shownName } from './paths.js';
import type { RunSettings } from './lint-run.js';
import { PROGRESS_MIN_FILES, ProgressBar } from './progress.js';
import { readStream } from './read.js';
import { ReportWriter } from './report-writer.js';
import type { ReadResult } from './read.js';
import { errorsOnly, problemResult } from './results.js';
import type { FileResult } from './results.js';
import { SummaryWriter } from './summary/index.js';
import { TimingTotals, timingRows } from './timing.js';

/** Everything main touches outside its arguments, so tests run it in-process. */
export interface CliIo {
  cwd: string;
  /**
   * May return a promise that settles when the reader has taken the text in (a slow pipe). A report's
   * piece may come as UTF-8 bytes (a file rendered in a worker thread: formatters/render.ts).
   */
  stdout(text: ReportChunk): void | Promise<void>;
  stderr(text: string): void;
  stdin?: AsyncIterable<Uint8Array>;
  /** ANSI colours in the stylish report. */
  color?: boolean;
  /** Standard error is a terminal: large runs show a progress bar there. */
  stderrIsTTY?: boolean;
  /** Standard output is a terminal: when the progress bar shares it, the report is written in whole lines. */
  stdoutIsTTY?: boolean;
  /** The TIMING environment variable: a table of the time per rule on stderr after the run (timing.ts). */
  timing?: string;
}

/** What `-` is called in the report when --stdin-filename is not given. */
const STDIN = '<stdin>';

const EXIT_OK = 0;
const EXIT_LINT = 1;
const EXIT_TROUBLE = 2;

let ownVersion: string | undefined;
async function version(): Promise<string> {
  if (ownVersion === undefined) {
    // Found by the package's own name, so from dist/ and from the bundle in dist/bundle/ alike.
    const file = createRequire(import.meta.url).resolve('reportlint/package.json');
    const pkg = JSON.parse(await readFile(file, 'utf8')) as { version: string };
    ownVersion = pkg.version;
  }
  return ownVersion;
}

function overridesOf(options: CliOptions): ConfigOverrides {
  return { rules: options.rules, ...(options.locale !== undefined ? { locale: options.locale } : {}) };
}

async function listRules(options: CliOptions, io: CliIo): Promise<number> {
  const reporter = new ConfigReporter(io.stderr);
  const loaded = await loadConfig({ ...configOptions(options, io), filePath: join(io.cwd, 'report.txt') });
  if (!reporter.check(loaded)) return EXIT_TROUBLE;
  const rules = [...loaded.registry.rules.values()];
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const rule of rules) {
    const description = rule.meta.description[loaded.config.locale];
    io.stdout(`${rule.id.padEnd(width)}  ${rule.meta.severity.padEnd(5)}  ${description}\n`);
  }
  return EXIT_OK;
}

async function printConfig(file: string, options: CliOptions, io: CliIo): Promise<number> {
  const loaded = await loadConfig({ ...configOptions(options, io), filePath: file });
  if (!new ConfigReporter(io.stderr).check(loaded)) return EXIT_TROUBLE;
  const { locale, profile, rules } = loaded.config;
  const printed = {
    locale,
    outline: profile.id,
    rules: Object.fromEntries(rules.map((r) => [r.rule.id, [r.severity, r.options]])),
  };
  io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
  return EXIT_OK;
}

function configOptions(options: CliOptions, io: CliIo): ConfigRequest {
  return {
    cwd: io.cwd,
    noConfig: options.noConfig,
    overrides: overridesOf(options),
    ...(options.configPath !== undefined ? { configPath: options.configPath } : {}),
  };
}

async function openReport(options: CliOptions, io: CliIo, around: { before(): void; after(): void } | undefined): Promise<ReportWriter | undefined> {
  if (options.outputFile === undefined) return ReportWriter.toStdout(io.stdout, around);
  try {
    // The summary is written in one go at the end: until then, and after a failure, the old file stays.
    return options.summary ? await ReportWriter.replacingFile(options.outputFile, io.cwd) : await ReportWriter.toFile(options.outputFile, io.cwd);
  } catch (error) {
    io.stderr(`reportlint: cannot write ${options.outputFile}: ${describeIoError(error)}\n`);
    return undefined;
  }
}

/** The summary, its findings waiting beside the output file or in the system's temporary directory. */
async function openSummary(options: CliOptions, io: CliIo, context: FormatContext, configs: ConfigReporter): Promise<SummaryWriter | undefined> {
  const near = options.outputFile !== undefined ? resolve(io.cwd, options.outputFile) : join(tmpdir(), 'reportlint-summary');
  try {
    return await SummaryWriter.open(options.format, context, () => configs.summarySettings(), near);
  } catch (error) {
    io.stderr(`reportlint: cannot write a temporary file in ${dirname(near)}: ${describeIoError(error)}\n`);
    return undefined;
  }
}

/** Standard input is linted in-process, after the files. */
async function lintStdin(options: CliOptions, io: CliIo, configs: ConfigReporter, timing: boolean): Promise<FileResult | undefined> {
  const name = options.stdinFilename !== undefined ? resolve(io.cwd, options.stdinFilename) : STDIN;
  const configPath = name === STDIN ? join(io.cwd, STDIN) : name;
  const request = configOptions(options, io);
  if (!configs.check(await loadConfig({ ...request, filePath: configPath }))) return undefined;
  const stdin = io.stdin;
  const read = (): Promise<ReadResult> => (stdin ? readStream(stdin, name) : Promise.resolve({ ok: false, cause: 'no standard input' }));
  return lintFile({ path: name, configPath, fix: false, config: request, ...(timing ? { timing } : {}) }, read, options.timeoutPerFile);
}

/** The progress bar, when stderr is a terminal, the run is large enough and --no-progress was not given. */
function progressFor(options: CliOptions, io: CliIo): { onStart: RunSettings['onStart']; clear(): void; redraw(): void; finish(): void } {
  let bar: ProgressBar | undefined;
  return {
    clear: () => bar?.clear(),
    redraw: () => bar?.redraw(),
    onStart: (total) => {
      if (!options.progress || io.stderrIsTTY !== true || total <= PROGRESS_MIN_FILES) return undefined;
      const started = new ProgressBar(total, io.stderr);
      bar = started;
      return () => started.tick();
    },
    finish: () => bar?.finish(),
  };
}

/**
 * Lints every target and hands each result to `emit` as soon as it is its turn: files from the
 * command line (in order), then standard input, then targets that named no file.
 */
async function lintAll(
  options: CliOptions,
  io: CliIo,
  configs: ConfigReporter,
  progress: ReturnType<typeof progressFor>,
  timing: boolean,
  emit: (result: FileResult) => Promise<void>,
): Promise<void> {
  const paths = options.patterns.filter((p) => p !== '-');
  const discovery = await discoverFiles(paths, { cwd: io.cwd, ignorePatterns: options.ignorePatterns });
  const cache = options.cache ? await LintCache.open(await cacheFilePath(io.cwd, options.cacheLocation), await version()) : undefined;
  const settings: RunSettings = {
    config: configOptions(options, io),
    fix: options.fix,
    concurrency: options.concurrency,
    timeoutMs: options.timeoutPerFile,
    ...(cache ? { cache } : {}),
    // The summary needs every finding; a format that renders file by file lets threads send text.
    ...(!options.summary && getFileRenderer(options.format) ? { render: { format: options.format, quiet: options.quiet, cwd: io.cwd } } : {}),
    onStart: progress.onStart,
    ...(timing ? { timing } : {}),
  };
  try {
    try {
      await lintFiles(discovery.files, settings, (loaded) => configs.check(loaded), emit);
    } finally {
      progress.finish();
    }
    if (paths.length < options.patterns.length) {
      const result = await lintStdin(options, io, configs, timing);
      if (result) await emit(result);
    }
    for (const problem of discovery.problems) {
      const shown = shownName(problem.path, io.cwd);
      await emit(problemResult(problem.path, `${problem.severity === 2 ? 'Cannot lint ' : ''}${shown}: ${problem.message}`, problem.severity));
    }
  } catch (error) {
    // The run did not finish (the report could not be written …): the old cache stays as it was.
    cache?.discard();
    throw error;
  }
  if (cache) {
    try {
      await cache.save();
    } catch (error) {
      io.stderr(`reportlint: cannot write the cache: ${describeIoError(error)}\n`);
    }
  }
}

/** Lints and writes the report as files finish (the summary, which needs every row, at the end). */
async function lintTargets(options: CliOptions, io: CliIo): Promise<number> {
  const progress = progressFor(options, io);
  const configs = new ConfigReporter(io.stderr, progress.clear);
  const out = await openReport(options, io, io.stdoutIsTTY === true ? { before: progress.clear, after: progress.redraw } : undefined);
  if (!out) return EXIT_TROUBLE;
  const ownVersion = await version();
  const context: FormatContext = {
    cwd: io.cwd,
    color: options.outputFile === undefined && io.color === true,
    rules: configs.rules,
    // Known once the first file's configuration is loaded, before any file is formatted.
    get locale() {
      return configs.locale ?? options.locale ?? 'zh-CN';
    },
    version: ownVersion,
  };
  const summary = options.summary ? await openSummary(options, io, context, configs) : undefined;
  if (options.summary && !summary) {
    await out.abort();
    return EXIT_TROUBLE;
  }
  const stream = summary ? undefined : getStreamFormatter(options.format)!(context);
  let errors = 0;
  let warnings = 0;
  let fatal = false;
  const timingRowCount = timingRows(io.timing);
  const timings = timingRowCount !== undefined ? new TimingTotals(timingRowCount) : undefined;
  try {
    await lintAll(options, io, configs, progress, timings !== undefined, async (result) => {
      timings?.add(result);
      // Counted before --quiet hides them, as ESLint does: --quiet changes the report, not the verdict.
      errors += result.errorCount;
      warnings += result.warningCount;
      fatal ||= result.fatalErrorCount > 0;
      const shown = options.quiet ? errorsOnly(result) : result;
      if (summary) summary.add(shown);
      else await out.write(stream!.file(shown));
    });
    if (summary) await summary.writeTo(out, new Date());
    else await out.write(stream!.end());
    await out.close();
  } catch (error) {
    await out.abort();
    io.stderr(`reportlint: cannot write ${options.outputFile ?? 'the report'}: ${describeIoError(error)}\n`);
    return EXIT_TROUBLE;
  } finally {
    await summary?.close();
  }
  if (timings) io.stderr(timings.table());

  if (configs.count > 0 || fatal) return EXIT_TROUBLE;
  if (errors > 0) return EXIT_LINT;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`reportlint: too many warnings (${warnings}; maximum: ${options.maxWarnings})\n`);
    return EXIT_LINT;
  }
  return EXIT_OK;
}

/** The whole CLI: returns the exit code instead of exiting, so tests call it directly. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
    if (!options.summary && !getStreamFormatter(options.format)) {
      throw new UsageError(`unknown format "${options.format}" (available: ${formatterNames().join(', ')})`);
    }
    if (options.summary && options.fix) throw new UsageError('summary does not fix; run --fix first');
    if (options.fix && options.patterns.includes('-')) throw new UsageError('--fix cannot fix standard input; name the files');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`reportlint: ${error.message}\nRun "reportlint --help" for usage.\n`);
    return EXIT_TROUBLE;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout(`${await version()}\n`);
    return EXIT_OK;
  }
  if (options.listRules) return listRules(options, io);
  if (options.printConfig !== undefined) return printConfig(options.printConfig, options, io);
  if (options.patterns.length === 0) {
    io.stderr(`${USAGE}\n`);
    return EXIT_TROUBLE;
  }
  return lintTargets(options, io);
}
