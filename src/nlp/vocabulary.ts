import { words as stopWordList } from 'natural/lib/natural/util/stopwords.js';

const STOP_WORDS = new Set<string>([...stopWordList, 'said', 'says', 'also', 'would', 'could', 'will', 'one', 'two']);
const HAS_DIGIT = /\p{N}/u;

/**
 * Whether a normalised word is a content term for vocabulary statistics:
 * stop-words (natural's English list plus a few reporting fillers), words
 * with digits and single letters are not.
 */
export function isContentTerm(term: string): boolean {
  // The set lookup first: it settles most words without the Unicode digit test.
  return term.length >= 2 && !STOP_WORDS.has(term) && !HAS_DIGIT.test(term);
}

/** Adds already-split, normalised words' content terms to running counts. */
export function countWordTerms(words: readonly string[], into: Map<string, number>): void {
  for (const term of words) if (isContentTerm(term)) into.set(term, (into.get(term) ?? 0) + 1);
}
