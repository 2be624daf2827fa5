import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import { UserInputError } from '../errors.js';
import type { ReportFile } from '../report/meta.js';

/** Says "framelens may replace its reports here"; framelens puts one in every output folder it writes, and never rewrites it. */
export const OURS_MARKER = '.framelens';
export const MARKER_TEXT = 'framelens writes its reports into this folder and replaces them on the next run.\nIt keeps every file here that it did not write. See "Bad input and safety" in framelens\'s README.\n';

/** The files the report in a folder consists of, so the next run replaces exactly those. */
export const FILE_LIST = '.framelens-report.json';

/** The report files listed in a folder's FILE_LIST; paths that would lead out of the folder are ignored. */
export function previousFiles(dir: string): string[] {
  let listed: unknown;
  try {
    listed = (JSON.parse(readFileSync(join(dir, FILE_LIST), 'utf8')) as { files?: unknown }).files;
  } catch {
    return [];
  }
  if (!Array.isArray(listed)) return [];
  return listed.filter((f): f is string => typeof f === 'string' && f !== '' && !isAbsolute(f) && normalize(f) === f && !f.split(/[\\/]/).includes('..'));
}

export function fileListText(files: ReportFile[]): string {
  return `${JSON.stringify({ generator: 'framelens', files: files.map((f) => f.path) }, null, 2)}\n`;
}

/** Is `inner` the same folder as `outer` or inside it? */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Refuses an output folder framelens must not write into: a file, the
 * folder the user is working in, or a non-empty folder that holds no report
 * of ours (unless forced); and, even when forced, one where a file of the
 * report would replace a file framelens did not write.
 */
export function checkOutputFolder(out: string, shown: string, files: ReportFile[], options: { force: boolean; cwd: string }): void {
  const refuse = (message: string, expected: string, value?: unknown): never => {
    throw new UserInputError([{ file: shown, message, value, expected }]);
  };
  if (!existsSync(out)) return;
  if (!lstatSync(out).isDirectory()) refuse('exists and is not a folder', 'a folder for the report (--out)');
  if (within(options.cwd, out)) {
    refuse('is the folder you are working in, or holds it', 'an output folder outside your working folder: framelens replaces the output folder as a whole (run it from elsewhere, or choose another --out)');
  }
  const mount = mountInside(out);
  if (mount !== undefined) {
    refuse(
      mount === '' ? 'is a mount point (a file system of its own)' : `holds a mount point (another file system) at ${mount}`,
      'an output folder on one file system: framelens replaces the folder as a whole, by renaming it beside its parent, and never copies or deletes across a file-system boundary (unmount it, or choose a folder inside the mounted one as --out)',
    );
  }
  const names = readdirSync(out);
  const ours = names.includes(OURS_MARKER) || names.includes(FILE_LIST);
  if (names.length > 0 && !ours && !options.force) {
    refuse(
      'folder is not empty and holds no framelens report',
      `an empty or new folder, or one framelens wrote before (it has a ${OURS_MARKER} file); --force writes the report here anyway and keeps your files`,
      names.sort().slice(0, 5).join(', ') + (names.length > 5 ? ', …' : ''),
    );
  }
  const previous = new Set(previousFiles(out));
  const clashes = files.map((f) => f.path).filter((path) => inTheWay(out, path, previous));
  if (clashes.length > 0) {
    refuse('holds files framelens did not write where the report would go', 'move them, or choose another --out: framelens never replaces a file it did not write', clashes.slice(0, 5));
  }
}

/** Is there something framelens did not write at `path`, or a file where one of its folders would be? */
function inTheWay(out: string, path: string, previous: Set<string>): boolean {
  const parts = path.split('/');
  for (let n = 1; n <= parts.length; n++) {
    const at = parts.slice(0, n).join('/');
    let stats;
    try {
      stats = lstatSync(join(out, at));
    } catch {
      return false;
    }
    if (n < parts.length && !stats.isDirectory()) return !previous.has(at);
    if (n === parts.length) return !previous.has(at);
  }
  return false;
}

/** '' when `out` is itself a mount point, the relative path of the first entry inside it on another file system, or undefined. */
function mountInside(out: string): string | undefined {
  const dev = lstatSync(out).dev;
  if (lstatSync(dirname(out)).dev !== dev) return '';
  const walk = (dir: string, prefix: string): string | undefined => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stats = lstatSync(path);
      if (stats.dev !== dev) return prefix + name;
      if (stats.isDirectory()) {
        const found = walk(path, `${prefix}${name}/`);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return walk(out, '');
}

/** A path with its symbolic links resolved as far as it exists; the rest as written (an output folder not made yet). */
function realish(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realish(parent), basename(path));
  }
}

/** An input of the run: a folder it reads (the corpus folder, a --lexicon folder) or a file (a JSONL corpus, a lexicon or structure file). */
export interface RunInput {
  path: string;
  kind: 'folder' | 'file';
  /** How to name it in messages. */
  shown: string;
}

/**
 * Refuses an output folder that is, or is inside, a folder the run reads
 * (the corpus folder, a lexicon folder) or the folder of a file it reads,
 * or that holds any of them: the report would mix with the input (a report's
 * JSON read as a lexicon next time), and the swap renames the output folder
 * as a whole. --force does not change this.
 */
export function checkNotInput(out: string, shown: string, inputs: RunInput[]): void {
  const real = realish(out);
  for (const input of inputs) {
    const folder = realish(input.kind === 'folder' ? input.path : dirname(input.path));
    let problem: string | undefined;
    if (folder === real) problem = `is ${input.kind === 'folder' ? '' : 'the folder of '}${input.shown}, which this run reads`;
    else if (within(folder, real)) problem = `holds ${input.shown}, which this run reads`;
    else if (input.kind === 'folder' && within(real, folder)) problem = `is inside ${input.shown}, which this run reads`;
    if (problem !== undefined) {
      throw new UserInputError([{ file: shown, message: problem, expected: 'an output folder apart from the corpus, lexicons and structure files (not the same folder, not inside a folder read, and not holding any of them), even with --force' }]);
    }
  }
}
