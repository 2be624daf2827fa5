import { UserInputError, type Problem } from '../src/errors.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon } from '../src/lexicon/load.js';
import type { LoadedLexicon } from '../src/lexicon/types.js';
import { analyzeText } from '../src/nlp/tokenize.js';
import { compileLexicons, type Matcher } from '../src/tag/compile.js';
import { matchText } from '../src/tag/match.js';
import type { Hit } from '../src/tag/types.js';

export function fixtureLexicon(name: string): LoadedLexicon {
  const file = `test/fixtures/lexicons/${name}.json`;
  return loadLexicon(file, readFileSync(file, 'utf8'));
}

export function matcherOf(...lexicons: LoadedLexicon[]): Matcher {
  return compileLexicons(lexicons);
}

export function hitsIn(text: string, matcher: Matcher): Hit[] {
  return matchText(text, analyzeText(text), matcher);
}

/** A hit as one compact string: `referent/variant "text"`, so one expected value checks id and span. */
export function brief(hit: Hit): string {
  return `${hit.referent}/${hit.variant} "${hit.text}"`;
}

/** The problems a user-input error reports; fails the test if `fn` succeeds or throws anything else. */
export function problemsOf(fn: () => unknown): Problem[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserInputError) return error.problems;
    throw error;
  }
  throw new Error('expected a UserInputError');
}

/** Every file below a folder with its content, keyed by relative path: compares a folder before and after. */
export function snapshotFolder(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(files, snapshotFolder(path, `${prefix}${name}/`));
    else files[prefix + name] = readFileSync(path, 'utf8');
  }
  return files;
}
