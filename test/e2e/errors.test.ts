import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASICS as FIXTURE, corpusFolder, framelens, tempDir } from './cli.js';

/** A corpus folder with the given manifest and files. */
const corpus = (manifest: string, files: Record<string, string | Uint8Array>): string => corpusFolder({ 'corpus.json': manifest, ...files });
const oneArticle = JSON.stringify({ articles: [{ file: 'a.txt', outlet: 'Outlet A' }] });

describe('framelens on bad input', () => {
  it('prints its version and help, exit 0', () => {
    expect(framelens(['--version'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    const help = framelens(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('report [options] <corpus>');
  });

  it('exits 2 on an unknown option or command', () => {
    expect(framelens(['report', 'seeds', '--colour']).status).toBe(2);
    expect(framelens(['summarise']).status).toBe(2);
  });

  it('names a lexicon that breaks its schema, with line and pointer, exit 2, and writes nothing', () => {
    const dir = tempDir();
    const lexicon = join(dir, 'bad.json');
    writeFileSync(lexicon, '{\n  "id": "Bad Id",\n  "version": "1.0.0",\n  "title": "t",\n  "description": "d",\n  "licence": "CC0",\n  "sources": [],\n  "referents": []\n}\n');
    const out = join(dir, 'out');
    const run = framelens(['report', 'seeds', '--lexicon', lexicon, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${lexicon}:2:9: value has the wrong form; at /id; got "Bad Id"; expected a string matching`);
    expect(run.stderr).toContain(':8:16: too few items; at /referents');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('names a manifest that breaks its schema, exit 2', () => {
    const dir = corpus(JSON.stringify({ articles: [{ file: 'a.txt', outlet: '' }] }, null, 2), { 'a.txt': 'Text.' });
    const run = framelens(['report', dir, ...FIXTURE, '--out', join(dir, 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('corpus.json:5:17: empty text; at /articles/0/outlet; got ""');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('names a file that is not UTF-8, exit 2, nothing written', () => {
    const dir = corpus(oneArticle, { 'a.txt': new Uint8Array([0x47, 0x61, 0x7a, 0x61, 0xe9, 0x20, 0x21]) });
    const out = join(dir, 'out');
    const run = framelens(['report', dir, ...FIXTURE, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('a.txt:1:5: not valid UTF-8 text (byte 0xE9 at byte 4); expected a text file encoded as UTF-8');
    expect(existsSync(out)).toBe(false);
  });

  it('lists manifest entries without files and files without entries, exit 2', () => {
    const dir = corpus(JSON.stringify({ articles: [{ file: 'a.txt', outlet: 'A' }, { file: 'missing.txt', outlet: 'B' }] }), { 'a.txt': 'x', 'stray.md': 'y' });
    const run = framelens(['report', dir, ...FIXTURE, '--out', join(dir, 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('entry names a file that is not in the corpus folder; at /articles/1; got "missing.txt"');
    expect(run.stderr).toContain('stray.md: article file has no entry in corpus.json');
  });

  it('exits 2 for a corpus that does not exist or has no manifest', () => {
    expect(framelens(['report', 'no/such/folder']).stderr).toContain('no/such/folder: no such file or folder');
    const empty = tempDir();
    mkdirSync(join(empty, 'c'));
    const run = framelens(['report', join(empty, 'c')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no corpus manifest in this folder');
  });

  it('reads a JSONL corpus and reports its bad lines by number', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.jsonl'), '{"id":"a","outlet":"A","text":"The Israeli regime and the hostages."}\n');
    const ok = framelens(['report', join(dir, 'c.jsonl'), ...FIXTURE, '--out', join(dir, 'out')]);
    expect(ok.status).toBe(0);
    expect(readdirSync(join(dir, 'out', 'articles'))).toEqual(['a.html']);
    writeFileSync(join(dir, 'bad.jsonl'), '{"id":"a","outlet":"A","text":"x"}\n{"id":"a","outlet":"A","text":"y"}\n');
    const bad = framelens(['report', join(dir, 'bad.jsonl'), ...FIXTURE, '--out', join(dir, 'out2')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('bad.jsonl:2: duplicate article id (first on line 1)');
  });

  it('replaces its own files on a second run and leaves the user’s alone', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    writeFileSync(join(dir, 'c.jsonl'), '{"id":"a","outlet":"A","text":"x"}\n{"id":"b","outlet":"B","text":"y"}\n');
    expect(framelens(['report', join(dir, 'c.jsonl'), ...FIXTURE, '--out', out]).status).toBe(0);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    writeFileSync(join(dir, 'c.jsonl'), '{"id":"a","outlet":"A","text":"x"}\n');
    expect(framelens(['report', join(dir, 'c.jsonl'), ...FIXTURE, '--out', out]).status).toBe(0);
    expect(readdirSync(join(out, 'articles'))).toEqual(['a.html']);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(dir).filter((n) => n.startsWith('.framelens-'))).toEqual([]);
  });

  it('exits 3 on an internal error, with a short message and a hint, and the stack only with --debug', () => {
    // A broken installation (its templates/ folder gone) is a bug in framelens, not a mistake in the input.
    const install = tempDir('framelens-install-');
    cpSync('dist', join(install, 'dist'), { recursive: true });
    cpSync('package.json', join(install, 'package.json'));
    symlinkSync(resolve('node_modules'), join(install, 'node_modules'));
    const dir = tempDir();
    writeFileSync(join(dir, 'c.jsonl'), '{"id":"a","outlet":"A","text":"The regime."}\n');
    const args = [join(install, 'dist', 'cli', 'main.js'), 'report', join(dir, 'c.jsonl'), '--lexicon', resolve('test/fixtures/lexicons/basics.json'), '--out', join(dir, 'out')];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^framelens: internal error: ENOENT: no such file or directory, scandir '[^']*templates'\nThis is a bug in framelens, not in your input\. Run again with --debug for details and please report it\.\n$/);
    expect(existsSync(join(dir, 'out'))).toBe(false);

    const debug = spawnSync(process.execPath, [...args, '--debug'], { encoding: 'utf8' });
    expect(debug.status).toBe(3);
    expect(debug.stderr).toMatch(/^framelens: internal error: ENOENT[^\n]*\nError: ENOENT[^\n]*\n\s+at /);
  });
});

describe('a reader that closes the pipe early', () => {
  it('ends quietly, with no stack trace', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['dist/cli/bin.js', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/\n\s+at |EPIPE/);
    expect(code).toBe(0);
  });
});
