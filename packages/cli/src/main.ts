import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { formatProblem, loadConfig } from '@reportlint/config';
import type { ConfigOverrides, LoadedConfig } from '@reportlint/config';
import { lint, lintAndFix } from '@reportlint/core';
import type { Source } from '@reportlint/parser';
import { USAGE, UsageError, parseCliArgs } from './args.js';
import type { CliOptions } from './args.js';
import { discoverFiles } from './files.js';
import { formatterNames, getFormatter } from './formatters/index.js';
import { describeIoError } from './io-error.js';
import { readSourceFile, readStream } from './read.js';
import type { ReadResult } from './read.js';
import { errorsOnly, fileMessage, fromLint, problemResult } from './results.js';
import type { FileResult } from './results.js';
import { encodeText, roundTrips, writeFileAtomic } from './write.js';

/** Everything main touches outside its arguments, so tests run it in-process. */
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  stdin?: AsyncIterable<Uint8Array>;
  /** ANSI colours in the stylish report. */
  color?: boolean;
}

/** What `-` is called in the report when --stdin-filename is not given. */
const STDIN = '<stdin>';

const EXIT_OK = 0;
const EXIT_LINT = 1;
const EXIT_TROUBLE = 2;

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function overridesOf(options: CliOptions): ConfigOverrides {
  return { rules: options.rules, ...(options.locale !== undefined ? { locale: options.locale } : {}) };
}

/** Config problems are printed once each, however many files share the config. */
class ConfigReporter {
  private readonly printed = new Set<string>();
  constructor(private readonly io: CliIo) {}

  get count(): number {
    return this.printed.size;
  }

  /** Returns whether the config is usable. */
  check(loaded: LoadedConfig): boolean {
    for (const problem of loaded.problems) {
      const line = `reportlint: ${formatProblem(problem)}`;
      if (!this.printed.has(line)) this.io.stderr(`${line}\n`);
      this.printed.add(line);
    }
    return loaded.problems.length === 0;
  }
}

async function listRules(options: CliOptions, io: CliIo): Promise<number> {
  const reporter = new ConfigReporter(io);
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
  if (!new ConfigReporter(io).check(loaded)) return EXIT_TROUBLE;
  const { locale, profile, rules } = loaded.config;
  const printed = {
    locale,
    outline: profile.id,
    rules: Object.fromEntries(rules.map((r) => [r.rule.id, [r.severity, r.options]])),
  };
  io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
  return EXIT_OK;
}

function configOptions(options: CliOptions, io: CliIo) {
  return {
    cwd: io.cwd,
    noConfig: options.noConfig,
    overrides: overridesOf(options),
    ...(options.configPath !== undefined ? { configPath: options.configPath } : {}),
  };
}

/**
 * Lints (and with --fix, fixes) one file. Returns undefined when its configuration is broken:
 * those problems are printed to stderr instead.
 */
async function lintOne(path: string, read: () => Promise<ReadResult>, options: CliOptions, io: CliIo, configs: ConfigReporter): Promise<FileResult | undefined> {
  const loaded = await loadConfig({ ...configOptions(options, io), filePath: path === STDIN ? join(io.cwd, STDIN) : path });
  if (!configs.check(loaded)) return undefined;
  const shown = path === STDIN ? STDIN : relative(io.cwd, path) || path;
  const input = await read();
  if (!input.ok) return problemResult(path, `Cannot lint ${shown}: ${input.cause}`);
  try {
    return await lintSource(path, shown, input, loaded, options.fix);
  } catch (error) {
    // A parser bug on one odd draft must not cost the report on all the others.
    return problemResult(path, `Cannot lint ${shown}: internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function lintSource(path: string, shown: string, { source, bytes }: { source: Source; bytes: Uint8Array }, loaded: LoadedConfig, fix: boolean): Promise<FileResult> {
  if (!fix) return fromLint(path, lint(source, loaded.config));
  const { output, result } = lintAndFix(source, loaded.config);
  if (output === source.text) return fromLint(path, result);
  if (!roundTrips(source, bytes)) {
    const refused = fileMessage(`Cannot fix ${shown}: its ${source.encoding} bytes would not be written back unchanged`);
    return fromLint(path, lint(source, loaded.config), [refused]);
  }
  try {
    await writeFileAtomic(path, encodeText(output, source));
  } catch (error) {
    const failed = fileMessage(`Cannot write ${shown}: ${describeIoError(error)}`);
    return fromLint(path, lint(source, loaded.config), [failed]);
  }
  return fromLint(path, result);
}

async function writeReport(text: string, options: CliOptions, io: CliIo): Promise<boolean> {
  const report = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  if (options.outputFile === undefined) {
    io.stdout(report);
    return true;
  }
  const file = resolve(io.cwd, options.outputFile);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, report);
    return true;
  } catch (error) {
    io.stderr(`reportlint: cannot write ${options.outputFile}: ${describeIoError(error)}\n`);
    return false;
  }
}

async function lintTargets(options: CliOptions, io: CliIo): Promise<number> {
  const formatter = getFormatter(options.format)!;
  const configs = new ConfigReporter(io);
  const results: FileResult[] = [];

  const paths = options.patterns.filter((p) => p !== '-');
  const discovery = await discoverFiles(paths, { cwd: io.cwd, ignorePatterns: options.ignorePatterns });
  for (const file of discovery.files) {
    const result = await lintOne(file, () => readSourceFile(file), options, io, configs);
    if (result) results.push(result);
  }
  if (paths.length < options.patterns.length) {
    const name = options.stdinFilename !== undefined ? resolve(io.cwd, options.stdinFilename) : STDIN;
    const stdin = io.stdin;
    const read = (): Promise<ReadResult> => (stdin ? readStream(stdin, name) : Promise.resolve({ ok: false, cause: 'no standard input' }));
    const result = await lintOne(name, read, options, io, configs);
    if (result) results.push(result);
  }
  for (const problem of discovery.problems) {
    const shown = relative(io.cwd, problem.path) || problem.path;
    results.push(problemResult(problem.path, `${problem.severity === 2 ? 'Cannot lint ' : ''}${shown}: ${problem.message}`, problem.severity));
  }

  // Counted before --quiet hides them, as ESLint does: --quiet changes the report, not the verdict.
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const shown = options.quiet ? results.map(errorsOnly) : results;
  const color = options.outputFile === undefined && io.color === true;
  if (!(await writeReport(formatter(shown, { cwd: io.cwd, color }), options, io))) return EXIT_TROUBLE;

  if (configs.count > 0 || results.some((r) => r.messages.some((m) => m.fatal))) return EXIT_TROUBLE;
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
    if (!getFormatter(options.format)) {
      throw new UsageError(`unknown format "${options.format}" (available: ${formatterNames().join(', ')})`);
    }
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
