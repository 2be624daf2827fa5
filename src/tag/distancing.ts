import type { Distancing } from '../lexicon/types.js';
import type { MatchUnits } from './units.js';

/** Quotation marks after normalisation (curly, guillemets and straight all fold to these two). */
const QUOTES = new Set(['"', "'"]);
const CLOSING_ONLY = new Set(['”', '’', '»']);
const OPENING_ONLY = new Set(['“', '‘', '«', '„']);

/**
 * The span of a match widened by the marks an outlet distances itself with:
 * quotation marks written directly around the matched words (nothing else
 * inside them, so quoted speech, which holds a clause and its punctuation,
 * does not count) and/or "so-called" right before. Undefined when there is
 * no such mark. `lo`/`hi` bound the sentence, so marks are never borrowed
 * from a neighbouring sentence.
 */
export function distancedSpan(units: MatchUnits, first: number, last: number, kinds: Distancing[], lo: number, hi: number): { first: number; last: number } | undefined {
  const { keys, texts, starts, ends } = units;
  let a = first;
  let b = last;
  let distanced = false;
  const open = a - 1;
  const close = b + 1;
  if (
    kinds.includes('quotes') &&
    open >= lo &&
    close < hi &&
    QUOTES.has(keys[open] as string) &&
    QUOTES.has(keys[close] as string) &&
    !CLOSING_ONLY.has(texts[open] as string) &&
    !OPENING_ONLY.has(texts[close] as string) &&
    ends[open] === starts[a] &&
    ends[b] === starts[close]
  ) {
    a = open;
    b = close;
    distanced = true;
  }
  if (kinds.includes('so-called') && a - 2 >= lo && keys[a - 2] === 'so' && keys[a - 1] === 'called') {
    a -= 2;
    distanced = true;
  }
  return distanced ? { first: a, last: b } : undefined;
}
