import { describe, expect, it } from 'vitest';
import { contextAround } from '../../src/report/concordance.js';

describe('contextAround', () => {
  const text = 'one two three four five six seven eight nine ten';

  it.each([
    ['mid text, cut at word boundaries', 14, 18, 8, { left: '… three ', right: ' five …' }],
    ['at the start', 0, 3, 8, { left: '', right: ' two …' }],
    ['at the end', 45, 48, 8, { left: '… nine ', right: '' }],
  ])('%s', (_name, start, end, width, expected) => {
    expect(contextAround(text, start, end, width)).toEqual(expected);
  });

  it('folds line breaks into spaces', () => {
    expect(contextAround('a\n\nb hit c\nd', 5, 8, 20)).toEqual({ left: 'a b ', right: ' c d' });
  });
});
