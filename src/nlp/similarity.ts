import { normalizeForMatch } from './normalize.js';
import { wordsOf } from './words.js';

/** 32-bit FNV-1a: a fast, well-spread hash. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Hashes of a text's n-word shingles (words as counted everywhere,
 * lower-cased), keeping only those whose hash falls in 1/`keepOneIn` of the
 * hash space. The choice depends on the shingle alone, so two texts keep the
 * same shingles from what they share, and their Jaccard similarity over the
 * kept ones estimates the whole; it makes comparing a large corpus cheap.
 * Built from word hashes rather than joined strings, for speed.
 */
export function shingleHashes(text: string, n: number, keepOneIn = 1): number[] {
  return wordShingleHashes(wordsOf(text), n, keepOneIn);
}

/** shingleHashes over words already split. */
export function wordShingleHashes(wordList: readonly string[], n: number, keepOneIn = 1): number[] {
  const words = wordList.map(fnv1a);
  const kept: number[] = [];
  for (let i = 0; i + n <= words.length; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < n; k++) h = Math.imul(h ^ (words[i + k] as number), 0x5bd1e995) >>> 0;
    h = (h ^ (h >>> 15)) >>> 0;
    if (h % keepOneIn === 0) kept.push(h);
  }
  return kept;
}


/** Words too common to say two renderings share a statement. */
const FUNCTION_WORDS = new Set(
  'a an the and or but of to in on at by for with from as that this it its is are was were be been will would can could not no we they he she i you our their his her them us there what which who do does did have has had so if than then also just some any'.split(' '),
);

/** What comparing a text needs, computed once: its comparable form and its content words. */
export interface Fingerprint {
  /** Lower-cased, apostrophes and dashes unified, punctuation dropped. */
  comparable: string;
  contentWords: Set<string>;
  /** The character bigrams of `comparable` as Dice counts them, made on first use: a text is often compared with many others. */
  bigrams?: Set<number>;
}

export function fingerprint(text: string): Fingerprint {
  const words = wordsOf(normalizeForMatch(text));
  return { comparable: words.join(' '), contentWords: new Set(words.filter((w) => !FUNCTION_WORDS.has(w))) };
}

/** What natural's Dice does to a string before taking its bigrams. */
function sanitizeLikeNatural(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/^\s+|\s+$/g, '');
}

/** The distinct character bigrams natural's Dice takes (a one-character text is padded with a space), each as one number. */
function bigramsOf(print: Fingerprint): Set<number> {
  if (print.bigrams) return print.bigrams;
  let text = sanitizeLikeNatural(print.comparable);
  if (text.length === 1) text += ' ';
  const bigrams = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) bigrams.add(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
  print.bigrams = bigrams;
  return bigrams;
}

/**
 * Character-bigram Dice coefficient of two texts, 0 to 1, on their
 * comparable forms: natural's diceCoefficient (a test holds them equal),
 * with each text's bigrams kept, since one quotation is compared with many.
 */
export function dice(a: Fingerprint, b: Fingerprint): number {
  const x = bigramsOf(a);
  const y = bigramsOf(b);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const bigram of small) if (large.has(bigram)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Share of the smaller text's content words that the other also has (a partial quotation scores high against the full one), and how many that smaller set holds. */
export function containment(a: Fingerprint, b: Fingerprint): { share: number; words: number } {
  const [small, large] = a.contentWords.size <= b.contentWords.size ? [a.contentWords, b.contentWords] : [b.contentWords, a.contentWords];
  if (small.size === 0) return { share: 0, words: 0 };
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return { share: shared / small.size, words: small.size };
}
