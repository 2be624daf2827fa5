import { shingleHashes, wordShingleHashes } from '../nlp/similarity.js';

export const SHINGLE_WORDS = 5;
/** One shingle in four is kept (by hash), which estimates Jaccard similarity well at a quarter of the cost. */
export const KEEP_ONE_IN = 4;

/** The kept shingle hashes of an article's text, sorted and unique: what shared-copy detection compares. */
export function copyFingerprint(text: string): Uint32Array {
  return sortedUnique(shingleHashes(text, SHINGLE_WORDS, KEEP_ONE_IN));
}

/** copyFingerprint over words already split (lower-cased). */
export function wordsFingerprint(words: readonly string[]): Uint32Array {
  return sortedUnique(wordShingleHashes(words, SHINGLE_WORDS, KEEP_ONE_IN));
}

/** The hashes (32-bit, unsigned) in ascending order without repeats; a typed array sorts numbers without a comparison function. */
function sortedUnique(hashes: number[]): Uint32Array {
  const sorted = Uint32Array.from(hashes).sort();
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (kept === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i] as number;
  }
  return sorted.subarray(0, kept);
}
