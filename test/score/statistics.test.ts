import { describe, expect, it } from 'vitest';
import { bootstrapBlockIntervals, bootstrapRateIntervals } from '../../src/score/bootstrap.js';
import { bootstrapInput } from '../../src/score/compare.js';
import type { Hit, VariantInfo } from '../../src/tag/types.js';
import { jensenShannon } from '../../src/score/divergence.js';
import { logOddsZ } from '../../src/score/log-odds.js';
import { wilsonInterval } from '../../src/score/wilson.js';

describe('wilsonInterval (95 %)', () => {
  it.each([
    // 7 of 9 (Press TV's "regime" among its 9 mentions of Israel's state):
    //   p = 0.7778, z²/n = 3.8415/9 = 0.42684, denominator 1.42684,
    //   centre = (0.7778 + 0.21342) / 1.42684 = 0.69468,
    //   half = 1.95996 · √(0.7778·0.2222/9 + 3.8415/324) / 1.42684 = 1.95996 · 0.17624 / 1.42684 = 0.24210
    [7, 9, 0.452589, 0.936775],
    // 0 of 5: centre = half = (3.8415/10) / 1.76829 = 0.21724, so [0, 0.43448]
    [0, 5, 0, 0.434482],
    // 5 of 5 mirrors 0 of 5
    [5, 5, 0.565518, 1],
  ])('%i of %i → [%f, %f]', (k, n, low, high) => {
    const interval = wilsonInterval(k, n);
    expect(interval?.low).toBeCloseTo(low, 5);
    expect(interval?.high).toBeCloseTo(high, 5);
  });

  it('has no interval for n = 0', () => {
    expect(wilsonInterval(0, 0)).toBeUndefined();
  });
});

describe('logOddsZ (Monroe, Colaresi & Quinn 2008)', () => {
  it('matches the published formula worked by hand', () => {
    // 7 uses in a group of 344 words, none in the rest (1,890 words); background 7/2,234; α₀ = 1,000:
    //   α = 1000 · 7/2234 = 3.13339
    //   group: ln((7 + 3.13339) / (344 + 1000 − 7 − 3.13339)) = ln(10.13339 / 1333.86661) = −4.880001
    //   rest:  ln((0 + 3.13339) / (1890 + 1000 − 0 − 3.13339)) = ln(3.13339 / 2886.86661) = −6.825811
    //   δ = 1.945810; var = 1/10.13339 + 1/3.13339 = 0.417826; z = 1.945810 / √0.417826 = 3.010248
    const result = logOddsZ({ inGroup: 7, inRest: 0, groupTotal: 344, restTotal: 1890, background: 7 / 2234, priorStrength: 1000 });
    expect(result?.delta).toBeCloseTo(1.94581, 5);
    expect(result?.variance).toBeCloseTo(0.417826, 5);
    expect(result?.z).toBeCloseTo(3.010248, 5);
  });

  it('is 0 when group and rest use the term at the same rate, and antisymmetric', () => {
    const same = logOddsZ({ inGroup: 5, inRest: 10, groupTotal: 1000, restTotal: 2000, background: 15 / 3000, priorStrength: 500 });
    expect(same?.z).toBeCloseTo(0, 10);
    const ab = logOddsZ({ inGroup: 9, inRest: 1, groupTotal: 1000, restTotal: 1000, background: 0.005, priorStrength: 500 });
    const ba = logOddsZ({ inGroup: 1, inRest: 9, groupTotal: 1000, restTotal: 1000, background: 0.005, priorStrength: 500 });
    expect(ab?.z).toBeCloseTo(-(ba?.z ?? 0), 10);
  });

  it('has no value for a term absent from the background', () => {
    expect(logOddsZ({ inGroup: 0, inRest: 0, groupTotal: 10, restTotal: 10, background: 0, priorStrength: 100 })).toBeUndefined();
  });
});

describe('jensenShannon (base 2)', () => {
  it.each([
    [[3, 0], [0, 4], 1],
    [[1, 1], [2, 2], 0],
    // p = (1, 0), q = (½, ½), m = (¾, ¼): ½·log2(1/¾) + ½·(½·log2(½/¾) + ½·log2(½/¼)) = 0.207519 + 0.5·0.207519 = 0.311278
    [[1, 0], [1, 1], 0.311278],
  ])('%j vs %j = %f', (a, b, expected) => {
    expect(jensenShannon(a, b)).toBeCloseTo(expected, 5);
  });

  it('is symmetric and undefined for an empty side', () => {
    expect(jensenShannon([5, 2, 1], [1, 2, 5])).toBeCloseTo(jensenShannon([1, 2, 5], [5, 2, 1]) ?? -1, 12);
    expect(jensenShannon([0, 0], [1, 2])).toBeUndefined();
  });
});

describe('bootstrapRateIntervals', () => {
  const counts = (n: number): ReadonlyMap<string, number> => new Map([['x', n]]);
  const articles = [
    { words: 400, counts: counts(2) },
    { words: 500, counts: counts(0) },
    { words: 300, counts: counts(6) },
    { words: 600, counts: counts(1) },
  ];
  const intervalOf = (seed?: number) => bootstrapRateIntervals(articles, ['x'], seed).get('x');

  it('is reproducible with the fixed seed and changes with another', () => {
    expect(intervalOf()).toEqual(intervalOf());
    expect(intervalOf(1)).not.toEqual(intervalOf(2));
  });

  it('contains the pooled rate and stays within the per-article extremes', () => {
    const interval = intervalOf();
    const pooled = (1000 * 9) / 1800;
    expect(interval?.low).toBeLessThan(pooled);
    expect(interval?.high).toBeGreaterThan(pooled);
    expect(interval?.low).toBeGreaterThanOrEqual(0);
    expect(interval?.high).toBeLessThanOrEqual(20);
  });

  it('rates every key from the same resamples; a key never counted stays at 0', () => {
    const both = bootstrapRateIntervals(articles, ['x', 'y']);
    expect(both.get('x')).toEqual(intervalOf());
    expect(both.get('y')).toEqual({ low: 0, high: 0 });
  });

  it('collapses to the rate when every article is alike, and needs two articles', () => {
    expect(bootstrapRateIntervals([{ words: 500, counts: counts(1) }, { words: 500, counts: counts(1) }], ['x']).get('x')).toEqual({ low: 2, high: 2 });
    expect(bootstrapRateIntervals([{ words: 500, counts: counts(1) }], ['x']).size).toBe(0);
  });
});

describe('bootstrapInput', () => {
  const variant = (referent: string, name: string, category: string, order: number): VariantInfo => ({
    id: `lx/${referent}/${name}`,
    lexicon: 'lx',
    referent,
    referentKey: `lx/${referent}`,
    variant: name,
    category,
    order,
  });
  const variants = [variant('state', 'regime', 'delegitimising', 0), variant('state', 'government', 'neutral', 1), variant('war', 'israeli-war', 'loaded', 2)];
  const categories = ['delegitimising', 'loaded', 'neutral'];
  const hit = (v: VariantInfo): Hit => ({ id: v.id, lexicon: v.lexicon, referent: v.referent, variant: v.variant, category: v.category, start: 0, end: 1, text: 'x', sentence: 0 });
  const [regime, government, war] = variants as [VariantInfo, VariantInfo, VariantInfo];
  const articles = [
    { words: 400, hits: [hit(regime), hit(regime), hit(war)] },
    { words: 500, hits: [] },
    { words: 300, hits: [hit(government), hit(regime)] },
    { words: 600, hits: [hit(war), hit(war), hit(war), hit(government)] },
  ];
  /** The same counts as Maps by key, the form bootstrapRateIntervals takes. */
  const asMaps = articles.map((a) => {
    const counts = new Map<string, number>();
    for (const h of a.hits) {
      counts.set(h.id, (counts.get(h.id) ?? 0) + 1);
      counts.set(`category:${h.category}`, (counts.get(`category:${h.category}`) ?? 0) + 1);
    }
    return { words: a.words, counts };
  });

  it('keys variants, then categories, and counts each article once per key it has', () => {
    const { block, keys } = bootstrapInput({ articles }, variants, categories);
    expect(keys).toEqual(['lx/state/regime', 'lx/state/government', 'lx/war/israeli-war', 'category:delegitimising', 'category:loaded', 'category:neutral']);
    expect(Array.from(block.words)).toEqual([400, 500, 300, 600]);
    expect(Array.from(block.offsets)).toEqual([0, 4, 4, 8, 12]);
    const counted = (i: number) => Array.from(block.keys.subarray(block.offsets[i], block.offsets[i + 1]), (k, j) => [keys[k], block.counts[(block.offsets[i] ?? 0) + j]]);
    expect(counted(0)).toEqual([['lx/state/regime', 2], ['category:delegitimising', 2], ['lx/war/israeli-war', 1], ['category:loaded', 1]]);
    expect(counted(1)).toEqual([]);
    expect(counted(3)).toEqual([['lx/war/israeli-war', 3], ['category:loaded', 3], ['lx/state/government', 1], ['category:neutral', 1]]);
  });

  it('gives the intervals that counts as Maps give', () => {
    const { block, keys } = bootstrapInput({ articles }, variants, categories);
    const intervals = bootstrapBlockIntervals(block, keys);
    expect(intervals).toEqual(bootstrapRateIntervals(asMaps, keys));
    expect(intervals.get('lx/war/israeli-war')?.high).toBeGreaterThan(0);
  });
});
