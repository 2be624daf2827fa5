import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/extract.js';

const PROSE = '<p>Mediators met in Cairo on Thursday as the talks over a ceasefire resumed after a pause of a week, officials said, and both delegations stayed late.</p>';

/** The body of a page with the given line between paragraphs of prose. */
function bodyWith(line: string): string {
  const page = extractPage(`<html><head><title>Talks</title></head><body><article><h1>Talks</h1>${PROSE}${PROSE}${line}${PROSE}${PROSE}</article></body></html>`);
  return page.text;
}

describe('lines of a page that serve the site, not the article', () => {
  it.each([
    ['a link with a label', '<p>READ MORE: <a href="/a">Earlier talks ended without a deal</a></p>', 'Earlier talks ended'],
    ['a related headline alone', '<p><a href="/b">Aid convoys reach the north of Gaza</a></p>', 'Aid convoys'],
    ['a list of links in one paragraph', '<p><a href="/c">One story about the talks in Cairo this week</a> [VIDEO]<br><a href="/d">Another story about the talks</a> [INSIGHT]</p>', 'Another story'],
    ['a capitalised label over links', "<p><strong>DON'T MISS</strong></p><p><a href=\"/e\">A story</a></p>", "DON'T MISS"],
    ['Advertisement', '<p>Advertisement</p>', 'Advertisement'],
    ['Sign In', '<div>Sign In</div>', 'Sign In'],
    ['a slideshow counter', '<p>Image 1 of / 5</p>', 'Image 1'],
    ['a bare address', '<p>https://example.org/news/talks</p>', 'https://example.org'],
    ['a publication time', '<p>Published 10:02 AM EST Nov 19, 2019</p>', 'Published'],
    ['a line of <time> elements', '<div class="when"><time datetime="2019-11-19">Updated Nov 19, 9:41 AM;</time> <time>Posted Nov 18</time></div>', 'Posted Nov 18'],
    ['a copyright line', '<p>Copyright © 2019 Press TV. All rights reserved.</p>', 'All rights reserved'],
  ])('leaves out %s', (_name, line, gone) => {
    const text = bodyWith(line);
    expect(text).not.toContain(gone);
    expect(text.split('Mediators met').length - 1).toBe(4);
  });

  it.each([
    ['a sentence that mentions publishing', '<p>Published in 2019, the report found that the talks had failed three times before a deal was reached.</p>', 'Published in 2019, the report'],
    ['prose with a link in it', '<p>The proposal, <a href="/f">first reported by Reuters</a>, would see hostages freed in stages over six weeks of calm.</p>', 'first reported by Reuters'],
    ['a quotation made of a link', '<blockquote><p><a href="https://x.example/status/1">We are on it.</a></p></blockquote>', 'We are on it.'],
  ])('keeps %s', (_name, line, kept) => {
    expect(bodyWith(line)).toContain(kept);
  });
});
