import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText, textForWink, tokenList } from '../../src/nlp/tokenize.js';

/** What wink splits tokens on (its model's "splitter"). */
const WINK_SPACE = /[ \n\r\t\u00A0\u2002-\u2005\u2009\u200A\u202F\u205F]/;

describe('textForWink', () => {
  it('leaves ordinary text alone', () => {
    for (const file of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(`seeds/${file}`, 'utf8');
      expect(textForWink(text) === text, file).toBe(true);
    }
  });

  it('keeps the length and changes only characters of long runs, each to a space', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: fc.constantFrom('a', '-', '.', '/', '😀', '\u3000', '\u00A0'), minLength: 200, maxLength: 900 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const text = pieces.join('');
        const fed = textForWink(text);
        expect(fed.length).toBe(text.length);
        // Checked by hand and asserted once: an expect per character would dominate the run time.
        const wrong: number[] = [];
        let longest = 0;
        let run = 0;
        for (let i = 0; i < text.length; i++) {
          if (fed[i] !== text[i]) {
            // A cut is one space for a BMP character that is not a space, or two for a whole surrogate pair.
            const pair = /[\uD800-\uDBFF]/.test(text[i] as string);
            const ok = fed[i] === ' ' && !WINK_SPACE.test(text[i] as string) && !/[\uDC00-\uDFFF]/.test(text[i] as string) && (!pair || (fed[i + 1] === ' ' && /[\uDC00-\uDFFF]/.test(text[i + 1] as string)));
            if (!ok) wrong.push(i);
            if (pair) i++;
            run = 0;
          } else run = WINK_SPACE.test(fed[i] as string) ? 0 : run + 1;
          longest = Math.max(longest, run);
        }
        expect(wrong).toEqual([]);
        expect(longest).toBeLessThanOrEqual(256);
      }),
    );
  });
});

describe('analyzeText on a very long line without spaces', () => {
  it.each([
    ['one megabyte of letters', 'a'.repeat(1_000_000)],
    ['hyphenated syllables', 'ab-'.repeat(300_000)],
    ['a path', `https://example.org/${'a/'.repeat(400_000)}`],
    ['emoji', '😀'.repeat(300_000)],
  ])('tokenises %s with exact offsets (quadratically, it would time out)', (_name, run) => {
    const text = `${run} the Israeli regime.`;
    const tokens = tokenList(analyzeText(text));
    expect(tokens.filter((t) => text.slice(t.start, t.end) !== t.text)).toEqual([]);
    expect(tokens.slice(-4).map((t) => t.text)).toEqual(['the', 'Israeli', 'regime', '.']);
  });
});
