import { describe, expect, it } from 'vitest';
import { countWords, wordsOf } from '../../src/nlp/words.js';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['Hamas', 1],
    ['al-Aqsa Storm', 2],
    ['Hamas’s leaders', 2],
    ["US-Israel talks", 2],
    ['34.904 Palestinians; 28,340 victims', 4],
    ['85% of the population', 4],
    ['He said — “no.”', 3],
    ['غزة تحت القصف', 3],
    ['Война в Газе', 3],
    ['News   /   Palestine   /   Politics', 3],
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it('counts a range of a text', () => {
    expect(countWords('one two three four', 4, 13)).toBe(2);
  });
});

describe('countWords and wordsOf agree with the rule written as a regular expression', () => {
  const RULE = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02BC\-\u2010\u2011.,][\p{L}\p{M}\p{N}]+)*/gu;
  const pieces = ['a', 'Z', '9', 'é', 'غ', 'Ж', '𝐀', '😀', ' ', '-', "'", '’', '.', ',', '%', '\n', '\u00a0', '–', 'ــ', '\u0301'];

  it('on random mixtures of letters, digits, joiners and punctuation', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const words = text.match(RULE) ?? [];
        expect(countWords(text)).toBe(words.length);
        expect(wordsOf(text)).toEqual(text.toLowerCase().match(RULE) ?? []);
        // A range (cut between pieces, as structure cuts between characters) counts as the rule does on that slice.
        const from = parts.slice(0, Math.floor(parts.length / 3)).join('').length;
        const to = parts.slice(0, Math.floor((2 * parts.length) / 3)).join('').length;
        expect(countWords(text, from, to)).toBe((text.slice(from, to).match(RULE) ?? []).length);
      }),
      { numRuns: 2000 },
    );
  });
});
