import { isAbsolute, relative, sep } from 'node:path';

/** A path as messages and reports show it: relative to the working folder when inside it, with / separators. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  const shown = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  return shown.split(sep).join('/');
}
