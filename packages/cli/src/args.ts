import { parseArgs } from 'node:util';
import type { Locale, RuleSetting } from '@reportlint/core';
import { errorMessage } from './io-error.js';


export interface CliOptions {
  /** Files, directories, globs; `-` is standard input. */
  patterns: string[];
  /** `reportlint rules`: list the rules instead of linting. */
  listRules: boolean;
  /** `reportlint summary`: the compliance matrix instead of the findings. */
  summary: boolean;
  format: string;
  outputFile?: string;
  configPath?: string;
  noConfig: boolean;
  rules: Record<string, RuleSetting>;
  printConfig?: string;
  quiet: boolean;
  /** -1: no limit. */
  maxWarnings: number;
  locale?: Locale;
  fix: boolean;
  stdinFilename?: string;
  ignorePatterns: string[];
  /** Progress bar on a terminal's stderr for large runs; `--no-progress` turns it off. */
  progress: boolean;
  /** Worker threads: 'auto', 'off' (in-process), or a number of threads. */
  concurrency: 'auto' | 'off' | number;
  /** Milliseconds a file may take to parse and lint, in-process or in a worker thread. */
  timeoutPerFile: number;
  cache: boolean;
  cacheLocation?: string;
  help: boolean;
  version: boolean;
}

export const SUMMARY_FORMATS = ['html', 'csv', 'md'] as const;
const DEFAULT_TIMEOUT_SECONDS = 10;

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: reportlint [options] <file|dir|glob|->...
       reportlint summary [options] <file|dir|glob>... [--format html|csv|md] [-o FILE]
       reportlint rules

Lint 法治政府建设年度报告 drafts (.txt, .md, Word .docx). \`summary\` writes a compliance matrix instead:
one row per report with its body, year, required parts, findings per rule family and closing date.

Options:
  -f, --format NAME          output format: stylish (default), json, sarif, github, junit;
                             for summary: html, csv, md (default: from -o's extension, else md)
  -o, --output-file PATH     write the report to PATH instead of standard output
  -c, --config PATH          use this config file (no search)
      --no-config            ignore config files; use the recommended preset
      --rule ID:SEVERITY     set a rule's severity (off|warn|error); repeatable
      --print-config FILE    print the configuration used for FILE as JSON
      --quiet                report errors only
      --max-warnings N       exit 1 when there are more than N warnings
      --locale zh-CN|en      language of the findings
      --fix                  fix problems in place (encoding, BOM and line endings kept;
                             never in a .docx, which is reported instead)
      --stdin-filename PATH  name of the text read from standard input (-)
      --ignore-pattern GLOB  skip files matching GLOB (gitignore syntax); repeatable (adds to .reportlintignore)
      --cache                skip files unchanged since the last run (content, config and version)
      --cache-location PATH  cache file or directory (default: ./.reportlintcache)
      --concurrency N|auto|off
                             worker threads (default auto: with 3 or more cores, one per
                             core from max(200, 1600/cores) files on; else in-process)
      --timeout-per-file S   seconds a file may take to parse and lint (default ${DEFAULT_TIMEOUT_SECONDS})
      --no-progress          no progress bar (shown on a terminal's stderr above 50 files)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors, 1 lint errors or too many warnings, 2 usage, config or file trouble.`;

/** `id:severity`, or `id:[severity, {options}]` in JSON for a rule's options. */
function parseRule(value: string): [string, RuleSetting] {
  const colon = value.indexOf(':');
  const id = value.slice(0, colon).trim();
  const setting = value.slice(colon + 1).trim();
  if (colon < 1 || !id || !setting) throw new UsageError(`--rule expects ID:SEVERITY, e.g. --rule part-order:warn (got "${value}")`);
  if (!setting.startsWith('[')) return [id, setting as RuleSetting];
  try {
    return [id, JSON.parse(setting) as RuleSetting];
  } catch {
    throw new UsageError(`--rule ${id}: "${setting}" is not valid JSON`);
  }
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings expects a whole number (got "${value}")`);
  return Number(value);
}

function parseConcurrency(value: string): CliOptions['concurrency'] {
  if (value === 'auto' || value === 'off') return value;
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new UsageError(`--concurrency expects a number of threads, auto or off (got "${value}")`);
  return Number(value);
}

function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS * 1000;
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(seconds > 0)) throw new UsageError(`--timeout-per-file expects seconds, e.g. 10 or 2.5 (got "${value}")`);
  return Math.round(seconds * 1000);
}

/** `summary -o matrix.html` writes HTML without being told. */
function summaryFormatFor(outputFile: string | undefined): string {
  const ext = outputFile?.toLowerCase().match(/\.(html?|csv|md|markdown)$/)?.[1];
  return ext === 'htm' || ext === 'html' ? 'html' : ext === 'csv' ? 'csv' : 'md';
}

/** Parses argv (without node and the script); throws UsageError for anything malformed. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean', default: false },
        rule: { type: 'string', multiple: true, default: [] },
        'print-config': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        locale: { type: 'string' },
        fix: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        'ignore-pattern': { type: 'string', multiple: true, default: [] },
        'no-progress': { type: 'boolean', default: false },
        concurrency: { type: 'string', default: 'auto' },
        'timeout-per-file': { type: 'string' },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together');
  const listRules = positionals.length === 1 && positionals[0] === 'rules';
  const summary = positionals[0] === 'summary';
  const outputFile = values['output-file'];
  const format = values.format ?? (summary ? summaryFormatFor(outputFile) : 'stylish');
  if (summary && !(SUMMARY_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`summary writes html, csv or md (got "${format}")`);
  }
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location needs --cache');
  return {
    patterns: listRules ? [] : summary ? positionals.slice(1) : positionals,
    listRules,
    summary,
    format,
    ...(values['output-file'] !== undefined ? { outputFile: values['output-file'] } : {}),
    ...(values.config !== undefined ? { configPath: values.config } : {}),
    noConfig: values['no-config'],
    rules: Object.fromEntries(values.rule.map(parseRule)),
    ...(values['print-config'] !== undefined ? { printConfig: values['print-config'] } : {}),
    quiet: values.quiet,
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    // An unknown locale is reported by the config resolver, with a suggestion.
    ...(values.locale !== undefined ? { locale: values.locale as Locale } : {}),
    fix: values.fix,
    ...(values['stdin-filename'] !== undefined ? { stdinFilename: values['stdin-filename'] } : {}),
    ignorePatterns: values['ignore-pattern'],
    progress: !values['no-progress'],
    concurrency: parseConcurrency(values.concurrency),
    timeoutPerFile: parseTimeout(values['timeout-per-file']),
    cache: values.cache,
    ...(values['cache-location'] !== undefined ? { cacheLocation: values['cache-location'] } : {}),
    help: values.help,
    version: values.version,
  };
}
