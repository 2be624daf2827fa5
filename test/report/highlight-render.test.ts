import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type AnalysisResult } from '../../src/analyze/index.js';
import { readTemplates } from '../../src/cli/read-templates.js';
import { renderReport, type TemplateSet } from '../../src/report/render.js';
import type { VoicedHit } from '../../src/tag/types.js';
import { fixtureLexicon } from '../helpers.js';

/*
 * Highlighting through the real templates: for any article text and any set
 * of hits, the article page's text with the markup stripped and the entities
 * decoded is the article text, character for character.
 */

const meta = { generator: { name: 'framelens', version: '0.0.0' }, generatedAt: '1970-01-01T00:00:00.000Z', options: {} };
let base: AnalysisResult;
let templates: TemplateSet;

beforeAll(async () => {
  base = await analyze({ articles: [{ id: 'a', outlet: 'A', text: 'The regime.', source: 'a.txt' }] }, [fixtureLexicon('basics')], { workers: 0 });
  templates = readTemplates('templates');
});

/** The article page for `text` with hits on the given spans, each a variant of the fixture lexicon. */
function page(text: string, spans: [number, number][]): string {
  const variants = base.variants;
  const hits: VoicedHit[] = spans.map(([start, end], i) => {
    const v = variants[i % variants.length] as (typeof variants)[number];
    return { id: v.id, lexicon: v.lexicon, referent: v.referent, variant: v.variant, category: v.category, start, end, text: text.slice(start, end), sentence: 0, voice: 'narrator', speaker: null, segment: 'body' };
  });
  const [first] = base.articles;
  if (!first) throw new Error('no article');
  // The page is drawn from the article's structure too: one body segment over the whole made-up text.
  const structure = { segments: text.length > 0 ? [{ start: 0, end: text.length, kind: 'body' as const }] : [], quotes: [], speakers: [] };
  const analysis = { ...base, articles: [{ ...first, article: { ...first.article, text }, hits, structure }] };
  return renderReport(analysis, templates, meta).find((f) => f.path === 'articles/a.html')?.content ?? '';
}

/** The inside of the article-text element; the highlighted text holds no element but mark. */
function articleHtml(html: string): string {
  const open = '<div class="article-text">';
  const start = html.indexOf(open) + open.length;
  return html.slice(start, html.indexOf('</div>', start));
}

// Text rich in what markup and templates treat specially, mixed with any Unicode.
const awkward = fc.string({ unit: fc.oneof(fc.constantFrom('<', '>', '&', '"', "'", '`', '=', '{{', '}}', '\r', '\n', '\r\n', ' ', '</div>', '&amp;', '<script>'), fc.string({ unit: 'grapheme', maxLength: 3 })), maxLength: 40 });
const withSpans = awkward.chain((text) => fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length })), { maxLength: 8 })));

describe('an article page', () => {
  it('gives back exactly the article text when its markup is stripped, for any text and hits', () => {
    fc.assert(
      fc.property(withSpans, ([text, pairs]) => {
        const spans = pairs.map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]).filter(([a, b]) => b > a);
        const html = articleHtml(page(text, spans));
        expect(decodeHTML(html.replace(/<[^>]*>/g, ''))).toBe(text);
        // Marks nest properly and every hit has exactly one anchor.
        expect(html.split('<mark ').length).toBe(html.split('</mark>').length);
        spans.forEach((_, i) => expect(html.split(`id="hit-${i + 1}"`).length, `hit ${i + 1}`).toBe(2));
      }),
      { numRuns: 200 },
    );
  });
});
