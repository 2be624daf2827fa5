import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { ARTICLE_FILE, MANIFEST_NAMES, corpusFromDirectory } from '../corpus/from-directory.js';
import { corpusFromJsonl } from '../corpus/from-jsonl.js';
import { decodeText } from '../corpus/decode.js';
import type { Corpus } from '../corpus/types.js';
import { UserInputError, type Problem } from '../errors.js';
import { displayPath } from './display-path.js';
import { attempt, listUserFolder, readUserFile, statUserPath } from './read-file.js';

const A_CORPUS = 'a corpus folder with a corpus.json/corpus.yaml manifest, or a .jsonl file with one article per line';
const AN_ARTICLE = 'a readable text file inside the corpus folder';

function fail(problem: Problem): never {
  throw new UserInputError([problem]);
}

/** A file inside the corpus folder, refusing links that lead out of it. */
function readInside(dir: string, name: string, shown: string): Uint8Array {
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
  if (manifests.length === 0) {
    fail({ file: shown, message: 'no corpus manifest in this folder', expected: `one of ${MANIFEST_NAMES.join(', ')} giving each file's outlet (see README.md, "Corpus")` });
  }
  if (manifests.length > 1) {
    fail({ file: shown, message: `more than one manifest: ${manifests.join(', ')}`, expected: 'exactly one corpus manifest' });
  }
  const manifestName = manifests[0] as string;
  const files = entries
    // Not only regular files and links: a named pipe or device with an article's name is refused by name, not skipped.
    .filter((e) => !e.isDirectory() && ARTICLE_FILE.test(e.name) && e.name.toLowerCase() !== 'readme.md')
    .map((e) => e.name)
    .sort()
    .map((name) => ({ name, bytes: readInside(dir, name, shown) }));
  const manifestText = decodeText(`${shown}/${manifestName}`, readInside(dir, manifestName, shown));
  return corpusFromDirectory({ dir: shown, manifest: { name: manifestName, text: manifestText }, files });
}

/**
 * The longest article framelens analyses, in characters: memory for one
 * article's analysis and pages grows with its length (about 300 bytes a
 * character), and past this a run would need more than a JavaScript heap
 * holds. Longer texts are refused with their name, never a crash.
 */
export const MAX_ARTICLE_CHARACTERS = 10_000_000;

function refuseTooLong(corpus: Corpus): Corpus {
  const long = corpus.articles.filter((a) => a.text.length > MAX_ARTICLE_CHARACTERS);
  if (long.length === 0) return corpus;
  throw new UserInputError(
    long.map((a) => ({
      file: a.source,
      message: `article ${a.id} is too long: ${a.text.length} characters`,
      expected: `an article of at most ${MAX_ARTICLE_CHARACTERS.toLocaleString('en')} characters (about 10 MB); split it into several articles`,
    })),
  );
}

/** A corpus folder (with corpus.json or corpus.yaml), its manifest, or a .jsonl file. */
export function readCorpus(path: string): Corpus {
  return refuseTooLong(readAnyCorpus(path));
}

function readAnyCorpus(path: string): Corpus {
  const shown = displayPath(path);
  const stats = statUserPath(path, shown, A_CORPUS);
  if (stats.isDirectory()) return readDirectory(path);
  if (MANIFEST_NAMES.includes(basename(path))) return readDirectory(dirname(path));
  if (/\.jsonl$/i.test(path)) return corpusFromJsonl(shown, decodeText(shown, readUserFile(path, shown, A_CORPUS)));
  return fail({ file: shown, message: 'not a corpus', expected: A_CORPUS });
}
