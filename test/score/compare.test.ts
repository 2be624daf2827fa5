import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import type { Article } from '../../src/corpus/types.js';
import { fixtureLexicon } from '../helpers.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, outlet, text, source: id });

/** Outlet A says "regime" in every article, "hostages" in three; outlet B says "Israeli government". Five articles each, so neither is a small sample by its articles. */
const corpus = {
  articles: [
    ...[1, 2, 3, 4, 5].map((n) => article(`a${n}`, 'A', `The Israeli regime said on day ${n} that the regime would act. The regime again. The regime once more${n <= 3 ? ', and hostages' : ''}.`)),
    ...[1, 2, 3, 4, 5].map((n) => article(`b${n}`, 'B', `The Israeli government said on day ${n} that it would act. Israel's government again and hostages were mentioned.`)),
  ],
};

describe('compareOutlets', async () => {
  const result = await analyze(corpus, [fixtureLexicon('basics')], { workers: 0 });
  const stat = (outlet: string, id: string) => result.comparison.variants.find((s) => s.outlet === outlet && s.id === id);

  it('gives each share its Wilson interval and flags only thin evidence', () => {
    const regime = stat('A', 'basics/israel-state/regime');
    expect(regime).toMatchObject({ count: 20, mentions: 20, share: 1, smallSample: false });
    expect(regime?.shareLow).toBeCloseTo(0.8389, 3); // Wilson 20/20
    expect(regime?.shareHigh).toBe(1);
    const hostagesA = stat('A', 'basics/held/hostages');
    expect(hostagesA).toMatchObject({ count: 3, mentions: 3, smallSample: true });
  });

  it('marks the outlet that over-uses a variant with a positive z, the other with a negative one', () => {
    expect(stat('A', 'basics/israel-state/regime')?.logOddsZ).toBeGreaterThan(1.96);
    expect(stat('B', 'basics/israel-state/regime')?.logOddsZ).toBeLessThan(-1.96);
    expect(Math.abs(stat('A', 'basics/held/hostages')?.logOddsZ ?? 99)).toBeLessThan(1);
  });

  it('gives rates bootstrap intervals over articles', () => {
    const regime = stat('A', 'basics/israel-state/regime');
    expect(regime?.rateLow).not.toBeNull();
    expect(regime?.rateLow).toBeLessThanOrEqual(regime?.ratePer1000Words ?? 0);
    expect(regime?.rateHigh).toBeGreaterThanOrEqual(regime?.ratePer1000Words ?? 0);
  });

  it('measures how far apart the outlets’ naming is', () => {
    const { outlets, jsd } = result.comparison.divergence;
    expect(outlets).toEqual(['A', 'B']);
    expect(jsd[0]?.[1]).toBeGreaterThan(0.3);
    expect(jsd[1]?.[0]).toBe(jsd[0]?.[1]);
    expect(jsd[0]?.[0]).toBe(0);
  });

  it('lists the words each outlet uses more, without stop-words or numbers', () => {
    const terms = result.comparison.distinctiveTerms.filter((t) => t.outlet === 'A').map((t) => t.term);
    expect(terms).toContain('regime');
    expect(terms).not.toContain('the');
    expect(terms.some((t) => /\d/.test(t))).toBe(false);
  });
});

describe('distinctive words on a single article', () => {
  it('are listed alphabetically, not ranked', async () => {
    const single = await analyze(
      { articles: [article('s1', 'Solo', 'The regime regime regime spoke of hostages and more hostages and yet more hostages today.'), article('s2', 'Other', 'The Israeli government spoke of captives today, and the government again.')] },
      [fixtureLexicon('basics')],
      { workers: 0 },
    );
    const terms = single.comparison.distinctiveTerms.filter((t) => t.outlet === 'Solo').map((t) => t.term);
    expect(terms.length).toBeGreaterThan(1);
    expect(terms).toEqual([...terms].sort());
    expect(single.comparison.distinctiveTerms.every((t) => t.smallSample)).toBe(true);
  });
});
