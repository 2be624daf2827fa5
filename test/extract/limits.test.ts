import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/extract.js';
import { MAX_NESTING, nestingDepth, pageRefusal } from '../../src/extract/limits.js';

const ARTICLE = `<article><h1>Talks</h1>${'<p>Mediators met in Cairo on Thursday as the talks over a ceasefire resumed after a pause of a week, officials said.</p>'.repeat(4)}</article>`;

describe('pages too heavy to read', () => {
  it('measures nesting with the tokenizer alone, closing what HTML closes implicitly', () => {
    expect(nestingDepth('<html><body><div><p>a<p>b<p>c</div></body></html>', 100)).toBe(4);
    expect(nestingDepth('<div>'.repeat(5000), 100)).toBe(101);
  });

  it('refuses 100,000 nested elements with a message that says so', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}${ARTICLE}${'</div>'.repeat(100_000)}</body></html>`;
    expect(pageRefusal(html)).toEqual({ message: `elements are nested more than ${MAX_NESTING} deep`, expected: expect.stringContaining('save the article') as unknown });
  });

  it('reads a page that nests as deep as real pages do', () => {
    const html = `<html><body>${'<div>'.repeat(200)}${ARTICLE}${'</div>'.repeat(200)}</body></html>`;
    expect(pageRefusal(html)).toBeUndefined();
    expect(extractPage(html).text).toContain('Mediators met in Cairo');
  });

  it('reads a page with a 50 MB inline image (a data: address), leaving the image out', () => {
    const html = `<html><body>${ARTICLE.replace('</h1>', `</h1><img src="data:image/png;base64,${'A'.repeat(50 * 1024 * 1024)}">`)}</body></html>`;
    expect(pageRefusal(html)).toBeUndefined();
    const page = extractPage(html);
    expect(page.text).toContain('Mediators met in Cairo');
    expect(page.text.length).toBeLessThan(1000);
  });
});
