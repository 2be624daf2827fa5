import { join } from 'node:path';
import { decodeText } from '../corpus/decode.js';
import { UserInputError } from '../errors.js';
import { loadLexicon } from '../lexicon/load.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { displayPath } from './display-path.js';
import { listUserFolder, readUserFile, statUserPath } from './read-file.js';

const A_LEXICON = 'a lexicon .json file or a folder of them';

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

/** Every lexicon named on the command line (files, or folders of .json files), validated; all problems at once. */
export function readLexicons(paths: string[]): LoadedLexicon[] {
  const loaded: LoadedLexicon[] = [];
  const problems: UserInputError[] = [];
  for (const file of paths.flatMap(lexiconFiles)) {
    const shown = displayPath(file);
    try {
      loaded.push(loadLexicon(shown, decodeText(shown, readUserFile(file, shown, A_LEXICON))));
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      problems.push(error);
    }
  }
  if (problems.length > 0) throw new UserInputError(problems.flatMap((e) => e.problems));
  return loaded;
}
