import type { Token } from './types.js';

/** Contraction and possessive pieces that wink splits off ('s, n't, 'll): parts of a word, not words. */
const CLITIC = /^(?:'[a-z]*|n't)$/;

/** CLITIC.test, with the pattern run only on the few forms that could match (it runs for every word). */
function isClitic(norm: string): boolean {
  const first = norm.charCodeAt(0);
  return (first === 0x27 || first === 0x6e) && CLITIC.test(norm);
}

interface Range {
  start: number;
  end: number;
}

/**
 * The normalised forms of the word and number tokens outside the given
 * ranges, in order: the words of a part of an article, taken from the tokens
 * already made rather than by splitting the text again. A possessive 's is
 * not a word of its own, nor is n't or 'll.
 */
export function wordsOutside(tokens: readonly Token[], excluded: readonly Range[]): string[] {
  const ranges = [...excluded].sort((a, b) => a.start - b.start);
  const words: string[] = [];
  let r = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    while (r < ranges.length && (ranges[r] as Range).end <= t.start) r++;
    const range = ranges[r];
    if (range !== undefined && range.start <= t.start) continue;
    if (isClitic(t.norm)) continue;
    words.push(t.norm);
  }
  return words;
}
