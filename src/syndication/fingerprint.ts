import { shingleHashes, wordShingleHashes } from '../nlp/similarity.js';

export const SHINGLE_WORDS = 5;
/** One shingle in four is kept (by hash), which estimates Jaccard similarity well at a quarter of the cost. */
export const KEEP_ONE_IN = 4;

/** The kept shingle hashes of an article's text, sorted and unique: what shared-copy detection compares. */
export function copyFingerprint(text: string): number[] {
  return [...new Set(shingleHashes(text, SHINGLE_WORDS, KEEP_ONE_IN))].sort((a, b) => a - b);
}

/** copyFingerprint over words already split (lower-cased). */
export function wordsFingerprint(words: readonly string[]): number[] {
  return [...new Set(wordShingleHashes(words, SHINGLE_WORDS, KEEP_ONE_IN))].sort((a, b) => a - b);
}
