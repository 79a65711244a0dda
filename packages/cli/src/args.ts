import { parseArgs } from 'node:util';
import type { Locale, RuleSetting } from '@reportlint/core';

export interface CliOptions {
  /** Files, directories, globs; `-` is standard input. */
  patterns: string[];
  /** `reportlint rules`: list the rules instead of linting. */
  listRules: boolean;
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
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: reportlint [options] <file|dir|glob|->...
       reportlint rules

Lint 法治政府建设年度报告 drafts (.txt, .md).

Options:
  -f, --format NAME          output format: stylish (default), json
  -o, --output-file PATH     write the report to PATH instead of standard output
  -c, --config PATH          use this config file (no search)
      --no-config            ignore config files; use the recommended preset
      --rule ID:SEVERITY     set a rule's severity (off|warn|error); repeatable
      --print-config FILE    print the configuration used for FILE as JSON
      --quiet                report errors only
      --max-warnings N       exit 1 when there are more than N warnings
      --locale zh-CN|en      language of the findings
      --fix                  fix problems in place (encoding, BOM and line endings kept)
      --stdin-filename PATH  name of the text read from standard input (-)
      --ignore-pattern GLOB  skip files matching GLOB; repeatable (adds to .reportlintignore)
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

/** Parses argv (without node and the script); throws UsageError for anything malformed. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
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
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together');
  const listRules = positionals.length === 1 && positionals[0] === 'rules';
  return {
    patterns: listRules ? [] : positionals,
    listRules,
    format: values.format,
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
    help: values.help,
    version: values.version,
  };
}
