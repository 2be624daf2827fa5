import { words as stopWordList } from 'natural/lib/natural/util/stopwords.js';
import { wordsOf } from './words.js';

const STOP_WORDS = new Set<string>([...stopWordList, 'said', 'says', 'also', 'would', 'could', 'will', 'one', 'two']);
const HAS_DIGIT = /\p{N}/u;

/**
 * The content words of a text for vocabulary statistics: words as counted
 * everywhere (see words.ts), lower-cased, apostrophes folded and a possessive
 * 's dropped (Hamas’s → hamas); stop-words (natural's English list plus a few
 * reporting fillers), words with digits and single letters left out.
 */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of wordsOf(text)) {
    const term = word.replace(/[\u2019\u02BC]/g, "'").replace(/'s$/, '');
    if (term.length < 2 || HAS_DIGIT.test(term) || STOP_WORDS.has(term)) continue;
    terms.push(term);
  }
  return terms;
}

/** Whether a normalised word is a content term (the same filter as contentTerms). */
export function isContentTerm(term: string): boolean {
  return term.length >= 2 && !HAS_DIGIT.test(term) && !STOP_WORDS.has(term);
}

/** Adds a text's content terms to running counts. */
export function countTerms(text: string, into: Map<string, number>): void {
  for (const term of contentTerms(text)) into.set(term, (into.get(term) ?? 0) + 1);
}

/** Adds already-split, normalised words' content terms to running counts. */
export function countWordTerms(words: readonly string[], into: Map<string, number>): void {
  for (const term of words) if (isContentTerm(term)) into.set(term, (into.get(term) ?? 0) + 1);
}
