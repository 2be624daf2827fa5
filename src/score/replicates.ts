import type { Interval } from './wilson.js';

export const BOOTSTRAP_SEED = 20240509;
export const BOOTSTRAP_RESAMPLES = 1000;

/** 32-bit FNV-1a of a string's UTF-16 code units: a stable seed from an article id. */
export function hashString(value: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Cumulative Poisson(1) probabilities P(X ≤ k), k = 0…8; beyond 8 the tail is below 1e-6 and counts as 9. */
const POISSON_CDF = (() => {
  const cdf: number[] = [];
  let p = Math.exp(-1);
  let sum = 0;
  for (let k = 0; k <= 8; k++) {
    sum += p;
    cdf.push(sum);
    p /= k + 1;
  }
  return cdf;
})();

/**
 * An article's weight in each of the bootstrap's replicates: independent
 * Poisson(1) draws from a generator seeded by the article's id (Poisson
 * bootstrap, Hanley & MacGibbon 2006). They depend on nothing but the id, so
 * a replicate's sums add up the same whether the articles were analysed in
 * one run or in shards merged later, in any order.
 */
export function replicateWeights(articleId: string, resamples = BOOTSTRAP_RESAMPLES, seed = BOOTSTRAP_SEED): Uint8Array {
  // mulberry32, seeded by the id's hash mixed with the run's seed.
  let a = hashString(articleId, (0x811c9dc5 ^ seed) >>> 0);
  const weights = new Uint8Array(resamples);
  for (let r = 0; r < resamples; r++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    let k = 0;
    while (k < POISSON_CDF.length && u >= (POISSON_CDF[k] as number)) k++;
    weights[r] = k;
  }
  return weights;
}

/**
 * One outlet's bootstrap replicates: in replicate r, the words and the count
 * of each key (variant id, `category:` id) summed over its articles, each
 * article weighted by its r-th weight. Integers throughout, so sums are exact
 * in any order and tables from shards add up to the single run's.
 */
export interface ReplicateTable {
  words: Float64Array;
  counts: Map<string, Int32Array>;
}

export function emptyReplicates(resamples = BOOTSTRAP_RESAMPLES): ReplicateTable {
  return { words: new Float64Array(resamples), counts: new Map() };
}

/** Adds (sign 1) or takes away (sign −1) one article's words and counts, weighted by its replicate weights. */
export function addToReplicates(table: ReplicateTable, weights: Uint8Array, words: number, counts: Iterable<readonly [string, number]>, sign = 1): void {
  const n = table.words.length;
  for (let r = 0; r < n; r++) table.words[r] = (table.words[r] as number) + sign * (weights[r] as number) * words;
  for (const [key, count] of counts) {
    if (count === 0) continue;
    let row = table.counts.get(key);
    if (!row) {
      row = new Int32Array(n);
      table.counts.set(key, row);
    }
    const c = sign * count;
    for (let r = 0; r < n; r++) row[r] = (row[r] as number) + (weights[r] as number) * c;
  }
}

/** Adds `from` into `into`: tables of shards add up to the table of their union. */
export function mergeReplicates(into: ReplicateTable, from: ReplicateTable): void {
  const n = into.words.length;
  for (let r = 0; r < n; r++) into.words[r] = (into.words[r] as number) + (from.words[r] as number);
  for (const [key, row] of from.counts) {
    const mine = into.counts.get(key);
    if (!mine) into.counts.set(key, Int32Array.from(row));
    else for (let r = 0; r < n; r++) mine[r] = (mine[r] as number) + (row[r] as number);
  }
}

function quantile(sorted: Float64Array, q: number): number {
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.ceil(at);
  const low = sorted[below] as number;
  return low + ((sorted[above] as number) - low) * (at - below);
}

/**
 * Percentile intervals (95 %) of each key's rate per 1,000 words over the
 * replicates; a key never counted has the interval 0–0. A replicate that drew
 * no words (every article weighted 0, likely for an outlet of few articles)
 * has no rate and is left out, rather than counted as a rate of 0.
 */
export function replicateIntervals(table: ReplicateTable, keys: readonly string[]): Map<string, Interval> {
  const intervals = new Map<string, Interval>();
  const drawn: number[] = [];
  for (let r = 0; r < table.words.length; r++) if ((table.words[r] as number) > 0) drawn.push(r);
  const rates = new Float64Array(drawn.length);
  for (const key of keys) {
    const row = table.counts.get(key);
    if (!row || drawn.length === 0) {
      intervals.set(key, { low: 0, high: 0 });
      continue;
    }
    drawn.forEach((r, i) => (rates[i] = (1000 * (row[r] as number)) / (table.words[r] as number)));
    rates.sort();
    intervals.set(key, { low: quantile(rates, 0.025), high: quantile(rates, 0.975) });
  }
  return intervals;
}

/** One article's words and counts by key, for rating a set of articles on its own. */
export interface RatedArticle {
  /** Seeds the article's replicate weights. */
  id: string;
  words: number;
  counts: Iterable<readonly [string, number]>;
}

/** Each key's rate interval over a set of articles (the Poisson bootstrap above); none with fewer than two articles, whose spread cannot be resampled. */
export function articleRateIntervals(articles: readonly RatedArticle[], keys: readonly string[]): Map<string, Interval> {
  if (articles.length < 2) return new Map();
  const table = emptyReplicates();
  for (const a of articles) addToReplicates(table, replicateWeights(a.id), a.words, a.counts);
  return replicateIntervals(table, keys);
}
