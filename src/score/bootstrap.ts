import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Interval } from './wilson.js';

/** One resampling unit: an article's words and its counts of each thing being rated. */
export interface ArticleCounts {
  words: number;
  counts: ReadonlyMap<string, number>;
}

export const BOOTSTRAP_SEED = 20240509;
export const BOOTSTRAP_RESAMPLES = 1000;

function quantile(sorted: Float64Array, q: number): number {
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.ceil(at);
  const low = sorted[below] as number;
  return low + ((sorted[above] as number) - low) * (at - below);
}

/**
 * Every article's words and counts in one block of parallel arrays, keyed
 * by the index of each thing being rated: article i's counts are entries
 * `offsets[i]` to `offsets[i + 1]` of `keys` and `counts`. The inner loop
 * then touches no Map and walks memory in order, and the block crosses to
 * a worker thread as a few typed arrays.
 */
export interface CountBlock {
  words: Float64Array;
  offsets: Int32Array;
  keys: Int32Array;
  counts: Float64Array;
}

/**
 * A count block from each article's words and what `fill(i, add)` adds for
 * article i: `add(key, count)` may name a key more than once (the counts are
 * summed) or not at all (`undefined` is left out).
 */
export function buildCountBlock(words: readonly number[], keyCount: number, fill: (i: number, add: (key: number | undefined, count?: number) => void) => void): CountBlock {
  const offsets = new Int32Array(words.length + 1);
  const keys: number[] = [];
  const counts: number[] = [];
  // One article's sums, and the keys it touched in the order first added; cleared after each article.
  const tally = new Float64Array(keyCount);
  const touched: number[] = [];
  const add = (key: number | undefined, count = 1): void => {
    if (key === undefined || count === 0) return;
    if (tally[key] === 0) touched.push(key);
    tally[key] = (tally[key] as number) + count;
  };
  for (let i = 0; i < words.length; i++) {
    fill(i, add);
    for (const key of touched) {
      keys.push(key);
      counts.push(tally[key] as number);
      tally[key] = 0;
    }
    touched.length = 0;
    offsets[i + 1] = keys.length;
  }
  return { words: Float64Array.from(words), offsets, keys: Int32Array.from(keys), counts: Float64Array.from(counts) };
}

/** The count block of articles whose counts are Maps by key (keys not in `keys` are left out). */
export function countBlock(articles: readonly ArticleCounts[], keys: readonly string[]): CountBlock {
  const index = new Map(keys.map((k, i) => [k, i]));
  return buildCountBlock(
    articles.map((a) => a.words),
    keys.length,
    (i, add) => {
      for (const [key, count] of (articles[i] as ArticleCounts).counts) add(index.get(key), count);
    },
  );
}

/**
 * Percentile bootstrap intervals (95 %) of rates per 1,000 words, resampling
 * whole articles with replacement: articles, not words, are the independent
 * units of a news corpus. Each resample is drawn once and serves every key,
 * and the generator is seeded, so a report is reproducible. Empty for fewer
 * than two articles.
 */
export function bootstrapRateIntervals(articles: readonly ArticleCounts[], keys: readonly string[], seed = BOOTSTRAP_SEED, resamples = BOOTSTRAP_RESAMPLES): Map<string, Interval> {
  return bootstrapBlockIntervals(countBlock(articles, keys), keys, seed, resamples);
}

/** bootstrapRateIntervals over a count block whose key indices are places in `keys`. */
export function bootstrapBlockIntervals(block: CountBlock, keys: readonly string[], seed = BOOTSTRAP_SEED, resamples = BOOTSTRAP_RESAMPLES): Map<string, Interval> {
  const intervals = new Map<string, Interval>();
  const n = block.words.length;
  if (n < 2 || keys.length === 0) return intervals;
  const { words: wordsOf, offsets, keys: keyOf, counts } = block;
  // rates[k * resamples + r]: one block, so a key's resamples are contiguous to sort.
  const rates = new Float64Array(keys.length * resamples);
  const totals = new Float64Array(keys.length);
  const rng = xoroshiro128plus(seed);
  // How often each article was drawn: a resample adds each drawn article once, times its multiplicity (about a third of articles are not drawn at all).
  const drawn = new Int32Array(n);
  for (let r = 0; r < resamples; r++) {
    totals.fill(0);
    drawn.fill(0);
    for (let i = 0; i < n; i++) {
      const pick = uniformInt(rng, 0, n - 1);
      drawn[pick] = (drawn[pick] as number) + 1;
    }
    // Counts and words are integers, so these sums are exact in any order: the rates do not depend on how they are added up.
    let words = 0;
    for (let i = 0; i < n; i++) {
      const times = drawn[i] as number;
      if (times === 0) continue;
      words += times * (wordsOf[i] as number);
      const end = offsets[i + 1] as number;
      for (let j = offsets[i] as number; j < end; j++) {
        const k = keyOf[j] as number;
        totals[k] = (totals[k] as number) + times * (counts[j] as number);
      }
    }
    const scale = words === 0 ? 0 : 1000 / words;
    for (let k = 0; k < keys.length; k++) rates[k * resamples + r] = (totals[k] as number) * scale;
  }
  keys.forEach((key, k) => {
    const sorted = rates.subarray(k * resamples, (k + 1) * resamples).sort();
    intervals.set(key, { low: quantile(sorted, 0.025), high: quantile(sorted, 0.975) });
  });
  return intervals;
}
