import type { Distancing } from '../lexicon/types.js';
import type { Slot } from './compile-variants.js';
import type { MatchUnits } from './units.js';

/** Quotation marks after normalisation (curly, guillemets and straight all fold to these two). */
const QUOTE_KEYS = ['"', "'"];
const CLOSING_ONLY = new Set(['”', '’', '»']);
const OPENING_ONLY = new Set(['“', '‘', '«', '„']);
const INSIDE_PUNCTUATION = [',', '.'];
const SO_CALLED: Slot[] = [
  { kind: 'word', key: 'so' },
  { kind: 'word', key: 'called' },
];

/**
 * The paths a distanced variant's pattern becomes: the pattern between
 * quotation marks and/or after "so-called". The marks are part of the path,
 * so the trie only reaches such a variant where the marks are in the text,
 * and the hit spans them.
 */
export function distancedPaths(path: Slot[], kinds: Distancing[]): Slot[][] {
  // American style puts a comma or full stop inside the closing mark: `the “referendum,”`.
  const quoted = kinds.includes('quotes')
    ? QUOTE_KEYS.flatMap((key): Slot[][] => [[], ...INSIDE_PUNCTUATION.map((p): Slot[] => [{ kind: 'word', key: p }])].map((inside) => [{ kind: 'word', key }, ...path, ...inside, { kind: 'word', key }]))
    : [];
  if (!kinds.includes('so-called')) return quoted;
  return [...quoted, [...SO_CALLED, ...path], ...quoted.map((q) => [...SO_CALLED, ...q])];
}

/**
 * Whether the quotation marks of a distanced match are scare quotes: written
 * directly against the matched words, opening before and closing after, with
 * nothing else inside. Quoted speech holds a clause and its punctuation, so
 * its marks are not against a name alone. A match after "so-called" without
 * marks needs no check.
 */
export function distancingHolds(units: MatchUnits, first: number, last: number): boolean {
  const { norms, texts, starts, ends } = units.tokens;
  const token = (j: number): number => units.at[j] as number;
  const open = norms[token(first)] === 'so' && norms[token(first + 1)] === 'called' ? first + 2 : first;
  if (!QUOTE_KEYS.includes(norms[token(open)] as string)) return true;
  return (
    norms[token(last)] === norms[token(open)] &&
    !CLOSING_ONLY.has(texts[token(open)] as string) &&
    !OPENING_ONLY.has(texts[token(last)] as string) &&
    ends[token(open)] === starts[token(open + 1)] &&
    ends[token(last - 1)] === starts[token(last)]
  );
}
