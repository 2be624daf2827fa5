import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { corpusFromDirectory } from '../../src/corpus/from-directory.js';
import { decodePage } from '../../src/corpus/from-html.js';
import { corpusFromJsonl } from '../../src/corpus/from-jsonl.js';
import { problemsOf } from '../helpers.js';

const PAGES = 'test/fixtures/pages';
const page = (name: string): Uint8Array => readFileSync(`${PAGES}/${name}`);
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const NO_ARTICLE = '<html><head><title>Sign in</title></head><body><nav><a href="/">Home</a></nav><form><input name="user"></form></body></html>';

describe('web pages in a corpus folder', () => {
  it('reads a folder of pages without a manifest: ids from the file names, outlets from the pages', () => {
    const corpus = corpusFromDirectory({ dir: 'c', files: [{ name: 'jpost-berlin-stabbing.html.gz', bytes: page('jpost-berlin-stabbing.html.gz') }, { name: 'structured.html', bytes: page('structured.html') }] });
    expect(corpus.articles.map((a) => [a.id, a.outlet, a.source])).toEqual([
      ['jpost-berlin-stabbing', 'The Jerusalem Post | JPost.com', 'c/jpost-berlin-stabbing.html.gz'],
      ['structured', 'The Example Gazette', 'c/structured.html'],
    ]);
  });

  it('lets a manifest name the outlet and other facts of a page, and mix pages with text files', () => {
    const manifest = JSON.stringify({ articles: [{ file: 'structured.html', outlet: 'Gazette', story: 'talks' }, { file: 'a.txt', outlet: 'A' }] });
    const corpus = corpusFromDirectory({ dir: 'c', manifest: { name: 'corpus.json', text: manifest }, files: [{ name: 'structured.html', bytes: page('structured.html') }, { name: 'a.txt', bytes: bytes('Plain text.') }] });
    expect(corpus.articles.map((a) => [a.id, a.outlet, a.story, a.origin?.format])).toEqual([
      ['a', 'A', undefined, undefined],
      ['structured', 'Gazette', 'talks', 'html'],
    ]);
  });

  it('refuses a page that holds no article, and a text file in a folder without a manifest, naming each file', () => {
    const problems = problemsOf(() => corpusFromDirectory({ dir: 'c', files: [{ name: 'login.html', bytes: bytes(NO_ARTICLE) }, { name: 'notes.txt', bytes: bytes('x') }] }));
    expect(problems.map((p) => [p.file, p.message])).toEqual([['c/notes.txt', 'a text file in a corpus folder without a manifest']]);
    const [empty] = problemsOf(() => corpusFromDirectory({ dir: 'c', files: [{ name: 'login.html', bytes: bytes(NO_ARTICLE) }] }));
    expect(empty).toMatchObject({ file: 'c/login.html', message: expect.stringMatching(/^no article found in the page/) as unknown });
  });

  it("takes a wire agency named as publisher on another site for the wire source, the site for the outlet", () => {
    const wire = (publisher: string, site: string): string =>
      `<html><head><meta property="og:site_name" content="${site}"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"${publisher}"}}</script></head><body><article>${'<p>Officials met again on Thursday and said the talks would go on for as long as both sides wished.</p>'.repeat(3)}</article></body></html>`;
    const corpus = corpusFromDirectory({ dir: 'c', files: [{ name: 'ap.html', bytes: bytes(wire('Associated Press', 'Connecticut Post')) }, { name: 'own.html', bytes: bytes(wire('Hearst', 'Connecticut Post')) }] });
    expect(corpus.articles.map((a) => [a.id, a.outlet, a.wireSource])).toEqual([
      ['ap', 'Connecticut Post', 'Associated Press'],
      ['own', 'Hearst', undefined],
    ]);
  });

    it('still asks a manifest entry of a text file for its outlet', () => {
    const manifest = JSON.stringify({ articles: [{ file: 'a.txt' }] });
    const [problem] = problemsOf(() => corpusFromDirectory({ dir: 'c', manifest: { name: 'corpus.json', text: manifest }, files: [{ name: 'a.txt', bytes: bytes('x') }] }));
    expect(problem).toMatchObject({ file: 'c/corpus.json', pointer: '/articles/0', message: 'no outlet for a.txt' });
  });
});

describe('decoding a page', () => {
  it('honours the charset a page declares', () => {
    const latin1 = Uint8Array.from([...bytes('<meta charset="windows-1252"><p>caf'), 0xe9, ...bytes('</p>')]);
    expect(decodePage('p.html', latin1)).toContain('café');
  });

  it('unpacks gzip, and refuses a file that unpacks past the size limit or is not gzip after all', () => {
    expect(decodePage('p.html.gz', gzipSync(bytes('<p>hello</p>')))).toBe('<p>hello</p>');
    expect(problemsOf(() => decodePage('bomb.html.gz', gzipSync(new Uint8Array(129 * 1024 * 1024)))).map((p) => p.message)).toEqual(['unpacks to more than 128 MB']);
    expect(problemsOf(() => decodePage('bad.html.gz', Uint8Array.from([0x1f, 0x8b, 1, 2, 3]))).map((p) => p.message)).toEqual(['not a valid gzip file']);
  });
});

describe('web pages in JSONL', () => {
  it('extracts an html field, the line giving the outlet or leaving it to the page', () => {
    const html = readFileSync(`${PAGES}/structured.html`, 'utf8');
    const jsonl = [JSON.stringify({ id: 'a', html }), JSON.stringify({ id: 'b', outlet: 'Mine', html })].join('\n');
    const corpus = corpusFromJsonl('c.jsonl', jsonl);
    expect(corpus.articles.map((a) => [a.id, a.outlet, a.source, a.title, a.origin?.format])).toEqual([
      ['a', 'The Example Gazette', 'c.jsonl:1', 'Ceasefire talks resume in Cairo', 'html'],
      ['b', 'Mine', 'c.jsonl:2', 'Ceasefire talks resume in Cairo', 'html'],
    ]);
  });

  it('refuses a line with both text and html, or neither', () => {
    const problems = problemsOf(() => corpusFromJsonl('c.jsonl', '{"id":"a","outlet":"A","text":"x","html":"<p>x</p>"}\n{"id":"b","outlet":"B"}'));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [1, 'a line needs either "text" or "html", not both'],
      [2, 'a line needs either "text" or "html", not both'],
    ]);
  });
});

describe('a folder without a manifest, Markdown beside web pages', () => {
  it('reads Markdown files whose front matter names the outlet, and refuses one that does not, naming it', () => {
    const md = (outlet: string): Uint8Array => bytes(`---\ntitle: Talks\n${outlet}---\n\nMediators met in Cairo on Thursday.\n`);
    const corpus = corpusFromDirectory({ dir: 'c', files: [{ name: 'desk.md', bytes: md('outlet: Desk Daily\n') }, { name: 'structured.html', bytes: page('structured.html') }] });
    expect(corpus.articles.map((a) => [a.id, a.outlet])).toEqual([
      ['desk', 'Desk Daily'],
      ['structured', 'The Example Gazette'],
    ]);
    const [problem] = problemsOf(() => corpusFromDirectory({ dir: 'c', files: [{ name: 'bare.md', bytes: md('') }] }));
    expect(problem).toMatchObject({ file: 'c/bare.md', message: 'no outlet for bare.md' });
  });
});
