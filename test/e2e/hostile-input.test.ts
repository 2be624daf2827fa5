import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { decodeText } from '../../src/corpus/decode.js';
import { slug } from '../../src/report/slug.js';
import { problemsOf } from '../helpers.js';
import { BASICS, corpusFolder, framelens, readJson, tempDir } from './cli.js';

/*
 * Regression cases of issue 19 ("Hostile and heavy input"), one row per bug,
 * through the command as a user runs it: a correct report, or exit 2 with a
 * message that names the file; never exit 3.
 */

const jsonl = (...lines: Record<string, unknown>[]): string => {
  const dir = tempDir();
  const file = join(dir, 'c.jsonl');
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return file;
};
const TEXT = 'The Israeli regime said hostages were held.';

function report(corpus: string, extra: string[] = [], env: Record<string, string> = {}) {
  const out = join(tempDir(), 'out');
  const run = framelens(['report', corpus, ...BASICS, '--out', out, ...extra], env);
  return { run, out };
}

describe('no internal error from a user’s input', () => {
  it.each([
    ['ids, outlets and stories named like Object’s properties (JSONL)', () => jsonl(...['toString', 'constructor', 'hasOwnProperty', 'valueOf'].map((name) => ({ id: name, outlet: name, story: name, text: TEXT })), { id: 'p', outlet: '__proto__', story: '__proto__', text: TEXT })],
    [
      'article files named like Object’s properties (ids from file names)',
      () => corpusFolder({ '__proto__.txt': TEXT, 'constructor.txt': TEXT, 'toString.txt': TEXT, 'corpus.json': JSON.stringify({ articles: ['__proto__.txt', 'constructor.txt', 'toString.txt'].map((file) => ({ file, outlet: file.replace('.txt', '') })) }) }),
    ],
    ['a 300-character id and outlet', () => jsonl({ id: 'a'.repeat(300), outlet: 'O'.repeat(300), story: 's'.repeat(300), text: TEXT })],
  ])('%s: a report, exit 0', (_name, corpus) => {
    const { run, out } = report(corpus());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it.each([
    ['--out under /proc', (): string[] => ['--out', '/proc/framelens-out'], {}, /\/proc\/framelens-out: cannot write the report: a folder on the way is missing, or cannot hold new folders/],
    ['SOURCE_DATE_EPOCH past year 9999', (): string[] => [], { SOURCE_DATE_EPOCH: '99999999999999' }, /SOURCE_DATE_EPOCH: too far in the future for a date; got "99999999999999"/],
    ['SOURCE_DATE_EPOCH not a number', (): string[] => [], { SOURCE_DATE_EPOCH: '1e9' }, /SOURCE_DATE_EPOCH: not a time/],
  ])('%s: exit 2 naming it', (_name, args, env, message) => {
    const run = framelens(['report', jsonl({ id: 'a', outlet: 'A', text: TEXT }), ...BASICS, '--out', join(tempDir(), 'out'), ...args()], env);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(run.status).toBe(2);
  });

  it.each([
    ['a manifest', (deep: string) => corpusFolder({ 'a.txt': TEXT, 'corpus.json': `{"articles":[{"file":"a.txt","outlet":"A","notes":${deep}}]}` }), 'corpus.json:1:'],
    ['a YAML manifest', (deep: string) => corpusFolder({ 'a.txt': TEXT, 'corpus.yaml': `articles:\n  - file: a.txt\n    outlet: A\n    notes: ${deep}\n` }), 'corpus.yaml:4:'],
    ['a lexicon', (deep: string) => join(corpusFolder({ 'lex.json': `{"id":"x","referents":${deep}}` }), 'lex.json'), 'lex.json:1:'],
  ])('%s nested 5,000 levels deep: exit 2, "nested more than 100 levels", not "not valid JSON"', (what, make, place) => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const made = make(deep);
    const run = what === 'a lexicon' ? framelens(['lexicon', 'validate', made]) : framelens(['report', made, ...BASICS, '--out', join(tempDir(), 'out')]);
    expect(run.stdout + run.stderr).toContain(place);
    expect(run.stdout + run.stderr).toContain('nested more than 100 levels deep');
    expect(run.status).toBe(2);
  });

  it('stdout to a full device: exit 2 with one line, no stack trace', () => {
    const out = join(tempDir(), 'out');
    const run = spawnSync('sh', ['-c', `"${process.execPath}" dist/cli/bin.js report "${jsonl({ id: 'a', outlet: 'A', text: TEXT })}" ${BASICS.join(' ')} --out "${out}" > /dev/full`], { encoding: 'utf8' });
    expect(run.stderr).toBe('framelens: cannot write to standard output: no space left on the device\n');
    expect(run.status).toBe(2);
  });

  it('a text longer than a JavaScript string can be is called too long, not invalid UTF-8', () => {
    // 600 MB of valid UTF-8: the decoder is given the bytes directly (the command reads up to 1 GiB the same way).
    const problems = problemsOf(() => decodeText('big.jsonl', new Uint8Array(600_000_000).fill(0x61)));
    expect(problems).toEqual([expect.objectContaining({ file: 'big.jsonl', message: expect.stringMatching(/^too long to read as one text \(600000000 bytes/) })]);
  });
});

describe('page names', () => {
  it('never collide: non-Latin, punctuation-only and near-identical names each get their own page and anchors', () => {
    const outlets = ['قناة الجزيرة', 'العربية', 'חדשות', 'Новости', 'Press TV', 'Press/TV', 'Press_TV', 'press tv', '!!!', '???', '…'];
    const corpus = jsonl(...outlets.map((outlet, i) => ({ id: `a${i}`, outlet, story: outlet, text: `${TEXT} The regime again.` })));
    const { run, out } = report(corpus);
    expect(run.status).toBe(0);
    expect(readdirSync(join(out, 'outlets'))).toHaveLength(outlets.length);
    expect(readdirSync(join(out, 'stories'))).toHaveLength(outlets.length);
    for (const outlet of outlets) {
      const page = readFileSync(join(out, 'outlets', `${slug(outlet)}.html`), 'utf8');
      expect(page).toContain(`<h1>${outlet.replace('&', '&amp;')}`);
    }
    const names = outlets.map(slug);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(outlets.length);
  });
});

describe('output folder', () => {
  const corpus = () => jsonl({ id: 'a', outlet: 'A', text: TEXT });

  it.each([
    ['the corpus folder', (c: string) => ({ corpus: c, out: c }), 'is ', 'which this run reads'],
    ['a folder inside the corpus folder', (c: string) => ({ corpus: c, out: join(c, 'report') }), 'is inside', 'which this run reads'],
    ['a folder holding the corpus folder', (c: string) => ({ corpus: c, out: join(c, '..') }), 'holds', 'which this run reads'],
  ])('may not be %s, even with --force', (_name, place, ...messages) => {
    const dir = corpusFolder({ 'a.txt': TEXT, 'corpus.json': JSON.stringify({ articles: [{ file: 'a.txt', outlet: 'A' }] }) });
    const { corpus: c, out } = place(dir);
    const run = framelens(['report', c, ...BASICS, '--out', out, '--force']);
    for (const m of messages) expect(run.stderr).toContain(m);
    expect(run.status).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'corpus.json']);
  });

  it('may not be a lexicon folder or a lexicon or structure file’s folder, even with --force', () => {
    const lexicons = tempDir();
    writeFileSync(join(lexicons, 'basics.json'), readFileSync(BASICS[1] as string));
    const structure = join(tempDir(), 'structure.json');
    writeFileSync(structure, '{"boilerplate":["^Advertisement$"]}');
    for (const [args, out] of [
      [['--lexicon', lexicons], lexicons],
      [['--lexicon', join(lexicons, 'basics.json')], lexicons],
      [[...BASICS, '--structure', structure], join(structure, '..')],
    ] as const) {
      const run = framelens(['report', corpus(), ...args, '--out', out, '--force']);
      expect(run.stderr).toContain('which this run reads');
      expect(run.status).toBe(2);
    }
  });

  it('a lexicon folder ignores the files of a report framelens wrote there', () => {
    const folder = join(tempDir(), 'mine');
    expect(framelens(['report', corpus(), ...BASICS, '--out', folder]).status).toBe(0);
    writeFileSync(join(folder, 'basics.json'), readFileSync(BASICS[1] as string));
    const run = framelens(['lexicon', 'validate', folder]);
    expect(run.stderr).toBe('1 lexicon file(s): 0 error(s), 0 warning(s)\n');
    expect(run.status).toBe(0);
  });

  it('keeps its mode, owner and group, and those of the user’s folders and files in it', () => {
    const out = join(tempDir(), 'out');
    mkdirSync(join(out, 'private'), { recursive: true });
    writeFileSync(join(out, 'private', 'notes.txt'), 'mine');
    writeFileSync(join(out, 'shared.txt'), 'ours');
    chmodSync(join(out, 'private'), 0o700);
    chmodSync(join(out, 'shared.txt'), 0o640);
    // A group-shared folder, owned by someone else (the tests run as root in CI).
    chownSync(out, 1234, 2345);
    chownSync(join(out, 'private'), 1234, 2345);
    chmodSync(out, 0o2770);
    const before = (path: string) => {
      const s = statSync(join(out, path));
      return { mode: (s.mode & 0o7777).toString(8), uid: s.uid, gid: s.gid };
    };
    const expected = Object.fromEntries(['', 'private', 'private/notes.txt', 'shared.txt'].map((p) => [p, before(p)]));
    for (let run = 0; run < 2; run++) {
      const result = framelens(['report', corpus(), ...BASICS, '--out', out, '--force']);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(Object.fromEntries(Object.keys(expected).map((p) => [p, before(p)]))).toEqual(expected);
    }
    // The report's own files take the group of the set-group-id folder.
    expect(statSync(join(out, 'index.html')).gid).toBe(2345);
  });

  it('refuses a mount point inside it, or being one, with exit 2, and never enters it', () => {
    const out = join(tempDir(), 'out');
    expect(framelens(['report', corpus(), ...BASICS, '--out', out]).status).toBe(0);
    const mount = join(out, 'mounted');
    mkdirSync(mount);
    execFileSync('mount', ['-t', 'tmpfs', 'framelens-test', mount]);
    try {
      writeFileSync(join(mount, 'keep.txt'), 'on another file system');
      const inside = framelens(['report', corpus(), ...BASICS, '--out', out]);
      expect(inside.stderr).toContain('holds a mount point (another file system) at mounted');
      expect(inside.status).toBe(2);
      const itself = framelens(['report', corpus(), ...BASICS, '--out', mount, '--force']);
      expect(itself.stderr).toContain('is a mount point');
      expect(itself.status).toBe(2);
      expect(readdirSync(mount)).toEqual(['keep.txt']);
      expect(readdirSync(join(out, '..')).filter((n) => n.startsWith('.framelens-'))).toEqual([]);
    } finally {
      execFileSync('umount', [mount]);
    }
  });

  it.each(['staged', 'carried', 'between-renames', 'swapped', 'retiring'])('killed at step "%s" leaves the old or the new report, and the next run tidies up completely', (step) => {
    const parent = tempDir();
    const out = join(parent, 'out');
    const first = jsonl(...['a1', 'a2', 'a3'].map((id) => ({ id, outlet: 'A', text: TEXT })));
    expect(framelens(['report', first, ...BASICS, '--out', out]).status).toBe(0);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    mkdirSync(join(out, 'drafts'));
    writeFileSync(join(out, 'drafts', 'd.txt'), 'draft');
    const second = jsonl(...['b1', 'b2'].map((id) => ({ id, outlet: 'B', text: TEXT })));

    const killed = framelens(['report', second, ...BASICS, '--out', out], { FRAMELENS_KILL_AT: step });
    expect(killed.status).toBe(null);
    // Between the two renames (no system call swaps two folders in one step from Node) the old report waits whole under its side name.
    const left = step === 'between-renames' ? join(parent, readdirSync(parent).find((n) => n.startsWith('.framelens-old-')) ?? 'none') : out;
    const articles = readdirSync(join(left, 'articles')).sort();
    expect([['a1.html', 'a2.html', 'a3.html'], ['b1.html', 'b2.html']]).toContainEqual(articles);
    const listed = readJson<{ files: string[] }>(join(left, '.framelens-report.json')).files;
    for (const file of listed) expect(existsSync(join(left, file)), file).toBe(true);
    expect(readFileSync(join(left, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(left, 'drafts', 'd.txt'), 'utf8')).toBe('draft');

    const next = framelens(['report', second, ...BASICS, '--out', out]);
    expect(next.stderr).toBe('');
    expect(next.status).toBe(0);
    expect(readdirSync(parent).filter((n) => n.startsWith('.framelens-'))).toEqual([]);
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(['b1.html', 'b2.html']);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'drafts', 'd.txt'), 'utf8')).toBe('draft');
  });
});

describe('inputs that are not regular files', () => {
  it.each([
    ['an article file that is a named pipe', (dir: string) => execFileSync('mkfifo', [join(dir, 'b.txt')]), 'b.txt: a named pipe (FIFO), not a regular file'],
    ['an article file that is a link to a named pipe', (dir: string) => (execFileSync('mkfifo', [join(dir, 'pipe')]), symlinkSync('pipe', join(dir, 'b.txt'))), 'b.txt: a named pipe (FIFO), not a regular file'],
  ])('%s: exit 2 naming it, at once', (_name, make, message) => {
    const dir = corpusFolder({ 'a.txt': TEXT, 'corpus.json': JSON.stringify({ articles: [{ file: 'a.txt', outlet: 'A' }, { file: 'b.txt', outlet: 'B' }] }) });
    make(dir);
    const { run } = report(dir);
    expect(run.stderr).toContain(message);
    expect(run.status).toBe(2);
  });

  it.each([
    ['a manifest that is a named pipe', () => {
      const dir = tempDir();
      execFileSync('mkfifo', [join(dir, 'corpus.json')]);
      return ['report', dir, ...BASICS, '--out', join(tempDir(), 'out')];
    }, 'corpus.json: a named pipe (FIFO), not a regular file'],
    ['a JSONL corpus that is a named pipe', () => {
      const file = join(tempDir(), 'c.jsonl');
      execFileSync('mkfifo', [file]);
      return ['report', file, ...BASICS, '--out', join(tempDir(), 'out')];
    }, 'c.jsonl: a named pipe (FIFO), not a regular file'],
    ['a lexicon that is a device', () => ['lexicon', 'validate', '/dev/zero'], '/dev/zero: a device, not a regular file'],
    ['a structure file that is a device', () => ['report', jsonl({ id: 'a', outlet: 'A', text: TEXT }), ...BASICS, '--structure', '/dev/zero', '--out', join(tempDir(), 'out')], '/dev/zero: a device, not a regular file'],
  ])('%s: exit 2 naming it, at once', (_name, args, message) => {
    const run = framelens(args());
    expect(run.stdout + run.stderr).toContain(message);
    expect(run.status).toBe(2);
  });
});

describe('CSV cells a spreadsheet would run', () => {
  const outlet = '=HYPERLINK("http://example.com/x","y")';
  const corpus = () =>
    jsonl(
      { id: 'a', outlet, title: '@SUM(A1)', text: `${TEXT}\n+The regime again.` },
      { id: 'b', outlet: '-Minus Outlet', title: '\tTabbed', text: 'The regime said so.' },
      { id: 'c', outlet: 'Plain', title: "'=already quoted", text: 'Nul\u0000here: the regime.' },
    );
  const cellsOf = (out: string, file: string): string[][] => parse(readFileSync(join(out, file), 'utf8'), { relax_column_count: true }) as string[][];

  it('are written with a leading apostrophe by default, and as they are with --csv-raw; numbers stay numbers', () => {
    const c = corpus();
    const safe = report(c);
    const raw = report(c, ['--csv-raw']);
    expect(safe.run.status).toBe(0);
    expect(raw.run.status).toBe(0);
    const articles = (out: string) => cellsOf(out, 'articles.csv').slice(1).map((row) => [row[1], row[2]]);
    expect(articles(safe.out)).toEqual([[`'${outlet}`, "'@SUM(A1)"], ["'-Minus Outlet", "'\tTabbed"], ['Plain', "'=already quoted"]]);
    expect(articles(raw.out)).toEqual([[outlet, '@SUM(A1)'], ['-Minus Outlet', '\tTabbed'], ['Plain', "'=already quoted"]]);
    for (const file of ['hits.csv', 'concordance.csv', 'outlet-variants.csv', 'outlet-categories.csv', 'divergence.csv', 'distinctive-terms.csv']) {
      const cells = cellsOf(safe.out, file).flat();
      expect(cells.filter((cell) => /^[=+@\t\r]/.test(cell) || /^-\D/.test(cell)), file).toEqual([]);
      if (file !== 'distinctive-terms.csv') expect(cellsOf(raw.out, file).flat().some((cell) => cell.startsWith('=') || cell.startsWith('-Minus')), file).toBe(true);
    }
    // A negative number is a number, not a formula.
    expect(cellsOf(safe.out, 'outlet-variants.csv').flat().some((cell) => /^-\d/.test(cell))).toBe(true);
  });

  it('and control characters (a NUL in a JSONL text) reach no CSV or page raw', () => {
    const { run, out } = report(corpus());
    expect(run.status).toBe(0);
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    for (const file of files(out).filter((f) => /\.(csv|html)$/.test(f))) expect(readFileSync(file, 'utf8'), file).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(readFileSync(join(out, 'articles', 'c.html'), 'utf8')).toContain('Nul\uFFFDhere');
  });
});
