import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKER_TEXT } from '../../src/cli/output-folder.js';
import { BASICS, corpusFolder, framelens, readHits, readJson, tempDir } from './cli.js';

/*
 * Every kind of bad input the README's "Bad input and safety" lists, through
 * the command as a user runs it: either a correct report (exit 0), or exit 2
 * with a message naming the file and the problem, no stack trace, and
 * nothing written.
 */

const manifestOf = (...files: string[]): string => JSON.stringify({ articles: files.map((file) => ({ file, outlet: `Outlet ${file}` })) }, null, 2);
const utf16 = (text: string, bom: number[], swap: boolean): Uint8Array => {
  const bytes = [...bom];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(...(swap ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8]));
  }
  return new Uint8Array(bytes);
};

interface Results {
  corpus: { skipped: { id: string; source: string; reason: string }[] };
  articles: { id: string; characters: number; words: number }[];
}

function report(dir: string, extra: string[] = []) {
  const out = join(tempDir(), 'out');
  const run = framelens(['report', dir, ...BASICS, '--out', out, ...extra]);
  return { run, out, results: () => readJson<Results>(join(out, 'results.json')), hits: () => readHits(out) };
}

/** A user's mistake: exit 2, each expected piece of message on stderr, no stack, nothing on stdout, no output folder. */
function expectRefused(run: ReturnType<typeof framelens>, out: string, ...messages: string[]): void {
  for (const message of messages) expect(run.stderr).toContain(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).toContain('framelens: nothing was written.');
  expect(run.stdout).toBe('');
  expect(run.status).toBe(2);
  expect(existsSync(out)).toBe(false);
}

describe('corpus files that are a correct result', () => {
  it.each([
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('The Israeli regime.')]), 'The Israeli regime.'],
    ['UTF-16 LE with a byte-order mark', utf16('The Israeli regime.\r\n', [0xff, 0xfe], false), 'The Israeli regime.\r\n'],
    ['UTF-16 BE with a byte-order mark', utf16('The Israeli regime.\r\n', [0xfe, 0xff], true), 'The Israeli regime.\r\n'],
    ['CRLF line endings', 'Hamas said.\r\nThe Israeli regime\r\nheld hostages.\r\n', 'Hamas said.\r\nThe Israeli regime\r\nheld hostages.\r\n'],
    ['lone CR line endings', 'Hamas said.\rThe Israeli regime\rheld hostages.\r', 'Hamas said.\rThe Israeli regime\rheld hostages.\r'],
    ['Arabic and Cyrillic around a marker', 'قالت الحكومة: Израиль. The Israeli regime قال', 'قالت الحكومة: Израиль. The Israeli regime قال'],
  ])('%s: offsets point into the text as decoded', (_name, bytes, text) => {
    const made = report(corpusFolder({ 'corpus.json': manifestOf('a.txt'), 'a.txt': bytes }));
    const { run } = made;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const hits = made.hits();
    expect(made.results().articles[0]?.characters).toBe(text.length);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(hits.map((h) => h.text)).toContain('Israeli regime');
  });

  it('a 1 MB line without a space, beside a normal article', () => {
    const { run, hits } = report(corpusFolder({ 'corpus.json': manifestOf('a.txt', 'b.txt'), 'a.txt': `${'x-'.repeat(500_000)} the regime`, 'b.txt': 'The regime.' }));
    expect(run.status).toBe(0);
    expect(hits().map((h) => [h.articleId, h.start])).toEqual([['a', 1_000_005], ['b', 4]]);
  });

  it('articles with no words: analysed without them, counted and listed on stderr and in the report', () => {
    const dir = corpusFolder({ 'corpus.json': manifestOf('a.txt', 'empty.txt', 'blank.txt'), 'a.txt': 'The regime.', 'empty.txt': '', 'blank.txt': ' \r\n\t\n' });
    const { run, out, results } = report(dir);
    expect(run.status).toBe(0);
    expect(run.stderr.split('\n').filter(Boolean).map((line) => line.replace(dir, 'c'))).toEqual([
      'framelens: c/blank.txt: skipped, only whitespace; the report lists it under "Articles not analysed"',
      'framelens: c/empty.txt: skipped, empty; the report lists it under "Articles not analysed"',
    ]);
    expect(results().corpus.skipped.map((s) => [s.id, s.reason])).toEqual([['blank', 'only whitespace'], ['empty', 'empty']]);
    expect(results().articles.map((a) => a.id)).toEqual(['a']);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<dt>Skipped</dt><dd><a href="#skipped">2</a></dd>');
    expect(index).toContain('<td>empty</td><td>Outlet empty.txt</td>');
  });
});

describe('corpus files that are a user error', () => {
  it.each([
    ['binary data', { 'corpus.json': manifestOf('a.txt'), 'a.txt': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0x01]) }, ['a.txt: binary data, not text (a NUL byte at byte 5); expected a text file encoded as UTF-8']],
    ['UTF-16 without a byte-order mark', { 'corpus.json': manifestOf('a.txt'), 'a.txt': utf16('Hi', [], false) }, ['a.txt: binary data, not text (a NUL byte at byte 1)']],
    ['Latin-1 text', { 'corpus.json': manifestOf('a.txt'), 'a.txt': new Uint8Array([0x4f, 0x4b, 0x0a, 0x47, 0x61, 0x7a, 0x61, 0xe9]) }, ['a.txt:2:5: not valid UTF-8 text (byte 0xE9 at byte 7)']],
    ['only empty articles', { 'corpus.json': manifestOf('a.txt', 'b.txt'), 'a.txt': '', 'b.txt': '\n\n' }, ['a.txt: no words to analyse (empty); expected at least one article in the corpus with text', 'b.txt: no words to analyse (only whitespace)']],
  ])('%s', (_name, files, messages) => {
    const { run, out } = report(corpusFolder(files));
    expectRefused(run, out, ...messages);
  });
});

const billionLaughs = (): string => {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) lines.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
  return `${lines.join('\n')}\narticles:\n  - file: a.txt\n    outlet: Outlet\n    notes: *i\n`;
};

describe('manifests that are a user error', () => {
  it.each([
    ['malformed JSON', { 'corpus.json': '{\n  "articles": [\n    { "file": "a.txt", "outlet": "A" },\n  ]\n}', 'a.txt': 'x' }, ['corpus.json:4:3: not valid JSON']],
    ['malformed YAML', { 'corpus.yaml': 'articles:\n  - file: a.txt\n    outlet: "Press TV\n', 'a.txt': 'x' }, ['corpus.yaml:4:1: not valid YAML']],
    ['a schema violation', { 'corpus.json': '{"articles": [{"file": "a.txt", "outlet": "A", "date": "May 9"}]}', 'a.txt': 'x' }, ['corpus.json:1:56: value has the wrong form; at /articles/0/date; got "May 9"; expected a string matching ^\\d{4}-\\d{2}-\\d{2}$: Publication date, YYYY-MM-DD']],
    ['duplicate ids', { 'corpus.json': '{"articles": [{"file": "a.txt", "id": "x", "outlet": "A"}, {"file": "b.txt", "id": "x", "outlet": "B"}]}', 'a.txt': 'x', 'b.txt': 'y' }, ['duplicate article id (also used by /articles/0); at /articles/1; got "x"']],
    ['a key written twice', { 'corpus.json': '{"articles": [{"file": "a.txt", "outlet": "A", "outlet": "B"}]}', 'a.txt': 'x' }, ['corpus.json:1:48: duplicate key "outlet" (first on line 1); at /articles/0/outlet']],
    ['a path out of the corpus folder', { 'corpus.json': '{"articles": [{"file": "../../etc/passwd", "outlet": "A"}]}' }, ['value has the wrong form; at /articles/0/file; got "../../etc/passwd"; expected a string matching', 'a .txt or .md file, or a web page (.html, .htm, .html.gz), in the corpus folder']],
    ['an entry whose file is missing', { 'corpus.json': manifestOf('a.txt', 'gone.txt'), 'a.txt': 'x' }, ['entry names a file that is not in the corpus folder; at /articles/1; got "gone.txt"']],
    ['YAML aliases that blow up', { 'corpus.yaml': billionLaughs(), 'a.txt': 'x' }, ['corpus.yaml: YAML refused: ', 'expected at most 100 alias expansions']],
  ])('%s', (_name, files, messages) => {
    const { run, out } = report(corpusFolder(files));
    expectRefused(run, out, ...messages);
  });

  it('a symbolic link out of the corpus folder', () => {
    const secret = join(tempDir(), 'secret.txt');
    writeFileSync(secret, 'not for the report');
    const dir = corpusFolder({ 'corpus.json': manifestOf('a.txt') });
    symlinkSync(secret, join(dir, 'a.txt'));
    const { run, out } = report(dir);
    expectRefused(run, out, 'a.txt: symbolic link points outside the corpus folder; got ', 'secret.txt');
  });

  it('a symbolic link to nothing', () => {
    const dir = corpusFolder({ 'corpus.json': manifestOf('a.txt') });
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'a.txt'));
    const { run, out } = report(dir);
    expectRefused(run, out, 'a.txt: no such file or folder; expected a readable text file inside the corpus folder');
  });
});

describe('lexicons and settings that are a user error', () => {
  const good = (): string => corpusFolder({ 'corpus.json': manifestOf('a.txt'), 'a.txt': 'The regime.' });
  const lexicon = readFileSync('test/fixtures/lexicons/basics.json', 'utf8');

  it.each([
    ['malformed JSON', lexicon.replace('"version": "1.0.0",', '"version": "1.0.0"'), ['bad.json:5:3: not valid JSON: Unexpected token String found.']],
    ['a duplicate variant id', lexicon.replace('"id": "government"', '"id": "regime"'), ['duplicate variant id in referent "israel-state"; at /referents/0/variants/1/id; got "regime"']],
    ['a key written twice', lexicon.replace('"version": "1.0.0",', '"version": "1.0.0", "version": "2.0.0",'), ['bad.json:4:23: duplicate key "version" (first on line 4); at /version']],
  ])('%s', (_name, text, messages) => {
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, text);
    const out = join(tempDir(), 'out');
    expectRefused(framelens(['report', good(), '--lexicon', file, '--out', out]), out, ...messages);
  });

  it('two lexicons with one id', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'one.json'), lexicon);
    writeFileSync(join(dir, 'two.json'), lexicon);
    const out = join(tempDir(), 'out');
    expectRefused(framelens(['report', good(), '--lexicon', dir, '--out', out]), out, 'two.json: lexicon id already used by');
  });

  it('a lexicon that does not exist', () => {
    const out = join(tempDir(), 'out');
    expectRefused(framelens(['report', good(), '--lexicon', 'no/such.json', '--out', out]), out, 'no/such.json: no such file or folder; expected a lexicon .json file or a folder of them');
  });

  it('a SOURCE_DATE_EPOCH that is not a number', () => {
    const out = join(tempDir(), 'out');
    expectRefused(framelens(['report', good(), ...BASICS, '--out', out], { SOURCE_DATE_EPOCH: 'yesterday' }), out, 'SOURCE_DATE_EPOCH: not a time; got "yesterday"');
  });
});

describe('output folders', () => {
  const good = (): string => corpusFolder({ 'corpus.json': manifestOf('a.txt'), 'a.txt': 'The regime.' });

  it('refuses a non-empty folder framelens did not write, and --force writes into it keeping the files', () => {
    const out = tempDir();
    writeFileSync(join(out, 'thesis.tex'), 'my work');
    const refused = framelens(['report', good(), ...BASICS, '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('folder is not empty and holds no framelens report; got "thesis.tex"; expected an empty or new folder');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    const forced = framelens(['report', good(), ...BASICS, '--out', out, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(out, 'thesis.tex'), 'utf8')).toBe('my work');
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('writes into a fresh clone’s reports/ (its README only) as npm start does, with --force, keeping the README as it is', () => {
    const out = tempDir();
    cpSync('reports/README.md', join(out, 'README.md'));
    const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
    expect(start).toContain('--force');
    const run = framelens(['report', good(), ...BASICS, '--out', out, '--force']);
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe(readFileSync('reports/README.md', 'utf8'));
    expect(readFileSync(join(out, '.framelens'), 'utf8')).toBe(MARKER_TEXT);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    // Once written, the folder is framelens's own: the next run needs no --force.
    expect(framelens(['report', good(), ...BASICS, '--out', out]).status).toBe(0);
  });

  it('refuses a file', () => {
    const out = join(tempDir(), 'file.txt');
    writeFileSync(out, 'mine');
    const run = framelens(['report', good(), ...BASICS, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('file.txt: exists and is not a folder');
    expect(readFileSync(out, 'utf8')).toBe('mine');
  });

  it('refuses a path through a file', () => {
    const file = join(tempDir(), 'file.txt');
    writeFileSync(file, 'mine');
    const run = framelens(['report', good(), ...BASICS, '--out', join(file, 'sub', 'out')]);
    expect(run.stderr).toContain('sub/out: cannot write the report: a part of the path is a file, not a folder; expected a folder you can write to');
    expect(run.status).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('writes into the folder a symbolic link points to, and keeps the link', () => {
    const real = join(tempDir(), 'real');
    const link = join(tempDir(), 'link');
    symlinkSync(real, link);
    expect(framelens(['report', good(), ...BASICS, '--out', real]).status).toBe(0);
    expect(framelens(['report', good(), ...BASICS, '--out', link]).status).toBe(0);
    expect(readFileSync(join(link, 'index.html'), 'utf8')).toBe(readFileSync(join(real, 'index.html'), 'utf8'));
    expect(existsSync(join(real, 'index.html'))).toBe(true);
  });
});
