import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { ARTICLE_FILE, MANIFEST_NAMES, corpusFromDirectory } from '../corpus/from-directory.js';
import { corpusFromCsv, type CsvField } from '../corpus/from-csv.js';
import { corpusFromJsonl } from '../corpus/from-jsonl.js';
import { decodeText } from '../corpus/decode.js';
import type { Corpus } from '../corpus/types.js';
import { UserInputError, type Problem } from '../errors.js';
import { displayPath } from './display-path.js';
import { attempt, listUserFolder, readUserFile, statUserPath } from './read-file.js';

export const A_CORPUS =
  'a corpus folder (with a corpus.json/corpus.yaml manifest, or of web pages), a .jsonl file with one article per line, a .csv or .tsv file with one article per row, or - for JSONL or CSV on standard input';

/** How to read a spreadsheet or standard input; the command line's options. */
export interface CorpusOptions {
  /** Column names by field, for a CSV or TSV corpus. */
  columns?: Partial<Record<CsvField, string>>;
  /** What standard input holds; by default JSONL when its first character is `{`, else CSV. */
  format?: string;
}

export const STDIN_FORMATS = ['jsonl', 'csv', 'tsv'];
const DELIMITER: Record<string, string> = { csv: ',', tsv: '\t' };
const AN_ARTICLE = 'a readable text file inside the corpus folder';

function fail(problem: Problem): never {
  throw new UserInputError([problem]);
}

/** A file inside the corpus folder, refusing links that lead out of it. */
export function readInside(dir: string, name: string, shown: string): Uint8Array {
  const path = join(dir, name);
  const file = `${shown}/${name}`;
  attempt(
    () => {
      if (!lstatSync(path).isSymbolicLink()) return;
      const target = realpathSync(path);
      const rel = relative(realpathSync(dir), target);
      if (rel.startsWith('..') || isAbsolute(rel)) {
        fail({ file, message: 'symbolic link points outside the corpus folder', value: target, expected: 'article files inside the corpus folder (copy the file in instead of linking to it)' });
      }
    },
    file,
    AN_ARTICLE,
  );
  return readUserFile(path, file, AN_ARTICLE);
}

function readDirectory(dir: string): Corpus {
  const shown = displayPath(dir);
  const entries = listUserFolder(dir, shown, A_CORPUS);
  const manifests = entries.filter((e) => MANIFEST_NAMES.includes(e.name)).map((e) => e.name);
  if (manifests.length > 1) {
    fail({ file: shown, message: `more than one manifest: ${manifests.join(', ')}`, expected: 'exactly one corpus manifest' });
  }
  const files = entries
    // Not only regular files and links: a named pipe or device with an article's name is refused by name, not skipped.
    .filter((e) => !e.isDirectory() && ARTICLE_FILE.test(e.name) && e.name.toLowerCase() !== 'readme.md')
    .map((e) => e.name)
    .sort()
    .map((name) => ({ name, bytes: readInside(dir, name, shown) }));
  const manifestName = manifests[0];
  // Without a manifest, a folder of web pages is a corpus: each page names its outlet.
  if (manifestName === undefined) return corpusFromDirectory({ dir: shown, files });
  const manifestText = decodeText(`${shown}/${manifestName}`, readInside(dir, manifestName, shown));
  return corpusFromDirectory({ dir: shown, manifest: { name: manifestName, text: manifestText }, files });
}

/** JSONL, CSV or TSV text as a corpus. */
function corpusFromText(shown: string, text: string, format: string, options: CorpusOptions): Corpus {
  if (format !== 'jsonl') return corpusFromCsv(shown, text, { delimiter: DELIMITER[format], columns: options.columns });
  refuseColumns(options, `${shown} is JSONL`);
  return corpusFromJsonl(shown, text);
}

function refuseColumns(options: CorpusOptions, why: string): void {
  const named = Object.keys(options.columns ?? {});
  if (named.length > 0) {
    fail({ file: `--${named[0]}-column`, message: `column options apply to a CSV or TSV corpus only (${why})`, expected: 'a .csv or .tsv corpus, or no column options' });
  }
}

/** Standard input (`-`): JSONL, CSV or TSV, as --format says or as its first character suggests. */
function readStdin(options: CorpusOptions): Corpus {
  const shown = 'stdin';
  if (options.format !== undefined && !STDIN_FORMATS.includes(options.format)) {
    fail({ file: '--format', message: 'unknown corpus format', value: options.format, expected: `one of ${STDIN_FORMATS.join(', ')}` });
  }
  const text = decodeText(shown, readUserFile(0, shown, 'JSONL or CSV on standard input'));
  if (text.trim() === '') fail({ file: shown, message: 'standard input is empty', expected: 'a JSONL or CSV corpus piped in (framelens report - < articles.jsonl)' });
  const format = options.format ?? (text.replace(/^\uFEFF/, '').trimStart().startsWith('{') ? 'jsonl' : 'csv');
  return corpusFromText(shown, text, format, options);
}

/** What a corpus argument names, once checked: standard input, a JSONL, CSV or TSV file, or a corpus folder. */
export type CorpusSource = { kind: 'stdin' } | { kind: 'file'; path: string; shown: string; format: 'jsonl' | 'csv' | 'tsv' } | { kind: 'folder'; dir: string };

/** Which kind of corpus `path` is, with the options checked against it (a user error when they do not apply). */
export function corpusSource(path: string, options: CorpusOptions = {}): CorpusSource {
  if (path === '-') return { kind: 'stdin' };
  const shown = displayPath(path);
  if (options.format !== undefined) {
    fail({ file: '--format', message: `--format applies to standard input only (${shown} is read by its extension)`, value: options.format, expected: '- as the corpus, or no --format' });
  }
  const stats = statUserPath(path, shown, A_CORPUS);
  const format = /\.jsonl$/i.test(path) ? 'jsonl' : /\.csv$/i.test(path) ? 'csv' : /\.(tsv|tab)$/i.test(path) ? 'tsv' : undefined;
  if (format !== undefined && !stats.isDirectory()) {
    if (format === 'jsonl') refuseColumns(options, `${shown} is JSONL`);
    return { kind: 'file', path, shown, format };
  }
  refuseColumns(options, `${shown} is not a spreadsheet`);
  if (stats.isDirectory()) return { kind: 'folder', dir: path };
  if (MANIFEST_NAMES.includes(basename(path))) return { kind: 'folder', dir: dirname(path) };
  return fail({ file: shown, message: 'not a corpus', expected: A_CORPUS });
}

/** A corpus folder (with corpus.json or corpus.yaml, or of web pages), its manifest, a .jsonl, .csv or .tsv file, or `-` for standard input. */
export function readCorpus(path: string, options: CorpusOptions = {}): Corpus {
  const source = corpusSource(path, options);
  if (source.kind === 'stdin') return readStdin(options);
  if (source.kind === 'folder') return readDirectory(source.dir);
  return corpusFromText(source.shown, decodeText(source.shown, readUserFile(source.path, source.shown, A_CORPUS)), source.format, options);
}
