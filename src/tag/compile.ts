import { UserInputError, type Problem } from '../errors.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { inflectedForms } from '../nlp/inflect.js';
import { analyzeText } from '../nlp/tokenize.js';
import { newNode, insertPhrase, type TrieNode } from './trie.js';
import type { VariantInfo } from './types.js';
import { matchUnits } from './units.js';

/**
 * All lexicons of a run compiled into one trie over normalised tokens. An
 * inflecting pattern word is one edge, `~word`, that every inflected form of
 * the word reaches through `edgesOf`; a word matched as written is an edge of
 * its own form. So the trie grows with the patterns, not with their forms.
 */
export interface Matcher {
  root: TrieNode;
  variants: VariantInfo[];
  /** For a text token's normalised form, the inflecting edges it can take (besides its own form). */
  inflectedEdges: Map<string, string[]>;
}

const INFLECTED = '~';

/** The units of a phrase, tokenised exactly as article text is. */
export function phraseKeys(phrase: string): string[] {
  return matchUnits(analyzeText(phrase)).keys;
}

export function compileLexicons(lexicons: LoadedLexicon[]): Matcher {
  const root = newNode();
  const variants: VariantInfo[] = [];
  const inflectedEdges = new Map<string, string[]>();
  const problems: Problem[] = [];

  const inflectingEdge = (word: string): string => {
    const forms = inflectedForms(word);
    if (forms.length === 1) return word;
    const edge = `${INFLECTED}${word}`;
    for (const form of forms) {
      const edges = inflectedEdges.get(form);
      if (!edges) inflectedEdges.set(form, [edge]);
      else if (!edges.includes(edge)) edges.push(edge);
    }
    return edge;
  };

  for (const { lexicon, file } of lexicons) {
    lexicon.referents.forEach((referent, r) => {
      referent.variants.forEach((variant, v) => {
        const index = variants.length;
        variants.push({
          id: `${lexicon.id}/${referent.id}/${variant.id}`,
          lexicon: lexicon.id,
          referent: referent.id,
          referentKey: `${lexicon.id}/${referent.id}`,
          variant: variant.id,
          category: variant.category,
          order: index,
        });
        const inflect = variant.inflect !== false;
        const add = (phrase: string, exception: boolean, pointer: string): void => {
          const keys = phraseKeys(phrase);
          if (!keys.some((k) => /[\p{L}\p{N}]/u.test(k))) {
            problems.push({ file, pointer, value: phrase, message: 'pattern has no words to match', expected: 'a phrase with at least one word' });
            return;
          }
          insertPhrase(root, inflect ? keys.map(inflectingEdge) : keys, { variant: index, length: keys.length, exception });
        };
        const at = `/referents/${r}/variants/${v}`;
        variant.patterns.forEach((p, i) => add(p, false, `${at}/patterns/${i}`));
        (variant.exceptions ?? []).forEach((p, i) => add(p, true, `${at}/exceptions/${i}`));
      });
    });
  }
  if (problems.length > 0) throw new UserInputError(problems);
  return { root, variants, inflectedEdges };
}
