import { createHash } from 'node:crypto';
import lexiconSchema from '../schemas/lexicon.schema.json' with { type: 'json' };
import { UserInputError, type Problem } from '../errors.js';
import { parseDataFile, type DataFile } from '../schema/data-file.js';
import { assertSchema } from '../schema/validate.js';
import { BUILT_IN_CATEGORIES } from './categories.js';
import type { Lexicon, LoadedLexicon } from './types.js';

function problemAt(data: DataFile, pointer: string, problem: Omit<Problem, 'file' | 'pointer' | 'line' | 'column'>): Problem {
  const at = data.locate(pointer);
  return { file: data.file, pointer, line: at?.line, column: at?.column, ...problem };
}

/** What a schema cannot say: ids unique where they must be, categories known. */
function semanticProblems(lexicon: Lexicon, data: DataFile): Problem[] {
  const problems: Problem[] = [];
  const known = new Set([...BUILT_IN_CATEGORIES.map((c) => c.id), ...(lexicon.categories ?? []).map((c) => c.id)]);
  const referentIds = new Set<string>();
  lexicon.referents.forEach((referent, r) => {
    if (referentIds.has(referent.id)) {
      problems.push(problemAt(data, `/referents/${r}/id`, { message: 'duplicate referent id', value: referent.id, expected: 'a referent id used once in the lexicon' }));
    }
    referentIds.add(referent.id);
    const variantIds = new Set<string>();
    referent.variants.forEach((variant, v) => {
      const at = `/referents/${r}/variants/${v}`;
      if (variantIds.has(variant.id)) {
        problems.push(problemAt(data, `${at}/id`, { message: `duplicate variant id in referent "${referent.id}"`, value: variant.id, expected: 'a variant id used once per referent' }));
      }
      variantIds.add(variant.id);
      if (!known.has(variant.category)) {
        problems.push(problemAt(data, `${at}/category`, { message: 'unknown category', value: variant.category, expected: `one of ${[...known].join(', ')}, or declare it under "categories"` }));
      }
    });
  });
  return problems;
}

/** Parses, validates (schema, then meaning) and fingerprints one lexicon file. */
export function loadLexicon(file: string, text: string): LoadedLexicon {
  const data = parseDataFile(file, text, 'json');
  const lexicon = assertSchema<Lexicon>(lexiconSchema, data);
  const problems = semanticProblems(lexicon, data);
  if (problems.length > 0) throw new UserInputError(problems);
  return { lexicon, file, sha256: createHash('sha256').update(text, 'utf8').digest('hex') };
}

/** Like loadLexicon, but returns every problem instead of throwing, for `lexicon validate`. */
export function checkLexiconFile(file: string, text: string): { loaded?: LoadedLexicon; problems: Problem[] } {
  try {
    return { loaded: loadLexicon(file, text), problems: [] };
  } catch (error) {
    if (error instanceof UserInputError) return { problems: error.problems };
    throw error;
  }
}

/** Several lexicons in one run must not share an id: hit ids would collide. */
export function checkLexiconSet(lexicons: LoadedLexicon[]): void {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { lexicon, file } of lexicons) {
    const other = seen.get(lexicon.id);
    if (other !== undefined) {
      problems.push({ file, pointer: '/id', value: lexicon.id, message: `lexicon id already used by ${other}`, expected: 'a lexicon id unique among the lexicons of a run' });
    } else seen.set(lexicon.id, file);
  }
  if (problems.length > 0) throw new UserInputError(problems);
}
