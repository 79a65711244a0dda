import { isAbsolute, relative, sep } from 'node:path';

/** `<stdin>` and other names in angle brackets are not paths. */
export const isPseudoPath = (path: string): boolean => path.startsWith('<');

/** The path relative to cwd with forward slashes, or the absolute path when the file is outside cwd. */
export function shownPath(path: string, cwd: string): string {
  if (isPseudoPath(path)) return path;
  const rel = relative(cwd, path);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return path;
  return rel.split(sep).join('/');
}
