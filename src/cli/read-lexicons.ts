import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../corpus/decode.js';
import { UserInputError } from '../errors.js';
import { checkLexiconFile, loadLexicon } from '../lexicon/load.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { displayPath } from './display-path.js';
import { DEFAULT_LEXICON_DIR } from './package-info.js';
import { listUserFolder, readUserFile, statUserPath } from './read-file.js';

const A_LEXICON = 'a lexicon .json file or a folder of them';

/** A lexicon file's name as messages show it, and its text. */
export interface LexiconText {
  file: string;
  text: string;
}

/** A name that can only be an id: no folder, no extension. */
const LEXICON_ID = /^[a-z0-9][a-z0-9_-]*$/i;

/** The bundled lexicons' ids and files, read from the files themselves. */
export function bundledLexicons(): { id: string; file: string }[] {
  return lexiconFiles(DEFAULT_LEXICON_DIR).flatMap((file) => {
    const id = (JSON.parse(new TextDecoder().decode(readUserFile(file, displayPath(file), A_LEXICON))) as { id?: unknown }).id;
    return typeof id === 'string' ? [{ id, file }] : [];
  });
}

/**
 * What a `--lexicon` value names: a path to a file or folder, or (when no
 * such path exists) a bundled lexicon by its id, so `--lexicon news-general`
 * works from any folder.
 */
function resolveLexicon(value: string): string[] {
  if (!LEXICON_ID.test(value) || existsSync(value)) return lexiconFiles(value);
  const bundled = bundledLexicons();
  const match = bundled.find((b) => b.id === value);
  if (match) return [match.file];
  throw new UserInputError([
    {
      file: value,
      message: 'no such file or folder, and no bundled lexicon has this id',
      expected: `a lexicon .json file, a folder of them, or a bundled lexicon's id: ${bundled.map((b) => b.id).join(', ')} (framelens lexicon list)`,
    },
  ]);
}

function lexiconFiles(path: string): string[] {
  const shown = displayPath(path);
  if (!statUserPath(path, shown, A_LEXICON).isDirectory()) return [path];
  const files = listUserFolder(path, shown, A_LEXICON)
    .map((e) => e.name)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => join(path, n));
  if (files.length === 0) {
    throw new UserInputError([{ file: shown, message: 'folder holds no lexicon', expected: 'at least one .json lexicon file' }]);
  }
  return files;
}

/** The texts of every lexicon named (files, folders of .json files, or bundled lexicons by id); the bundled lexicons when none is. */
export function readLexiconTexts(paths: string[]): LexiconText[] {
  return (paths.length > 0 ? paths.flatMap(resolveLexicon) : lexiconFiles(DEFAULT_LEXICON_DIR)).map((file) => {
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

