import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { readTemplates } from '../../src/cli/read-templates.js';
import type { Article } from '../../src/corpus/types.js';
import { renderReport } from '../../src/report/render.js';
import { MIN_ARTICLES, MIN_MENTIONS } from '../../src/score/compare.js';
import { fixtureLexicon } from '../helpers.js';

/*
 * Small-sample honesty under the Poisson bootstrap: an outlet with fewer
 * than 5 articles, or a figure on fewer than 5 mentions, is flagged, never
 * marked as a difference, and its interval is never shown as precise, however
 * narrow the bootstrap makes it (two alike articles give a narrow one).
 */

const article = (id: string, outlet: string, text: string): Article => ({ id, outlet, text, source: `${id}.txt` });

const corpus = {
  articles: [
    // Few: two articles, six "regime" each, at nearly the same rate: many mentions, too few articles.
    ...[1, 2].map((n) =>
      article(`few${n}`, 'Few', `The regime spoke on day ${n}. The regime acted. The regime again. The regime once more. The regime, then the regime, had a plan for the day.`),
    ),
    // Many: six articles naming the government, five of them with "hostages": enough articles, enough mentions.
    ...[1, 2, 3, 4, 5, 6].map((n) =>
      article(`many${n}`, 'Many', `The Israeli government met on day ${n} and Israel's government spoke${n === 6 ? '' : ' of hostages'}. The Israeli government said more about ${'the talks and the plans of the day '.repeat(n)}.`),
    ),
    // Thin: six articles, one mention of the people held among them: enough articles, too few mentions.
    ...[1, 2, 3, 4, 5, 6].map((n) => article(`thin${n}`, 'Thin', `The Israeli government spoke on day ${n} of its plans${n === 1 ? ' and of hostages' : ''}. The Israeli government said no more.`)),
    // Solo: one article has no spread to resample.
    article('solo', 'Solo', 'The regime and the Israeli government, the regime said, and the regime again.'),
  ],
};

describe('the small-sample flag under the Poisson bootstrap', async () => {
  const result = await analyze(corpus, [fixtureLexicon('basics')], { workers: 0 });
  const stat = (outlet: string, id: string) => result.comparison.variants.find((s) => s.outlet === outlet && s.id === id);
  const regime = 'basics/israel-state/regime';
  const government = 'basics/israel-state/government';
  const hostages = 'basics/held/hostages';

  it('flags every figure of an outlet with fewer than 5 articles, however many mentions, and marks no difference', () => {
    expect(MIN_ARTICLES).toBe(5);
    const few = stat('Few', regime);
    expect(few).toMatchObject({ count: 12, mentions: 12, smallSample: true, difference: null });
    // The z alone would call it a difference; the flag forbids it.
    expect(few?.logOddsZ).toBeGreaterThan(1.96);
    // Two articles at nearly one rate: the bootstrap gives an interval, and it is narrow.
    expect(few?.rateLow).not.toBeNull();
    expect((few?.rateHigh ?? 0) - (few?.rateLow ?? 0)).toBeLessThan(few?.ratePer1000Words ?? 0);
    expect(result.comparison.variants.filter((s) => s.outlet === 'Few').every((s) => s.smallSample && s.difference === null)).toBe(true);
    expect(result.comparison.categories.filter((s) => s.outlet === 'Few').every((s) => s.smallSample && s.difference === null)).toBe(true);
  });

  it('flags a figure on fewer than 5 mentions in an outlet of enough articles, and not the others', () => {
    expect(MIN_MENTIONS).toBe(5);
    expect(stat('Thin', hostages)).toMatchObject({ count: 1, mentions: 1, smallSample: true, difference: null });
    expect(stat('Thin', government)).toMatchObject({ count: 12, smallSample: false });
    expect(stat('Many', hostages)).toMatchObject({ count: 5, mentions: 5, smallSample: false });
    expect(stat('Many', government)?.rateLow).not.toBeNull();
  });

  it('gives one article no interval at all', () => {
    expect(stat('Solo', regime)).toMatchObject({ smallSample: true, rateLow: null, rateHigh: null });
  });

  it('never shows a flagged interval as precise: ≈ in the report, the flag in the exports', () => {
    const meta = { generator: { name: 'framelens', version: '0.0.0' }, generatedAt: '1970-01-01T00:00:00.000Z', options: {} };
    const files = new Map(renderReport(result, readTemplates('templates'), meta).map((f) => [f.path, f.content]));
    const index = files.get('index.html') ?? '';
    const panel = index.slice(index.indexOf('id="panel-own"'), index.indexOf('id="panel-quoted"'));
    const cells = [...panel.matchAll(/<td class="num [^"]*" title="([^":]+):[^"]*">(.*?)<\/td>/g)].map(([, outlet, html]) => ({ outlet, html: html as string }));
    const withInterval = cells.filter((c) => c.html.includes('class="ci'));
    expect(withInterval.filter((c) => c.outlet === 'Few').length).toBeGreaterThan(0);
    for (const cell of withInterval) {
      const flagged = cell.outlet === 'Few' || cell.outlet === 'Solo' || cell.html.includes('small-flag');
      expect(cell.html.includes('<small class="ci imprecise">≈'), `${cell.outlet}: ${cell.html}`).toBe(flagged);
    }
    // Many's "Israel's government" and "hostages" are not small samples: shown as intervals, without ≈.
    expect(withInterval.some((c) => c.outlet === 'Many' && !c.html.includes('≈'))).toBe(true);
    expect(index).toContain('Fewer than 5 articles: Few; Solo.');
    const rows = (files.get('outlet-variants.csv') ?? '').trim().split('\n');
    const flag = rows[0]?.split(',').indexOf('flag_small_sample') ?? -1;
    const few = rows.filter((r) => r.startsWith('Few,'));
    expect(few.length).toBeGreaterThan(0);
    expect(few.every((r) => r.split(',')[flag] === '1')).toBe(true);
  });
});
