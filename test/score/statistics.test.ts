import { describe, expect, it } from 'vitest';
import { addToReplicates, emptyReplicates, mergeReplicates, replicateIntervals, replicateWeights, type ReplicateTable } from '../../src/score/replicates.js';
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

describe('Poisson bootstrap', () => {
  const articles = [
    { id: 'p1', words: 400, x: 2 },
    { id: 'p2', words: 500, x: 0 },
    { id: 'p3', words: 300, x: 6 },
    { id: 'p4', words: 600, x: 1 },
    { id: 'p5', words: 450, x: 3 },
    { id: 'p6', words: 350, x: 2 },
    { id: 'p7', words: 550, x: 1 },
    { id: 'p8', words: 250, x: 4 },
  ];
  const tableOf = (list: typeof articles, seed?: number): ReplicateTable => {
    const table = emptyReplicates();
    for (const a of list) addToReplicates(table, replicateWeights(a.id, undefined, seed), a.words, [['x', a.x]]);
    return table;
  };
  const intervalOf = (seed?: number) => replicateIntervals(tableOf(articles, seed), ['x']).get('x');

  it('weights an article by Poisson(1) draws that depend on its id alone', () => {
    const weights = replicateWeights('p1');
    expect(weights).toEqual(replicateWeights('p1'));
    expect(weights).not.toEqual(replicateWeights('p2'));
    expect(weights).toHaveLength(1000);
    const mean = weights.reduce((n, w) => n + w, 0) / weights.length;
    expect(mean).toBeGreaterThan(0.9);
    expect(mean).toBeLessThan(1.1);
    // P(0) = P(1) = e⁻¹ ≈ 0.368 for Poisson(1).
    expect(weights.filter((w) => w === 0).length / 1000).toBeCloseTo(0.368, 1);
  });

  it('is reproducible with the fixed seed and changes with another', () => {
    expect(intervalOf()).toEqual(intervalOf());
    expect(intervalOf(1)).not.toEqual(intervalOf(2));
  });

  it('contains the pooled rate and stays within the per-article extremes', () => {
    const interval = intervalOf();
    const pooled = (1000 * 19) / 3400;
    expect(interval?.low).toBeLessThan(pooled);
    expect(interval?.high).toBeGreaterThan(pooled);
    // p2 has the lowest rate (0), p3 the highest (20 per 1,000): a replicate's pooled rate lies between them.
    expect(interval?.low).toBeGreaterThan(0);
    expect(interval?.high).toBeLessThan(20);
  });

  it('rates every key from the same replicates; a key never counted stays at 0', () => {
    const both = replicateIntervals(tableOf(articles), ['x', 'y']);
    expect(both.get('x')).toEqual(intervalOf());
    expect(both.get('y')).toEqual({ low: 0, high: 0 });
  });

  it('collapses to the rate when every article is alike: a replicate that drew no article has no rate, not a rate of 0', () => {
    const alike = [
      { id: 'q1', words: 500, x: 1 },
      { id: 'q2', words: 500, x: 1 },
    ];
    expect(replicateIntervals(tableOf(alike), ['x']).get('x')).toEqual({ low: 2, high: 2 });
  });

  it('adds up across shards in any order, and takes an article away exactly', () => {
    const whole = tableOf(articles);
    const shards = [articles.slice(5), articles.slice(0, 2), articles.slice(2, 5)].map((list) => tableOf([...list].reverse()));
    const merged = emptyReplicates();
    for (const part of shards) mergeReplicates(merged, part);
    expect(merged).toEqual(whole);
    const less = tableOf(articles);
    addToReplicates(less, replicateWeights('p3'), 300, [['x', 6]], -1);
    expect(less.words).toEqual(tableOf(articles.filter((x) => x.id !== 'p3')).words);
    expect(less.counts.get('x')).toEqual(tableOf(articles.filter((x) => x.id !== 'p3')).counts.get('x'));
  });
});
