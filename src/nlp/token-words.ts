import type { TokenColumns } from './types.js';

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
export function wordsOutside(tokens: TokenColumns, excluded: readonly Range[]): string[] {
  const ranges = [...excluded].sort((a, b) => a.start - b.start);
  const { starts, norms, kinds } = tokens;
  const words: string[] = [];
  let r = 0;
  for (let i = 0; i < starts.length; i++) {
    const kind = kinds[i];
    if (kind !== 'word' && kind !== 'number') continue;
    const start = starts[i] as number;
    while (r < ranges.length && (ranges[r] as Range).end <= start) r++;
    const range = ranges[r];
    if (range !== undefined && range.start <= start) continue;
    const norm = norms[i] as string;
    if (isClitic(norm)) continue;
    words.push(norm);
  }
  return words;
}
