/**
 * How framelens counts words, everywhere (rates, totals, shares of text):
 * a word is a run of letters, marks or digits; an apostrophe, hyphen or a
 * decimal point or comma between two such characters keeps the run together.
 * So `al-Aqsa`, `Hamas’s`, `US-Israel`, `34.904` and `28,340` are one word
 * each; `85%` is one word; punctuation and symbols are not words. Any script
 * counts (Arabic, Cyrillic). This does not depend on the tokenizer, so word
 * counts cannot change with article order or how work is split.
 */
export const WORD_COUNT_RULE =
  'A word is a run of letters or digits (any script); an apostrophe, hyphen, or decimal point or comma between two of them keeps the run together, so "al-Aqsa", "Hamas’s", "US-Israel" and "34.904" each count as one word. Punctuation and symbols are not words.';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02BC\-\u2010\u2011.,\u200B-\u200D\u2060\uFEFF\u00AD][\p{L}\p{M}\p{N}]+)*/gu;

/** Apostrophes, hyphens, decimal point and comma; and the invisible characters matching ignores (zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen), so `re\u200Bgime` is one word. */
function isJoiner(code: number): boolean {
  return (
    code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x2e || code === 0x2c ||
    code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0xad
  );
}

/** Letter, mark or digit at index i (a surrogate pair is judged whole). */
function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  const cp = text.codePointAt(i) as number;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** Where the word that begins at i (a word character) ends: past its last character, joiners kept inside. */
function wordEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    if (isWordCharAt(text, j)) j += text.charCodeAt(j) >= 0xd800 && text.charCodeAt(j) <= 0xdbff ? 2 : 1;
    else if (isJoiner(text.charCodeAt(j)) && j + 1 < end && isWordCharAt(text, j + 1)) j += 1;
    else break;
  }
  return j;
}

/** Where the next word begins at or after i (end when there is none). */
function nextWord(text: string, i: number, end: number): number {
  while (i < end && !isWordCharAt(text, i)) i++;
  return i;
}

/** Whether the text holds at least one word: countWords(text) > 0, without counting them all. */
export function hasWord(text: string): boolean {
  return nextWord(text, 0, text.length) < text.length;
}

/** Counts words by the rule above; a character scan, several times faster than the equivalent Unicode regex. */
export function countWords(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = nextWord(text, start, end); i < end; i = nextWord(text, wordEnd(text, i, end), end)) n++;
  return n;
}

/** Each word of a text with its offset, as written. */
export function wordMatches(text: string): IterableIterator<RegExpMatchArray> {
  return text.matchAll(WORD);
}

/** The words of a text, lower-cased, in order (for vocabulary statistics and similarity); the same scan as countWords. */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  for (let i = nextWord(lower, 0, lower.length); i < lower.length; ) {
    const end = wordEnd(lower, i, lower.length);
    words.push(lower.slice(i, end));
    i = nextWord(lower, end, lower.length);
  }
  return words;
}
