import { UserInputError, type Problem } from '../errors.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { inflectedForms } from '../nlp/inflect.js';
import { analyzeText } from '../nlp/tokenize.js';
import { newNode, insertPhrase, type TrieNode } from './trie.js';
import type { VariantInfo } from './types.js';
import { matchUnitsBySentence } from './units.js';

/** All lexicons of a run compiled into one trie over normalised tokens. */
export interface Matcher {
  root: TrieNode;
  variants: VariantInfo[];
}

/** The units of a phrase, tokenised exactly as article text is. */
export function phraseKeys(phrase: string): string[] {
  return matchUnitsBySentence(analyzeText(phrase)).flat().map((u) => u.key);
}

export function compileLexicons(lexicons: LoadedLexicon[]): Matcher {
  const root = newNode();
  const variants: VariantInfo[] = [];
  const problems: Problem[] = [];

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
          const keySets = keys.map((k) => (inflect ? inflectedForms(k) : [k]));
          insertPhrase(root, keySets, { variant: index, length: keys.length, exception });
        };
        const at = `/referents/${r}/variants/${v}`;
        variant.patterns.forEach((p, i) => add(p, false, `${at}/patterns/${i}`));
        (variant.exceptions ?? []).forEach((p, i) => add(p, true, `${at}/exceptions/${i}`));
      });
    });
  }
  if (problems.length > 0) throw new UserInputError(problems);
  return { root, variants };
}
