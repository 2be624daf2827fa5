import { describe, expect, it } from 'vitest';
import { corpusFromDirectory } from '../../src/corpus/from-directory.js';
import { parseMarkdown } from '../../src/corpus/markdown.js';
import { copiedExactly, sourceEnd, sourceStart } from '../../src/corpus/offset-map.js';
import { problemsOf } from '../helpers.js';

const ARTICLE = [
  '---',
  'title: "Kirby on Rafah: the \\"regime\\" line"',
  'date: 2024-05-09T10:00:00Z',
  'outlet: Desk Daily',
  'url: https://desk.example/rafah',
  'author: [A. Writer, B. Writer]',
  'layout: post',
  '---',
  '',
  'Officials in the *Israeli government* said the [operation](https://x.example "t") &amp; the AT&amp;T \\*line\\*',
  'would go on.',
  '',
  '> The regime will fall, a protester said.',
  '> It will.',
  '',
  '## What comes next',
  '',
  '- one `regime` item',
  '- ![a regime photo](p.png) two',
  '',
  '```',
  'regime in code',
  '```',
  '',
  '<!-- framelens-disable-next-line no-regime -->',
  'The last regime line.',
  '',
].join('\r\n');

/** Where a phrase of the article text came from in the file. */
function origin(md: ReturnType<typeof parseMarkdown>, phrase: string, source: string, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = md.text.indexOf(phrase, at + 1);
  return source.slice(sourceStart(md.map, at), sourceEnd(md.map, at + phrase.length));
}

describe('parseMarkdown', () => {
  const md = parseMarkdown('a.md', ARTICLE);

  it('keeps the prose, one line a block: links keep their text; code, images, comments and front matter are not prose', () => {
    expect(md.text.split('\n\n')).toEqual([
      'Kirby on Rafah: the "regime" line',
      'Officials in the Israeli government said the operation & the AT&T *line* would go on.',
      'The regime will fall, a protester said. It will.',
      'What comes next',
      'one  item',
      ' two',
      'The last regime line.',
    ]);
  });

  it('reads the front matter as facts: date without its time, author as byline', () => {
    expect(md.facts).toEqual({ title: 'Kirby on Rafah: the "regime" line', date: '2024-05-09', outlet: 'Desk Daily', url: 'https://desk.example/rafah', byline: 'A. Writer, B. Writer' });
  });

  it('marks the title as headline, headings as subheads and the block quotation as blockquote', () => {
    expect(md.markup.map((m) => [m.kind, md.text.slice(m.start, m.end)])).toEqual([
      ['headline', 'Kirby on Rafah: the "regime" line'],
      ['blockquote', 'The regime will fall, a protester said. It will.'],
      ['subhead', 'What comes next'],
    ]);
  });

  it('maps every phrase back to the exact characters of the file, across CRLF line breaks and quotation prefixes', () => {
    expect(origin(md, 'Israeli government', ARTICLE)).toBe('Israeli government');
    expect(origin(md, 'operation', ARTICLE)).toBe('operation');
    expect(origin(md, 'regime', ARTICLE, 1)).toBe('regime');
    expect(origin(md, 'said. It', ARTICLE)).toBe('said.\r\n> It');
    expect(origin(md, 'AT&T', ARTICLE)).toBe('AT&amp;T');
    expect(origin(md, '*line*', ARTICLE)).toBe('\\*line\\*');
    expect(origin(md, 'regime', ARTICLE, 2)).toBe('regime');
    expect(ARTICLE.slice(0, sourceStart(md.map, md.text.indexOf('The last'))).split('\r\n').length).toBe(26);
  });

  it('says where the text is a character-for-character copy of the file', () => {
    const at = (s: string): [number, number] => [md.text.indexOf(s), md.text.indexOf(s) + s.length];
    expect(copiedExactly(md.map, ...at('Israeli government'))).toBe(true);
    expect(copiedExactly(md.map, ...at('AT&T'))).toBe(false);
    expect(copiedExactly(md.map, ...at('Officials in the Israeli'))).toBe(false);
  });

  it('finds HTML comments with their place in the file', () => {
    expect(md.comments).toHaveLength(1);
    expect(md.comments[0]?.body).toBe('framelens-disable-next-line no-regime');
    expect(ARTICLE.slice(md.comments[0]?.start, md.comments[0]?.end)).toBe('<!-- framelens-disable-next-line no-regime -->');
  });

  it('takes a level-1 heading as the headline over the front matter title', () => {
    const doc = parseMarkdown('b.md', '---\ntitle: T\n---\n# Real headline\n\nBody.\n\n# Another\n');
    expect(doc.text).toBe('Real headline\n\nBody.\n\nAnother');
    expect(doc.markup.map((m) => m.kind)).toEqual(['headline', 'subhead']);
  });

  it('reads a file without front matter or markup as its text', () => {
    const doc = parseMarkdown('c.md', 'Just a line.\n');
    expect(doc).toMatchObject({ text: 'Just a line.', markup: [], facts: {} });
  });

  it.each([
    ['broken YAML', '---\ntitle: [unclosed\n---\nText', 2, 'not valid YAML'],
    ['a date that is not a date', '---\ntitle: T\ndate: yesterday\n---\nText', 3, 'value has the wrong form'],
    ['an outlet that is a list', '---\n\noutlet: [a, b]\n---\nText', 3, 'wrong type'],
  ])('refuses %s with the file and its line', (_name, doc, line, message) => {
    const [problem] = problemsOf(() => parseMarkdown('desk/bad.md', doc));
    expect(problem).toMatchObject({ file: 'desk/bad.md', line });
    expect(problem?.message).toContain(message);
  });
});

describe('Markdown in a corpus folder', () => {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

  it('reads .md through the Markdown reader; the front matter stands in for the outlet, the manifest overrides it', () => {
    const corpus = corpusFromDirectory({
      dir: 'c',
      manifest: { name: 'corpus.json', text: JSON.stringify({ articles: [{ file: 'a.md' }, { file: 'b.md', outlet: 'Manifest Outlet' }] }) },
      files: [
        { name: 'a.md', bytes: bytes('---\noutlet: Front Outlet\ndate: 2024-05-09\n---\n> Quoted regime.\n\nOwn words.\n') },
        { name: 'b.md', bytes: bytes('---\noutlet: Front Outlet\n---\nText.\n') },
      ],
    });
    expect(corpus.articles.map((a) => [a.id, a.outlet, a.date, a.text])).toEqual([
      ['a', 'Front Outlet', '2024-05-09', 'Quoted regime.\n\nOwn words.'],
      ['b', 'Manifest Outlet', undefined, 'Text.'],
    ]);
    expect(corpus.articles[0]?.markup).toEqual([{ start: 0, end: 14, kind: 'blockquote' }]);
  });

  it('asks for an outlet when neither the manifest nor the front matter gives one', () => {
    const problems = problemsOf(() =>
      corpusFromDirectory({ dir: 'c', manifest: { name: 'corpus.json', text: '{"articles": [{"file": "a.md"}, {"file": "b.txt"}]}' }, files: [{ name: 'a.md', bytes: bytes('Text') }, { name: 'b.txt', bytes: bytes('Text') }] }),
    );
    expect(problems.map((p) => [p.message, p.pointer, p.line])).toEqual([
      ['no outlet for a.md', '/articles/0', 1],
      ['no outlet for b.txt', '/articles/1', 1],
    ]);
  });

  it('names the file and line of bad front matter', () => {
    const problems = problemsOf(() =>
      corpusFromDirectory({ dir: 'c', manifest: { name: 'corpus.json', text: '{"articles": [{"file": "a.md", "outlet": "A"}]}' }, files: [{ name: 'a.md', bytes: bytes('---\nok: 1\ndate: "May 9"\n---\nText') }] }),
    );
    expect(problems).toMatchObject([{ file: 'c/a.md', line: 3, pointer: '/date' }]);
  });
});
