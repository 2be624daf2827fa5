import type { Problem } from '../errors.js';
import type { Span } from './types.js';

/** Which occurrences of some words an annotation means. */
export type Occurrence = number | number[] | 'all' | undefined;

const WORD = /[\p{L}\p{N}]/u;

/** Where `words` occur in `text` as whole words (no letter or digit glued on either side). */
export function occurrencesOf(text: string, words: string, from = 0): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(words, from); i >= 0; i = text.indexOf(words, i + 1)) {
    const before = i > 0 ? text.charAt(i - 1) : ' ';
    const after = text.charAt(i + words.length) || ' ';
    const gluedBefore = WORD.test(before) && WORD.test(words.charAt(0));
    const gluedAfter = WORD.test(after) && WORD.test(words.charAt(words.length - 1));
    if (!gluedBefore && !gluedAfter) found.push(i);
  }
  return found;
}

/** The chosen positions among those found, or a problem saying what to write instead. */
export function choose(found: number[], occurrence: Occurrence, describe: string): number[] | string {
  if (found.length === 0) return `${describe} not found in the article`;
  if (occurrence === 'all') return found;
  if (occurrence === undefined) return found.length === 1 ? found : `${describe} occurs ${found.length} times`;
  const wanted = typeof occurrence === 'number' ? [occurrence] : occurrence;
  const out: number[] = [];
  for (const n of wanted) {
    const at = found[n - 1];
    if (at === undefined) return `${describe}: occurrence ${n} asked for, but it occurs ${found.length} time(s)`;
    out.push(at);
  }
  return out;
}

/** A span selector as written: the words, or the first and last words of a longer span. */
export interface Selector {
  text?: string;
  from?: string;
  to?: string;
  occurrence?: Occurrence;
}

/** The spans a selector names in `text`, or a message for the annotator. */
export function resolveSelector(text: string, s: Selector): Span[] | string {
  if (s.text !== undefined) {
    const words = s.text;
    const at = choose(occurrencesOf(text, words), s.occurrence, `"${words}"`);
    return typeof at === 'string' ? at : at.map((start) => ({ start, end: start + words.length }));
  }
  const from = s.from as string;
  const to = s.to as string;
  const starts = choose(occurrencesOf(text, from), s.occurrence, `"${from}"`);
  if (typeof starts === 'string') return starts;
  const spans: Span[] = [];
  for (const start of starts) {
    const end = text.indexOf(to, start);
    if (end < 0) return `"${to}" not found after "${from}"`;
    spans.push({ start, end: end + to.length });
  }
  return spans;
}

/** A problem in an annotation file at a JSON pointer. */
export function anchorProblem(file: string, pointer: string, at: { line: number; column: number } | undefined, value: unknown, message: string): Problem {
  return {
    file,
    pointer,
    line: at?.line,
    column: at?.column,
    value,
    message,
    expected: 'words exactly as in the article text (same case, marks and spaces); with "occurrence" (1, 2, … or "all") where they occur more than once',
  };
}
