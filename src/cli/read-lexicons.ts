import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../corpus/decode.js';
import { UserInputError } from '../errors.js';
import { loadLexicon } from '../lexicon/load.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { displayPath } from './display-path.js';

function lexiconFiles(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new UserInputError([{ file: displayPath(path), message: 'no such lexicon file or folder', expected: 'a lexicon .json file or a folder of them' }]);
  }
  if (!stats.isDirectory()) return [path];
  const files = readdirSync(path).filter((n) => n.endsWith('.json')).sort().map((n) => join(path, n));
  if (files.length === 0) {
    throw new UserInputError([{ file: displayPath(path), message: 'folder holds no lexicon', expected: 'at least one .json lexicon file' }]);
  }
  return files;
}

/** Every lexicon named on the command line (files, or folders of .json files), validated; all problems at once. */
export function readLexicons(paths: string[]): LoadedLexicon[] {
  const loaded: LoadedLexicon[] = [];
  const problems: UserInputError[] = [];
  for (const file of paths.flatMap(lexiconFiles)) {
    const shown = displayPath(file);
    try {
      loaded.push(loadLexicon(shown, decodeText(shown, readFileSync(file))));
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      problems.push(error);
    }
  }
  if (problems.length > 0) throw new UserInputError(problems.flatMap((e) => e.problems));
  return loaded;
}
