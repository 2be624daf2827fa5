import diceCoefficient from 'natural/lib/natural/distance/dice_coefficient.js';
import { normalizeForMatch } from './normalize.js';
import { wordsOf } from './words.js';

/** Words too common to say two renderings share a statement. */
const FUNCTION_WORDS = new Set(
  'a an the and or but of to in on at by for with from as that this it its is are was were be been will would can could not no we they he she i you our their his her them us there what which who do does did have has had so if than then also just some any'.split(' '),
);

/** Lower-cased, apostrophes and dashes unified, punctuation dropped: how two renderings of a quotation are compared. */
export function comparable(text: string): string {
  return wordsOf(normalizeForMatch(text)).join(' ');
}

/** Character-bigram Dice coefficient of two texts (natural's), 0 to 1, on their comparable forms. */
export function dice(a: string, b: string): number {
  return diceCoefficient(comparable(a), comparable(b));
}

function contentWords(text: string): Set<string> {
  return new Set(wordsOf(normalizeForMatch(text)).filter((w) => !FUNCTION_WORDS.has(w)));
}

/** Share of the shorter text's content words that the longer one also has: a partial quotation scores high against the full one. */
export function containment(a: string, b: string): { share: number; words: number } {
  const wa = contentWords(a);
  const wb = contentWords(b);
  const [short, long] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (short.size === 0) return { share: 0, words: 0 };
  let shared = 0;
  for (const w of short) if (long.has(w)) shared++;
  return { share: shared / short.size, words: short.size };
}
