import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildScorecard, type ArchiveArticle } from '../../src/audit/scorecard.js';
import { renderScorecard, scorecardCsv } from '../../src/audit/scorecard-view.js';
import { styleOf } from './helpers.js';

const style = styleOf(`
rules:
  - id: no-regime
    level: error
    message: 'No "{match}" <script>alert(1)</script>'
    variants: [israel-gaza/israel-state/regime]
  - id: hedges
    level: suggestion
    message: '{count} hedges'
    variants: [news-general/hedging/reportedly]
    limit: { per1000Words: 2 }
`).style;

const article = (date: string | undefined, ownWords: number, regime: number, hedges = 0): ArchiveArticle => ({ ...(date ? { date } : {}), ownWords, counts: new Map([['no-regime', regime], ['hedges', hedges]]) });

describe('buildScorecard', () => {
  const archive = [article('2024-03-01', 500, 0), article('2024-03-20', 500, 1), article('2024-04-02', 400, 4, 2), article('2024-04-30', 600, 6), article(undefined, 300, 1), article('2024-04-03', 0, 0)];
  const baseline = [article('2024-03-05', 1000, 1), article('2024-04-05', 1000, 0)];
  const card = buildScorecard(archive, style.rules, baseline);
  const regime = card.rows[0]!;

  it('rates each rule per 1,000 own words by month, undated last; articles without words left out', () => {
    expect(card.periods).toEqual(['2024-03', '2024-04', 'undated']);
    expect(regime.cells.map((c) => [c.articles, c.ownWords, c.count, c.ratePer1000Words])).toEqual([
      [2, 1000, 1, 1],
      [2, 1000, 10, 10],
      [1, 300, 1, 1000 / 300],
    ]);
    expect(regime.total).toMatchObject({ articles: 5, ownWords: 2300, count: 12 });
  });

  it('gives bootstrap intervals, flags small samples and compares with the baseline', () => {
    const [march, april, undated] = regime.cells;
    expect(march!.smallSample).toBe(true);
    expect(april!.smallSample).toBe(false);
    expect(april!.rateLow).toBeLessThanOrEqual(10);
    expect(april!.rateHigh).toBeGreaterThanOrEqual(10);
    expect(undated!.rateLow).toBeNull();
    expect(regime.baseline).toMatchObject({ articles: 2, count: 1, ratePer1000Words: 0.5 });
    expect(april!.zAgainstBaseline).toBeGreaterThan(1.96);
  });

  it("marks a month over an aggregate rule's limit", () => {
    expect(card.rows[1]!.cells.map((c) => c.overLimit)).toEqual([false, false, false]);
    const heavy = buildScorecard([article('2024-05-01', 500, 0, 3)], style.rules);
    expect(heavy.rows[1]!.cells[0]!.overLimit).toBe(true);
  });

  it('renders the page with every value escaped, and a CSV row per rule and period', () => {
    const page = renderScorecard(
      card,
      { generator: { name: 'framelens', version: '0' }, generatedAt: '2026-01-01T00:00:00.000Z', styleTitle: '<img src=x onerror=alert(1)> {{constructor}}', styleFile: 's.yaml', archive: 'a', baseline: 'b', skipped: 1 },
      { page: readFileSync('templates/scorecard.hbs', 'utf8'), styles: readFileSync('templates/report.css', 'utf8') },
    );
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; {{constructor}}');
    expect(scorecardCsv(card).trim().split('\n')).toHaveLength(1 + 2 * 4);
  });
});
