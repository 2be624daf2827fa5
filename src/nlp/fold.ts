/*
 * The text as the tokenizer and matching read it, with a way back to the
 * original's offsets. Characters that hide a word from matching without
 * changing how it reads are folded away before wink sees the text:
 * - removed: zero-width space, non-joiner and joiner, word joiner, byte-order
 *   mark, soft hyphen (`re\u200Bgime`, `con\u00ADflict` are one word);
 * - Turkish dotted capital İ read as I, dotless ı as i (`İsrael`, `israelı`);
 * - a letter or digit with a compatibility form, in its NFKC form: ligatures
 *   (`ﬂ` → `fl`), fullwidth (`ｒｅｇｉｍｅ`), mathematical letters, long s.
 * Every token's offsets are mapped back, so a highlight covers exactly the
 * characters of the original text.
 */

const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);
const TURKISH: ReadonlyMap<number, string> = new Map([
  [0x0130, 'I'],
  [0x0131, 'i'],
]);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTERS_MARKS_DIGITS = /^[\p{L}\p{M}\p{N}]+$/u;

/** What a code point at or above U+0080 becomes: '' (removed), a replacement, or undefined (kept). Remembered per code point. */
const folds = new Map<number, string | null>();

function foldOf(cp: number): string | undefined {
  let fold = folds.get(cp);
  if (fold === undefined) {
    fold = null;
    if (INVISIBLE.has(cp)) fold = '';
    else if (TURKISH.has(cp)) fold = TURKISH.get(cp) as string;
    else {
      const char = String.fromCodePoint(cp);
      if (LETTER_OR_DIGIT.test(char)) {
        const nfkc = char.normalize('NFKC');
        if (nfkc !== char && LETTERS_MARKS_DIGITS.test(nfkc)) fold = nfkc;
      }
    }
    folds.set(cp, fold);
  }
  return fold ?? undefined;
}

/** A folded text and the way from its offsets back to the original's. */
export interface FoldedText {
  text: string;
  /** Where the character at a folded offset starts in the original. */
  startOf(offset: number): number;
  /** Where the character at a folded offset ends in the original. */
  endOf(offset: number): number;
}

const IDENTITY = (text: string): FoldedText => ({ text, startOf: (i) => i, endOf: (i) => i + 1 });

/**
 * Folds `text` for matching. Changes are rare, so the way back is kept
 * sparse: the shift (original minus folded offset) from each change on, and
 * the original span of each character that replaced another.
 */
export function foldForMatching(text: string): FoldedText {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) < 0x80 || foldOf(text.codePointAt(i) as number) === undefined)) i++;
  if (i === text.length) return IDENTITY(text);

  const parts: string[] = [];
  /** Folded offsets from which `shifts[k]` applies, ascending. */
  const from: number[] = [0];
  const shifts: number[] = [0];
  const replaced = new Map<number, [number, number]>();
  let copied = 0;
  let length = 0;
  for (; i < text.length; ) {
    const code = text.charCodeAt(i);
    const cp = code < 0x80 ? code : (text.codePointAt(i) as number);
    const width = cp > 0xffff ? 2 : 1;
    const fold = code < 0x80 ? undefined : foldOf(cp);
    if (fold === undefined) {
      i += width;
      continue;
    }
    parts.push(text.slice(copied, i), fold);
    length += i - copied;
    for (let k = 0; k < fold.length; k++) replaced.set(length + k, [i, i + width]);
    length += fold.length;
    i += width;
    copied = i;
    from.push(length);
    shifts.push(i - length);
  }
  parts.push(text.slice(copied));
  let last = 0;
  const shiftAt = (offset: number): number => {
    // Offsets are asked for in increasing order: start from the last answer, search only when going back.
    if (from[last] as number > offset) last = 0;
    while (last + 1 < from.length && (from[last + 1] as number) <= offset) last++;
    return shifts[last] as number;
  };
  return {
    text: parts.join(''),
    startOf: (offset) => replaced.get(offset)?.[0] ?? offset + shiftAt(offset),
    endOf: (offset) => replaced.get(offset)?.[1] ?? offset + shiftAt(offset) + 1,
  };
}
