import { describe, expect, it } from 'vitest';
import { corpusFromDirectory, type DirectoryInput } from '../../src/corpus/from-directory.js';
import { problemsOf } from '../helpers.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function input(manifest: string, files: Record<string, Uint8Array>, name = 'corpus.json'): DirectoryInput {
  return { dir: 'c', manifest: { name, text: manifest }, files: Object.entries(files).map(([n, b]) => ({ name: n, bytes: b })) };
}


describe('corpusFromDirectory', () => {
  it('reads articles with their facts, ids defaulting to the file name, in id order', () => {
    const corpus = corpusFromDirectory(
      input(
        JSON.stringify({ articles: [{ file: 'b.txt', outlet: 'B', url: null }, { file: 'a.md', id: 'first', outlet: 'A', date: '2024-05-09', title: 'T' }] }),
        { 'a.md': bytes('Alpha text'), 'b.txt': bytes('\uFEFFBeta') },
      ),
    );
    expect(corpus.articles.map((a) => [a.id, a.outlet, a.text])).toEqual([
      ['b', 'B', 'Beta'],
      ['first', 'A', 'Alpha text'],
    ]);
    expect(corpus.articles[1]).toMatchObject({ date: '2024-05-09', title: 'T', source: 'c/a.md' });
    expect(corpus.articles[0]?.url).toBeUndefined();
  });

  it('reads the structure overrides of an entry, and rejects an empty one', () => {
    const manifest = (entry: object): string => JSON.stringify({ articles: [{ file: 'a.txt', outlet: 'A', ...entry }] }, null, 2);
    const corpus = corpusFromDirectory(input(manifest({ bodyEnds: 'More from World', boilerplate: ['Sponsored'] }), { 'a.txt': bytes('x') }));
    expect(corpus.articles[0]).toMatchObject({ bodyEnds: 'More from World', boilerplate: ['Sponsored'] });
    const problems = problemsOf(() => corpusFromDirectory(input(manifest({ bodyEnds: '' }), { 'a.txt': bytes('x') })));
    expect(problems.map((p) => p.pointer)).toContain('/articles/0/bodyEnds');
  });

  it('reads a YAML manifest', () => {
    const corpus = corpusFromDirectory(input('articles:\n  - file: a.txt\n    outlet: Press TV\n', { 'a.txt': bytes('x') }, 'corpus.yaml'));
    expect(corpus.articles[0]?.outlet).toBe('Press TV');
  });

  it('names every mismatch between manifest and folder at once', () => {
    const problems = problemsOf(() =>
      corpusFromDirectory(
        input(JSON.stringify({ articles: [{ file: 'a.txt', outlet: 'A' }, { file: 'gone.txt', outlet: 'B' }, { file: 'c.txt', id: 'a', outlet: 'C' }] }, null, 2), {
          'a.txt': bytes('x'),
          'c.txt': bytes('y'),
          'extra.md': bytes('z'),
        }),
      ),
    );
    expect(problems.map((p) => [p.message, p.value ?? p.file])).toEqual([
      ['entry names a file that is not in the corpus folder', 'gone.txt'],
      ['duplicate article id (also used by /articles/0)', 'a'],
      ['article file has no entry in corpus.json', 'c/extra.md'],
    ]);
    expect(problems[0]).toMatchObject({ file: 'c/corpus.json', pointer: '/articles/1', line: 7 });
  });

  it('reports a schema violation with pointer, line, bad value and expectation', () => {
    const manifest = '{\n  "articles": [\n    { "file": "a.txt", "outlet": "A", "date": "9 May 2024" }\n  ]\n}';
    const [problem] = problemsOf(() => corpusFromDirectory(input(manifest, { 'a.txt': bytes('x') })));
    expect(problem).toMatchObject({ file: 'c/corpus.json', pointer: '/articles/0/date', line: 3, value: '9 May 2024' });
    expect(problem?.expected).toContain('matching');
  });

  it('refuses a path out of the corpus folder', () => {
    const [problem] = problemsOf(() => corpusFromDirectory(input(JSON.stringify({ articles: [{ file: '../../etc/passwd.txt', outlet: 'A' }] }), {})));
    expect(problem).toMatchObject({ pointer: '/articles/0/file', value: '../../etc/passwd.txt' });
    expect(problem?.expected).toContain('a .txt or .md file, or a web page (.html, .htm, .html.gz), in the corpus folder');
  });

  it('refuses YAML aliases that would blow a small manifest up', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const manifest = `${levels.join('\n')}\narticles:\n  - file: a.txt\n    outlet: *i\n`;
    const [problem] = problemsOf(() => corpusFromDirectory(input(manifest, { 'a.txt': bytes('x') }, 'corpus.yaml')));
    expect(problem).toMatchObject({ file: 'c/corpus.yaml' });
    expect(problem?.message).toMatch(/^YAML refused: /);
    expect(problem?.expected).toContain('at most 100 alias expansions');
  });

  it('reports malformed YAML with line and column', () => {
    const [problem] = problemsOf(() => corpusFromDirectory(input('articles:\n  - file: a.txt\n    outlet: [Press TV\n', { 'a.txt': bytes('x') }, 'corpus.yaml')));
    expect(problem).toMatchObject({ file: 'c/corpus.yaml', line: 4 });
    expect(problem?.message).toMatch(/^not valid YAML/);
  });

  it('reports a key written twice in a JSON manifest', () => {
    const [problem] = problemsOf(() => corpusFromDirectory(input('{\n  "articles": [\n    { "file": "a.txt", "outlet": "A", "outlet": "B" }\n  ]\n}', { 'a.txt': bytes('x') })));
    expect(problem).toMatchObject({ file: 'c/corpus.json', pointer: '/articles/0/outlet', line: 3, column: 39, message: 'duplicate key "outlet" (first on line 3)' });
  });

  it('reports malformed JSON with line and column', () => {
    const [problem] = problemsOf(() => corpusFromDirectory(input('{\n  "articles": [,]\n}', {})));
    expect(problem).toMatchObject({ file: 'c/corpus.json', line: 2, column: 16 });
    expect(problem?.message).toMatch(/^not valid JSON/);
  });

  it('rejects an empty corpus', () => {
    const [problem] = problemsOf(() => corpusFromDirectory(input('{"articles": []}', {})));
    expect(problem).toMatchObject({ pointer: '/articles', message: 'too few items' });
  });

  it('names every file that is not text at once, with the place it goes wrong', () => {
    const manifest = JSON.stringify({ articles: [{ file: 'a.txt', outlet: 'A' }, { file: 'b.txt', outlet: 'B' }, { file: 'c.txt', outlet: 'C' }] });
    const problems = problemsOf(() =>
      corpusFromDirectory(input(manifest, { 'a.txt': new Uint8Array([0x48, 0x0a, 0xff, 0xfe, 0x41]), 'b.txt': bytes('fine'), 'c.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]) })),
    );
    expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
      ['c/a.txt', 2, 'not valid UTF-8 text (byte 0xFF at byte 2)'],
      ['c/c.txt', undefined, 'binary data, not text (a NUL byte at byte 4)'],
    ]);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(corpusFromDirectory(input(JSON.stringify({ articles: [{ file: 'a.txt', outlet: 'A' }] }), { 'a.txt': le })).articles[0]?.text).toBe('Hi');
  });
});
