import { isAbsolute, relative, sep } from 'node:path';

/** `<stdin>` and other names in angle brackets are not paths. */
export const isPseudoPath = (path: string): boolean => path.startsWith('<');

/** The path relative to cwd as the platform writes it (`../x.txt` for a file outside cwd): how messages name a file. */
export function shownName(path: string, cwd: string): string {
  return isPseudoPath(path) ? path : relative(cwd, path) || path;
}

/** The path relative to cwd with forward slashes, or the absolute path when the file is outside cwd. */
export function shownPath(path: string, cwd: string): string {
  if (isPseudoPath(path)) return path;
  const rel = relative(cwd, path);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return path;
  return rel.split(sep).join('/');
}
