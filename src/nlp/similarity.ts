import diceCoefficient from 'natural/lib/natural/distance/dice_coefficient.js';
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
  const words = wordsOf(text).map(fnv1a);
  const kept: number[] = [];
  for (let i = 0; i + n <= words.length; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < n; k++) h = Math.imul(h ^ (words[i + k] as number), 0x5bd1e995) >>> 0;
    h = (h ^ (h >>> 15)) >>> 0;
    if (h % keepOneIn === 0) kept.push(h);
  }
  return kept;
}

/** Dice coefficient of character bigrams, in [0, 1]: how alike two short passages read. */
export function passageSimilarity(a: string, b: string): number {
  return diceCoefficient(a, b);
}
