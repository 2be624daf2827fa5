import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASICS, framelens, readJson, tempDir, type CliRun } from './cli.js';

/* Every corpus format from the command line, as a user has it: web pages, spreadsheets, standard input; bundled lexicons by name. */

const made: string[] = [];
function folder(): string {
  const dir = tempDir();
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const PAGES = 'test/fixtures/pages';
const EXPORT = 'test/fixtures/exports/media-cloud-stories.csv';

function withInput(args: string[], input: string): CliRun {
  const run = spawnSync(process.execPath, ['dist/cli/bin.js', ...args], { encoding: 'utf8', input });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Results {
  options: { corpus: string };
  corpus: { totals: { articles: number; hits: number } };
  articles: { id: string; outlet: string; title: string | null; source: string; sha256: string; origin?: { format: string; sha256: string; offsets: string } }[];
}

function expectRefused(run: CliRun, ...messages: string[]): void {
  expect(run.status, run.stderr).toBe(2);
  for (const message of messages) expect(run.stderr).toContain(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('a folder of saved web pages', () => {
  it('needs no manifest: each page gives its article, outlet and facts; results.json keeps the page digest and says offsets count in the extracted text', () => {
    const dir = folder();
    const corpus = join(dir, 'pages');
    mkdirSync(corpus);
    for (const name of ['aljazeera-moon-landers.html.gz', 'express-hong-kong.html.gz']) copyFileSync(join(PAGES, name), join(corpus, name));
    const out = join(dir, 'out');
    const run = framelens(['report', corpus, ...BASICS, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const results = readJson<Results>(join(out, 'results.json'));
    const digest = createHash('sha256').update(readFileSync(join(corpus, 'express-hong-kong.html.gz'))).digest('hex');
    expect(results.articles.map((a) => [a.id, a.outlet, a.origin])).toEqual([
      ['aljazeera-moon-landers', 'Al Jazeera', { format: 'html', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown, offsets: 'extracted-text' }],
      ['express-hong-kong', 'Express.co.uk', { format: 'html', sha256: digest, offsets: 'extracted-text' }],
    ]);
    const page = readFileSync(join(out, 'articles', 'express-hong-kong.html'), 'utf8');
    expect(page).toContain(`extracted from the web page (SHA-256 <code>${digest}</code>)`);
    expect(page).toContain('Hong Kong chaos: China deploys troops');
  });

  it('refuses a page with no article and one nested 100,000 deep, naming each file; exit 2', () => {
    const corpus = join(folder(), 'pages');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'login.html'), '<html><body><nav><a href="/">Home</a></nav><form><input></form></body></html>');
    writeFileSync(join(corpus, 'deep.html'), `<html><body>${'<div>'.repeat(100_000)}<p>text</p></body></html>`);
    const run = framelens(['report', corpus, '--out', join(corpus, '..', 'out')]);
    expectRefused(run, `${corpus}/login.html: no article found in the page`, `${corpus}/deep.html: elements are nested more than 1000 deep`);
  });
});

describe('framelens extract', () => {
  it('prints one JSON line a page: text, markup and metadata', () => {
    const run = framelens(['extract', join(PAGES, 'structured.html'), join(PAGES, 'jpost-berlin-stabbing.html.gz')]);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.source, l.outlet, l.title, l.date])).toEqual([
      [join(PAGES, 'structured.html'), 'The Example Gazette', 'Ceasefire talks resume in Cairo', '2024-05-09'],
      [join(PAGES, 'jpost-berlin-stabbing.html.gz'), 'The Jerusalem Post | JPost.com', 'Son of former German president stabbed to death in Berlin', '2019-11-20'],
    ]);
    expect(lines[0]).toMatchObject({ author: 'Jane Doe, John Roe', url: 'https://gazette.example/world/ceasefire-talks', markup: expect.arrayContaining([{ start: 0, end: 31, kind: 'headline' }]) as unknown });
  });

  it('prints the pages it can read and names the one it cannot; exit 2', () => {
    const bad = join(folder(), 'empty.html');
    writeFileSync(bad, '<html><body></body></html>');
    const run = framelens(['extract', bad, join(PAGES, 'structured.html')]);
    expect(run.status).toBe(2);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`${bad}: no article found in the page`);
  });
});

describe('spreadsheets and standard input', () => {
  it('reads a CSV export with its own column names, and gives the same counts as the seed folder', () => {
    const dir = folder();
    const fromCsv = framelens(['report', EXPORT, ...BASICS, '--out', join(dir, 'csv')]);
    const fromSeeds = framelens(['report', 'seeds', ...BASICS, '--out', join(dir, 'seeds')]);
    expect([fromCsv.status, fromSeeds.status]).toEqual([0, 0]);
    const totals = (name: string): unknown => readJson<Results>(join(dir, name, 'results.json')).corpus.totals;
    expect(totals('csv')).toEqual(totals('seeds'));
  });

  it('reads TSV with named columns', () => {
    const out = join(folder(), 'out');
    const run = framelens(['report', 'test/fixtures/exports/media-cloud-stories.tsv', '--id-column', 'stories_id', '--outlet-column', 'media_name', ...BASICS, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(readJson<Results>(join(out, 'results.json')).articles.map((a) => a.id)).toEqual(['anadolu-2024-02-12', 'presstv-2024-05-09']);
  });

  it('reads JSONL and CSV from standard input with -', () => {
    const dir = folder();
    const jsonl = withInput(['report', '-', ...BASICS, '--out', join(dir, 'jsonl')], '{"id":"a","outlet":"A","text":"The Israeli regime and the hostages."}\n');
    expect(jsonl.status, jsonl.stderr).toBe(0);
    expect(readJson<Results>(join(dir, 'jsonl', 'results.json')).options.corpus).toBe('stdin');
    const csv = withInput(['report', '-', ...BASICS, '--out', join(dir, 'csv')], readFileSync(EXPORT, 'utf8'));
    expect(csv.status, csv.stderr).toBe(0);
    expect(readJson<Results>(join(dir, 'csv', 'results.json')).corpus.totals.articles).toBe(5);
    expectRefused(withInput(['report', '-', '--out', join(dir, 'none')], ''), 'stdin: standard input is empty');
  });

  it('refuses a CSV without a text column, naming the file and the columns it has; exit 2, nothing written', () => {
    const dir = folder();
    const csv = join(dir, 'stories.csv');
    writeFileSync(csv, 'id,media_name,title\n1,Press TV,Headline\n');
    const out = join(dir, 'out');
    expectRefused(framelens(['report', csv, '--out', out]), `${csv}:1: no text column`, '--text-column NAME naming one of "id", "media_name", "title"');
    expect(existsSync(out)).toBe(false);
  });
});

describe('lexicons by name', () => {
  it('names a bundled lexicon by id, from any folder, and lists them', () => {
    const dir = folder();
    const run = spawnSync(process.execPath, [join(process.cwd(), 'dist/cli/bin.js'), 'report', join(process.cwd(), 'seeds'), '--lexicon', 'news-general', '--out', join(dir, 'out')], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(readJson<{ lexicons: { id: string }[] }>(join(dir, 'out', 'results.json')).lexicons.map((l) => l.id)).toEqual(['news-general']);
    const list = framelens(['lexicon', 'list']);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/^israel-gaza\s+1\.0\.0\s+10\s+110\s/m);
    expect(list.stdout).toMatch(/^news-general\s/m);
  });

  it('refuses an id that is no bundled lexicon, listing the ones there are', () => {
    expectRefused(framelens(['report', 'seeds', '--lexicon', 'news-generl', '--out', join(folder(), 'out')]), "news-generl: no such file or folder, and no bundled lexicon has this id; expected a lexicon .json file, a folder of them, or a bundled lexicon's id: israel-gaza, news-general");
  });

  it('lexicon import refuses an existing --out without --force, and two imports get two ids', () => {
    const dir = folder();
    const first = join(dir, 'framing-a.json');
    const second = join(dir, 'framing-b.json');
    const dictionary = 'test/fixtures/dictionaries/framing.dic';
    expect(framelens(['lexicon', 'import', '--from', 'liwc', dictionary, '--out', first]).status).toBe(0);
    expect(framelens(['lexicon', 'import', '--from', 'liwc', dictionary, '--out', second]).status).toBe(0);
    expect([readJson<{ id: string }>(first).id, readJson<{ id: string }>(second).id]).toEqual(['framing-a', 'framing-b']);
    writeFileSync(first, 'mine');
    const refused = framelens(['lexicon', 'import', '--from', 'liwc', dictionary, '--out', first]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`${first}: the file already exists; expected another --out file, or --force to replace this one`);
    expect(readFileSync(first, 'utf8')).toBe('mine');
    expect(framelens(['lexicon', 'import', '--from', 'liwc', dictionary, '--out', first, '--force']).status).toBe(0);
    expect(readJson<{ id: string }>(first).id).toBe('framing-a');
  });
});
