import { join } from 'node:path';
import { decodeText } from '../corpus/decode.js';
import { UserInputError } from '../errors.js';
import { checkLexiconFile, loadLexicon } from '../lexicon/load.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { displayPath } from './display-path.js';
import { FILE_LIST, previousFiles } from './output-folder.js';
import { DEFAULT_LEXICON_DIR } from './package-info.js';
import { listUserFolder, readUserFile, statUserPath } from './read-file.js';

const A_LEXICON = 'a lexicon .json file or a folder of them';

/** A lexicon file's name as messages show it, and its text. */
export interface LexiconText {
  file: string;
  text: string;
}

function lexiconFiles(path: string): string[] {
  const shown = displayPath(path);
  if (!statUserPath(path, shown, A_LEXICON).isDirectory()) return [path];
  // A report framelens wrote here is not a lexicon: its file list and the files it names are left out.
  const report = new Set([FILE_LIST, ...previousFiles(path)]);
  const files = listUserFolder(path, shown, A_LEXICON)
    .map((e) => e.name)
    .filter((n) => n.endsWith('.json') && !report.has(n))
    .sort()
    .map((n) => join(path, n));
  if (files.length === 0) {
    throw new UserInputError([{ file: shown, message: 'folder holds no lexicon', expected: 'at least one .json lexicon file' }]);
  }
  return files;
}

/** The texts of every lexicon named (files, or folders of .json files); the bundled lexicons when none is. */
export function readLexiconTexts(paths: string[]): LexiconText[] {
  return (paths.length > 0 ? paths : [DEFAULT_LEXICON_DIR]).flatMap(lexiconFiles).map((file) => {
    const shown = displayPath(file);
    return { file: shown, text: decodeText(shown, readUserFile(file, shown, A_LEXICON)) };
  });
}

/**
 * A bundled lexicon that a user's lexicon extends comes along without being
 * named, so `--lexicon mine.json` with `"extends": ["israel-gaza"]` just works.
 */
export function withBundledBases(loaded: LoadedLexicon[]): LoadedLexicon[] {
  const have = new Set(loaded.map((l) => l.lexicon.id));
  const wanted = loaded.flatMap((l) => l.lexicon.extends ?? []).filter((id) => !have.has(id));
  if (wanted.length === 0) return loaded;
  const bundled = readLexiconTexts([DEFAULT_LEXICON_DIR]).map((t) => loadLexicon(t.file, t.text));
  return [...bundled.filter((l) => wanted.includes(l.lexicon.id)), ...loaded];
}

/** Every lexicon named on the command line (files, or folders of .json files), validated, with the bundled lexicons they extend; all problems at once. */
export function readLexicons(paths: string[]): LoadedLexicon[] {
  const checked = readLexiconTexts(paths).map(({ file, text }) => checkLexiconFile(file, text));
  const problems = checked.flatMap((c) => c.problems);
  if (problems.length > 0) throw new UserInputError(problems);
  return withBundledBases(checked.flatMap((c) => (c.loaded ? [c.loaded] : [])));
}

