/**
 * How framelens counts words, everywhere (rates, totals, shares of text):
 * a word is a run of letters, marks or digits; an apostrophe, hyphen or a
 * decimal point or comma between two such characters keeps the run together.
 * So `al-Aqsa`, `Hamas’s`, `US-Israel`, `34.904` and `28,340` are one word
 * each; `85%` is one word; punctuation and symbols are not words. Any script
 * counts (Arabic, Cyrillic). This does not depend on the tokenizer, so word
 * counts cannot change with article order or how work is split.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02BC\-\u2010\u2011.,][\p{L}\p{M}\p{N}]+)*/gu;

export const WORD_COUNT_RULE =
  'A word is a run of letters or digits (any script); an apostrophe, hyphen, or decimal point or comma between two of them keeps the run together, so "al-Aqsa", "Hamas’s", "US-Israel" and "34.904" each count as one word. Punctuation and symbols are not words.';

export function countWords(text: string, start = 0, end = text.length): number {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(slice) !== null) n++;
  return n;
}

/** The words of a text, lower-cased, in order (for vocabulary statistics). */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []) as string[];
}
