import { describe, expect, it } from 'vitest';
// The benchmark's metric as bench:extract computes it (../shared/data/article-extraction-benchmark/README.md).
import { pageScore, shingles, summarise } from '../../bench/extract-metric.mjs';

describe("the extraction benchmark's metric", () => {
  it('counts shingles of four word tokens with multiplicity, a short text as one', () => {
    expect([...shingles('a b c d e a b c d').entries()]).toEqual([
      ['a b c d', 2],
      ['b c d e', 1],
      ['c d e a', 1],
      ['d e a b', 1],
      ['e a b c', 1],
    ]);
    expect([...shingles('Hello, world!').entries()]).toEqual([['Hello world', 1]]);
    expect(shingles('… —').size).toBe(0);
  });

  it('normalises each page so that every page weighs the same', () => {
    expect(pageScore('one two three four five', 'one two three four five')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(pageScore('one two three four', '')).toEqual({ tp: 0, fp: 0, fn: 1 });
    const half = pageScore('one two three four five', 'one two three four');
    expect(half).toEqual({ tp: 0.5, fp: 0, fn: 0.5 });
    expect(summarise([half, { tp: 1, fp: 0, fn: 0 }])).toEqual({ precision: 1, recall: 0.75, f1: 6 / 7 });
  });
});
