import { UserInputError, type Problem } from '../errors.js';
import type { LoadedLexicon, Variant } from './types.js';

/** One variant that a lexicon of the run replaced in, or added to, a lexicon it extends. */
export interface Override {
  /** The hit id the variant is counted under: the extended lexicon's. */
  id: string;
  kind: 'replaced' | 'added';
  /** The lexicon and file that gave the variant. */
  by: string;
  file: string;
  variant: Variant;
  /** What was replaced (for `replaced`). */
  previous?: Variant;
}

export interface CombinedLexicons {
  /** The lexicons as matched: extended ones with their variants replaced or added; extending ones with what is left of their own. */
  lexicons: LoadedLexicon[];
  overrides: Override[];
}

/**
 * Applies `extends`: a referent of an extending lexicon whose id is a
 * referent of a lexicon it extends goes into that referent, replacing the
 * variant of the same id or adding to it, so hits keep the shipped ids and
 * a user's correction counts where the original would have. Later lexicons
 * override earlier ones. The inputs are not changed.
 */
export function combineLexicons(loaded: LoadedLexicon[]): CombinedLexicons {
  if (!loaded.some((l) => l.lexicon.extends)) return { lexicons: loaded, overrides: [] };
  const result = loaded.map((l) => ({ ...l, lexicon: structuredClone(l.lexicon) }));
  const byId = new Map(result.map((l) => [l.lexicon.id, l]));
  const overrides: Override[] = [];
  const problems: Problem[] = [];

  for (const extending of result) {
    const { lexicon, file } = extending;
    const bases = (lexicon.extends ?? []).flatMap((id, i) => {
      const base = byId.get(id);
      if (base && base !== extending) return [base];
      problems.push({ file, pointer: `/extends/${i}`, value: id, message: 'extends a lexicon that is not in this run', expected: `a lexicon id given with --lexicon (ids in this run: ${[...byId.keys()].join(', ')})` });
      return [];
    });
    lexicon.referents = lexicon.referents.filter((referent) => {
      const base = bases.find((b) => b.lexicon.referents.some((r) => r.id === referent.id));
      if (!base) return true;
      const target = base.lexicon.referents.find((r) => r.id === referent.id)!;
      for (const variant of referent.variants) {
        const id = `${base.lexicon.id}/${referent.id}/${variant.id}`;
        const at = target.variants.findIndex((v) => v.id === variant.id);
        if (at >= 0) {
          overrides.push({ id, kind: 'replaced', by: lexicon.id, file, variant, previous: target.variants[at] });
          target.variants[at] = variant;
        } else {
          overrides.push({ id, kind: 'added', by: lexicon.id, file, variant });
          target.variants.push(variant);
        }
      }
      return false;
    });
  }
  if (problems.length > 0) throw new UserInputError(problems);
  return { lexicons: result.filter((l) => l.lexicon.referents.length > 0), overrides };
}
