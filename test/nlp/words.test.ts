import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/nlp/words.js';

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
