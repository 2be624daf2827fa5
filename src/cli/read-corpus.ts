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
  if (manifests.length > 1) {
    fail({ file: shown, message: `more than one manifest: ${manifests.join(', ')}`, expected: 'exactly one corpus manifest' });
  }
  const files = entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && ARTICLE_FILE.test(e.name) && e.name.toLowerCase() !== 'readme.md')
    .map((e) => e.name)
    .sort()
    .map((name) => ({ name, bytes: readInside(dir, name, shown) }));
  const manifestName = manifests[0];
  // Without a manifest, a folder of web pages is a corpus: each page names its outlet.
  if (manifestName === undefined) return corpusFromDirectory({ dir: shown, files });
  const manifestText = decodeText(`${shown}/${manifestName}`, readInside(dir, manifestName, shown));
  return corpusFromDirectory({ dir: shown, manifest: { name: manifestName, text: manifestText }, files });
}

/** A corpus folder (with corpus.json or corpus.yaml), its manifest, or a .jsonl file. */
export function readCorpus(path: string): Corpus {
  const shown = displayPath(path);
  const stats = statUserPath(path, shown, A_CORPUS);
  if (stats.isDirectory()) return readDirectory(path);
  if (MANIFEST_NAMES.includes(basename(path))) return readDirectory(dirname(path));
  if (/\.jsonl$/i.test(path)) return corpusFromJsonl(shown, decodeText(shown, readUserFile(path, shown, A_CORPUS)));
  return fail({ file: shown, message: 'not a corpus', expected: A_CORPUS });
}
