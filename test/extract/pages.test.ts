import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromPageFile } from '../../src/corpus/from-html.js';
// The benchmark's own metric, as bench:extract runs it.
import { pageScore, summarise } from '../../bench/extract-metric.mjs';

interface ExpectedPage {
  address: string;
  outlet: string;
  title: string;
  date: string;
  byline?: string;
  url: string;
  absent: string[];
  body: string;
}

const DIR = 'test/fixtures/pages';
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as { pages: Record<string, ExpectedPage> };

describe.each(Object.entries(expected.pages))('%s, a real page', (name, page) => {
  const article = articleFromPageFile(`${DIR}/${name}`, readFileSync(join(DIR, name)), { id: 'a' });
  const headline = article.markup?.find((m) => m.kind === 'headline');

  it('gives the outlet, headline, date, author and address the page states', () => {
    expect({ outlet: article.outlet, title: article.title, date: article.date, byline: article.byline, url: article.url }).toEqual({
      outlet: page.outlet,
      title: page.title,
      date: page.date,
      byline: page.byline,
      url: page.url,
    });
  });

  it('starts the text with the headline, marked as such', () => {
    expect(headline).toEqual({ start: 0, end: page.title.length, kind: 'headline' });
    expect(article.text.slice(0, page.title.length)).toBe(page.title);
  });

  it("takes the hand-checked article body, paragraphs on lines of their own, and leaves the page's furniture", () => {
    const body = article.text.slice((headline?.end ?? 0) + 2);
    const { f1 } = summarise([pageScore(page.body, body)]);
    expect(f1).toBeGreaterThan(0.9);
    expect(body.split('\n\n').length).toBeGreaterThanOrEqual(Math.min(4, page.body.split('\n').filter((l) => l.trim() !== '').length));
    for (const furniture of page.absent) expect(article.text).not.toContain(furniture);
  });

  it('keeps the SHA-256 of the file as saved', () => {
    expect(article.origin?.format).toBe('html');
    expect(article.origin?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
