import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { skipReason } from '../../src/analyze/skip.js';
import { readTemplates } from '../../src/cli/read-templates.js';
import type { Article } from '../../src/corpus/types.js';
import { renderReport } from '../../src/report/render.js';
import { resultsDocument } from '../../src/report/results-json.js';
import { fixtureLexicon } from '../helpers.js';

const meta = { generator: { name: 'framelens', version: '0.0.0' }, generatedAt: '1970-01-01T00:00:00.000Z', options: {} };

describe('skipReason', () => {
  it.each([
    ['', 'empty'],
    [' \n\t\r\n\u00A0\u3000', 'only whitespace'],
    ['— … !!! 💥 “”', 'no words (only punctuation or symbols)'],
    ['a', undefined],
    ['٣٤', undefined],
    ['Газа', undefined],
    ['  \n regime \n', undefined],
  ])('%j → %s', (text, reason) => {
    expect(skipReason(text)).toBe(reason);
  });
});

describe('analyze with articles that have no words', () => {
  const article = (id: string, outlet: string, text: string): Article => ({ id, outlet, text, source: `c/${id}.txt` });
  const corpus = {
    articles: [
      article('d', 'Outlet B', '   \r\n\t '),
      article('a', 'Outlet A', 'The Israeli regime held hostages.'),
      article('c', 'Outlet C', ''),
      article('b', 'Outlet A', '***'),
    ],
  };

  it('analyses the rest and lists the skipped articles with their reasons, in id order', async () => {
    const result = await analyze(corpus, [fixtureLexicon('basics')], { workers: 0 });
    expect(result.articles.map((a) => a.article.id)).toEqual(['a']);
    expect(result.skipped.map((s) => [s.id, s.reason])).toEqual([
      ['b', 'no words (only punctuation or symbols)'],
      ['c', 'empty'],
      ['d', 'only whitespace'],
    ]);
    expect(result.totals).toMatchObject({ articles: 1, skipped: 3, outlets: 1, words: 5 });
    // An outlet none of whose articles has words has no scores: it would be a row of zeros with no words behind it.
    expect(result.outlets.map((o) => [o.outlet, o.articles])).toEqual([['Outlet A', 1]]);
  });

  it('writes them to results.json and lists them on the index and methodology pages', async () => {
    const result = await analyze(corpus, [fixtureLexicon('basics')], { workers: 0 });
    const doc = resultsDocument(result, meta);
    expect(doc.corpus.skipped).toEqual([
      { id: 'b', outlet: 'Outlet A', title: null, source: 'c/b.txt', characters: 3, reason: 'no words (only punctuation or symbols)' },
      { id: 'c', outlet: 'Outlet C', title: null, source: 'c/c.txt', characters: 0, reason: 'empty' },
      { id: 'd', outlet: 'Outlet B', title: null, source: 'c/d.txt', characters: 7, reason: 'only whitespace' },
    ]);
    expect(doc.corpus.totals.skipped).toBe(3);

    const files = renderReport(result, readTemplates('templates'), meta);
    for (const page of ['index.html', 'methodology.html']) {
      const html = files.find((f) => f.path === page)?.content ?? '';
      const section = html.slice(html.indexOf('<section id="skipped">'));
      expect(section, page).toMatch(/^<section id="skipped">\n<h2>Articles not analysed<\/h2>/);
      for (const [source, reason] of [['c/b.txt', 'no words (only punctuation or symbols)'], ['c/c.txt', 'empty'], ['c/d.txt', 'only whitespace']]) {
        expect(section, page).toContain(`<td><code>${source}</code></td><td>${reason}</td>`);
      }
    }
    expect(files.find((f) => f.path === 'index.html')?.content).toContain('<dt>Skipped</dt><dd><a href="#skipped">3</a></dd>');
    expect(files.map((f) => f.path).filter((p) => p.startsWith('articles/'))).toEqual(['articles/a.html']);
  });

  it('says nothing about skipping when nothing was skipped', async () => {
    const result = await analyze({ articles: [corpus.articles[1] as Article] }, [fixtureLexicon('basics')], { workers: 0 });
    const index = renderReport(result, readTemplates('templates'), meta).find((f) => f.path === 'index.html')?.content ?? '';
    expect(index).not.toContain('id="skipped"');
    expect(index).not.toContain('<dt>Skipped</dt>');
  });
});
