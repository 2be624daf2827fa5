import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/extract/dom.js';
import { parseJsonLd } from '../../src/extract/json-ld.js';
import { withoutSiteName } from '../../src/extract/extract.js';
import { dateOf, readMetadata } from '../../src/extract/metadata.js';

const page = (head: string): string => `<html lang="en"><head>${head}</head><body><p>Text.</p></body></html>`;
const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;
const metadataOf = (head: string, url?: string): ReturnType<typeof readMetadata> => readMetadata(parseDocument(page(head)), url);

describe('JSON-LD as sites serve it', () => {
  it.each([
    ['valid JSON', '{"headline": "A"}', { headline: 'A' }],
    ['a raw line break inside a string', '{"headline": "A\nB"}', { headline: 'A\nB' }],
    ['a trailing comma', '{"headline": "A",}', { headline: 'A' }],
    ['an HTML comment around it', '<!-- {"headline": "A"} -->', { headline: 'A' }],
    ['a CDATA comment around it', '/*<![CDATA[*/ {"headline": "A"} /*]]>*/', { headline: 'A' }],
    ['single quotes', "{'headline': 'A'}", { headline: 'A' }],
  ])('reads %s', (_name, text, expected) => {
    expect(parseJsonLd(text)).toEqual(expected);
  });

  it('gives up quietly on what cannot be repaired', () => {
    expect(parseJsonLd('')).toBeUndefined();
    expect(parseJsonLd('}{][')).toBeUndefined();
  });
});

describe('page metadata', () => {
  it('prefers a NewsArticle in a @graph, resolving a publisher given by @id, and joining several authors', () => {
    const graph = ld(
      JSON.stringify({
        '@graph': [
          { '@type': 'WebPage', name: 'Page title' },
          { '@type': 'Organization', '@id': '#org', name: 'Gazette Ltd' },
          { '@type': ['NewsArticle'], headline: 'Talks resume', datePublished: '2024-05-09T23:30:00-04:00', author: [{ name: 'A. Writer' }, 'B. Writer'], publisher: { '@id': '#org' } },
        ],
      }),
    );
    expect(metadataOf(graph)).toMatchObject({ title: 'Talks resume', date: '2024-05-09', author: 'A. Writer, B. Writer', publisher: 'Gazette Ltd', language: 'en' });
  });

  it('falls back to OpenGraph and meta tags, skipping a profile address as an author', () => {
    const head = [
      '<meta property="og:title" content="OG title">',
      '<meta property="og:site_name" content="The Site">',
      '<meta property="article:published_time" content="2023-01-02T10:00:00Z">',
      '<meta property="article:author" content="https://facebook.com/someone">',
      '<meta name="author" content="C. Writer">',
      '<meta property="og:url" content="https://site.example/a">',
      '<title>Title tag</title>',
    ].join('');
    expect(metadataOf(head)).toMatchObject({ title: 'OG title', siteName: 'The Site', date: '2023-01-02', author: 'C. Writer', url: 'https://site.example/a' });
  });

  it('keeps only web addresses, resolving a relative canonical link against the page address', () => {
    expect(metadataOf('<link rel="canonical" href="/news/a">', 'https://site.example/x?y=1').url).toBe('https://site.example/news/a');
    expect(metadataOf('<meta property="og:url" content="javascript:alert(1)">').url).toBeUndefined();
  });

  it.each([
    ['2024-05-09T23:30:00-04:00', '2024-05-09'],
    ['2024-05-09', '2024-05-09'],
    ['May 9, 2024', '2024-05-09'],
    ['not a date', undefined],
  ])('reads the date %s as %s', (value, expected) => {
    expect(dateOf(value)).toBe(expected);
  });
});

describe('headlines without the site name', () => {
  it.each([
    ["South Dakota governor doubles down | TheHill", ['The Hill'], 'South Dakota governor doubles down'],
    ['Talks resume - BBC News', ['BBC News'], 'Talks resume'],
    ['Gaza: talks resume', ['BBC News'], 'Gaza: talks resume'],
    ['Talks resume | Analysis', ['BBC News'], 'Talks resume | Analysis'],
  ])('%s', (title, names, expected) => {
    expect(withoutSiteName(title, names)).toBe(expected);
  });
});
