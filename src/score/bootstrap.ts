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
  const rates = keys.map(() => new Float64Array(resamples));
  const totals = new Float64Array(keys.length);
  const rng = xoroshiro128plus(seed);
  for (let r = 0; r < resamples; r++) {
    totals.fill(0);
    let words = 0;
    for (let i = 0; i < articles.length; i++) {
      const pick = articles[uniformInt(rng, 0, articles.length - 1)] as ArticleCounts;
      words += pick.words;
      for (const [key, count] of pick.counts) {
        const k = index.get(key);
        if (k !== undefined) totals[k] = (totals[k] as number) + count;
      }
    }
    for (let k = 0; k < keys.length; k++) (rates[k] as Float64Array)[r] = words === 0 ? 0 : (1000 * (totals[k] as number)) / words;
  }
  keys.forEach((key, k) => {
    const sorted = (rates[k] as Float64Array).sort();
    intervals.set(key, { low: quantile(sorted, 0.025), high: quantile(sorted, 0.975) });
  });
  return intervals;
}
