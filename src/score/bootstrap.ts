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

/** An article's counts as parallel arrays of key indices and counts: the inner loop then touches no Map. */
interface SparseCounts {
  words: number;
  keys: Int32Array;
  counts: Float64Array;
}

function sparse(article: ArticleCounts, index: ReadonlyMap<string, number>): SparseCounts {
  const keys: number[] = [];
  const counts: number[] = [];
  for (const [key, count] of article.counts) {
    const k = index.get(key);
    if (k === undefined || count === 0) continue;
    keys.push(k);
    counts.push(count);
  }
  return { words: article.words, keys: Int32Array.from(keys), counts: Float64Array.from(counts) };
}

/**
 * Percentile bootstrap intervals (95 %) of rates per 1,000 words, resampling
 * whole articles with replacement: articles, not words, are the independent
 * units of a news corpus. Each resample is drawn once and serves every key,
 * and the generator is seeded, so a report is reproducible. Empty for fewer
 * than two articles.
 */
export function bootstrapRateIntervals(articles: readonly ArticleCounts[], keys: readonly string[], seed = BOOTSTRAP_SEED, resamples = BOOTSTRAP_RESAMPLES): Map<string, Interval> {
  const intervals = new Map<string, Interval>();
  if (articles.length < 2 || keys.length === 0) return intervals;
  const index = new Map(keys.map((k, i) => [k, i]));
  const units = articles.map((a) => sparse(a, index));
  const n = units.length;
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
      const { keys: ks, counts, words: w } = units[i] as SparseCounts;
      words += times * w;
      for (let j = 0; j < ks.length; j++) {
        const k = ks[j] as number;
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
