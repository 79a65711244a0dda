import { readFile, readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import picomatch from 'picomatch';
import { describeIoError } from './io-error.js';

/** Extensions linted when walking directories and globs; other files given by name are refused. */
const LINTABLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx'];

/**
 * Word's old binary formats, which cannot be read, are picked up all the same: reading one reports
 * why and what to do (save it as .docx), where passing over it would leave a submission in a
 * reviewer's folder silently unchecked.
 */
const WORD_BINARY_EXTENSIONS = ['.doc', '.wps'];

/** Word's lock file of a document open in it (`~$报告.docx`): a few bytes naming who has it open, never a draft. */
const WORD_LOCK_FILE = /^~\$/;

const IGNORE_FILE = '.reportlintignore';

/** A target that yields no file to lint: shown in the report as a message on that path. */
export interface TargetProblem {
  path: string;
  message: string;
  /** 2 makes the run exit 2 (a missing or unsupported file); 1 is a notice (an ignored file). */
  severity: 1 | 2;
}

export interface Discovery {
  /** Absolute paths, deduplicated, in the order given (directories walked in name order). */
  files: string[];
  problems: TargetProblem[];
}

function isLintable(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return LINTABLE_EXTENSIONS.includes(ext) || WORD_BINARY_EXTENSIONS.includes(ext);
}

const toPosix = (path: string): string => path.split(sep).join('/');

type IsIgnored = (path: string, isDirectory?: boolean) => boolean;

/** `.reportlintignore` in cwd and `--ignore-pattern`s, both gitignore syntax relative to cwd. */
async function ignoreMatcher(cwd: string, patterns: string[]): Promise<IsIgnored> {
  const matcher = ignore().add(patterns);
  try {
    // An editor's byte-order mark would otherwise become part of the first pattern.
    matcher.add((await readFile(join(cwd, IGNORE_FILE), 'utf8')).replace(/^\uFEFF/, ''));
  } catch {
    // No ignore file: nothing more to ignore.
  }
  return (path, isDirectory = false) => {
    const rel = relative(cwd, path);
    // `ignore` only judges paths inside cwd; files elsewhere were named on purpose.
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
    return matcher.ignores(toPosix(rel) + (isDirectory ? '/' : ''));
  };
}

/** node_modules, dot directories (.git, .vscode …) and Word's lock files never hold drafts worth linting. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules' || WORD_LOCK_FILE.test(name);
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** Every lintable, not ignored file under `dir`, in name order; symbolic links to directories are not followed. */
async function walk(dir: string, isIgnored: IsIgnored, found: string[], problems: TargetProblem[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: dir, message: `cannot read directory: ${describeIoError(error)}`, severity: 2 });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!isIgnored(path, true)) await walk(path, isIgnored, found, problems);
    } else if (isLintable(entry.name) && !isIgnored(path)) {
      if (entry.isFile() || (entry.isSymbolicLink() && (await statOrNull(path))?.isFile())) found.push(path);
    }
  }
}

async function expandGlob(pattern: string, cwd: string, isIgnored: IsIgnored, problems: TargetProblem[]): Promise<string[]> {
  const { base, glob } = picomatch.scan(pattern);
  const root = resolve(cwd, base);
  if (!(await statOrNull(root))?.isDirectory()) return [];
  const matches = picomatch(glob);
  const all: string[] = [];
  await walk(root, isIgnored, all, problems);
  return all.filter((path) => matches(toPosix(relative(root, path))));
}

/**
 * Resolves the paths, directories and globs given on the command line to files to lint.
 * Problems (a missing path, an unsupported file, a glob matching nothing) are returned, not thrown,
 * so the other targets are still linted.
 */
export async function discoverFiles(patterns: string[], options: { cwd: string; ignorePatterns: string[] }): Promise<Discovery> {
  const { cwd } = options;
  const isIgnored = await ignoreMatcher(cwd, options.ignorePatterns);
  const files = new Set<string>();
  const problems: TargetProblem[] = [];
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (error) {
      // A path that does not exist may be a glob; a file literally named like one wins.
      if (picomatch.scan(pattern).isGlob) {
        const matched = await expandGlob(pattern, cwd, isIgnored, problems);
        if (matched.length === 0) problems.push({ path, message: 'no files match the pattern', severity: 2 });
        for (const file of matched) files.add(file);
      } else {
        problems.push({ path, message: describeIoError(error), severity: 2 });
      }
      continue;
    }
    if (stats.isDirectory()) {
      const found: string[] = [];
      await walk(path, isIgnored, found, problems);
      for (const file of found) files.add(file);
    } else if (WORD_LOCK_FILE.test(basename(path))) {
      problems.push({ path, message: "not linted: Word's lock file of a document open in Word (~$…), not a document", severity: 1 });
    } else if (!isLintable(path)) {
      problems.push({ path, message: `unsupported file type (expected ${LINTABLE_EXTENSIONS.join(', ')})`, severity: 2 });
    } else if (isIgnored(path)) {
      problems.push({ path, message: `file ignored because of a matching ignore pattern (${IGNORE_FILE} or --ignore-pattern)`, severity: 1 });
    } else {
      files.add(path);
    }
  }
  return { files: [...files], problems };
}
