import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { framelens, tempDir } from './cli.js';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const STYLE = `title: Test desk
rules:
  - id: no-regime
    level: error
    message: Write "Israeli government", not "{match}"
    variants: [israel-gaza/israel-state/regime]
    suggestions: [Israeli government]
  - id: avoid-so-called
    level: warning
    message: Avoid "{match}"
    variants: [news-general/distancing/so-called]
`;

/** A desk folder: a style file at its root, made-up articles beside it. */
function desk(files: Record<string, string>): string {
  const dir = tempDir('framelens-desk-');
  temps.push(dir);
  writeFileSync(join(dir, '.framelens-style.yaml'), STYLE);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const CLEAN = 'Talks resume\n\nThe Israeli government said talks would resume.\n';
const ERRORS = 'Talks resume\n\nThe regime said "the regime is strong", and the regime left.\n';
const WARNS = 'Talks resume\n\nThe so-called zone was hit.\n';
const MD = '---\ntitle: Talks resume\ndate: 2024-05-09\n---\n\nThe *regime* spoke.\n\n> The regime will fall, a protester said.\n';

/** Runs the CLI in a folder, with standard input. */
function run(cwd: string, args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [resolve('dist/cli/main.js'), ...args], { cwd, encoding: 'utf8', input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('framelens audit', () => {
  const dir = desk({ 'clean.txt': CLEAN, 'errors.txt': ERRORS, 'warns.txt': WARNS, 'stories/a.md': MD, 'README.md': 'The regime, in a readme.' });

  it('exits 0 on a clean file, printing nothing', () => {
    expect(run(dir, ['audit', 'clean.txt'])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('exits 1 on a finding at or above --fail-on, with file:line:col; quoted words exempt', () => {
    const r = run(dir, ['audit', 'errors.txt', '--format', 'line']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('errors.txt:3:5: error no-regime Write "Israeli government", not "regime"\nerrors.txt:3:49: error no-regime Write "Israeli government", not "regime"\n');
  });

  it('reads a folder recursively (README.md left out), Markdown mapped back to the file', () => {
    const r = run(dir, ['audit', '.', '--format', 'line']);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      'errors.txt:3:5: error no-regime Write "Israeli government", not "regime"',
      'errors.txt:3:49: error no-regime Write "Israeli government", not "regime"',
      'stories/a.md:6:6: error no-regime Write "Israeli government", not "regime"',
      'warns.txt:3:5: warning avoid-so-called Avoid "so-called"',
    ]);
  });

  it('expands globs (a glob takes what it matches, README.md too) and reads standard input under --stdin-filename', () => {
    expect(run(dir, ['audit', 'stories/*.md', '--format', 'line']).stdout).toBe('stories/a.md:6:6: error no-regime Write "Israeli government", not "regime"\n');
    expect(run(dir, ['audit', '**/*.md', '--format', 'line']).stdout).toContain('README.md:1:5: error no-regime');
    const stdin = run(dir, ['audit', '-', '--stdin-filename', 'desk/b.md', '--format', 'line'], MD);
    expect(stdin).toMatchObject({ status: 1, stdout: 'desk/b.md:6:6: error no-regime Write "Israeli government", not "regime"\n' });
  });

  it('--fail-on and --min-level decide what fails and what is shown', () => {
    expect(run(dir, ['audit', 'warns.txt']).status).toBe(0);
    expect(run(dir, ['audit', 'warns.txt', '--fail-on', 'warning']).status).toBe(1);
    expect(run(dir, ['audit', 'errors.txt', '--fail-on', 'none']).status).toBe(0);
    expect(run(dir, ['audit', 'warns.txt', '--fail-on', 'warning', '--min-level', 'error'])).toMatchObject({ status: 0, stdout: '' });
  });

  it('writes SARIF to --output', () => {
    const r = run(dir, ['audit', 'errors.txt', '--format', 'sarif', '--output', 'out.sarif']);
    expect(r).toMatchObject({ status: 1, stdout: '' });
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results).toHaveLength(2);
  });

  it.each([
    ['a file that is not there', ['audit', 'missing.txt'], 'missing.txt: no such file or folder'],
    ['an HTML page, not yet read by audit', ['audit', 'page.html'], 'page.html: HTML is not yet supported by audit'],
    ['a glob that matches nothing', ['audit', 'nothing/*.md'], 'no .txt or .md file matches this pattern'],
    ['an unknown format', ['audit', 'clean.txt', '--format', 'xml'], '--format: not a known value; got "xml"; expected one of stylish, line, json, sarif, rdjsonl'],
    ['--fix on standard input', ['audit', '-', '--fix'], '--fix cannot write standard input back'],
    ['a style file with a mistake, named with its line', ['audit', 'clean.txt', '--style', 'bad.yaml'], 'bad.yaml:3:12: value not allowed; at /rules/0/level'],
    ['bad front matter, named with its line', ['audit', 'bad.md'], 'bad.md:3:7: value has the wrong form; at /date; got "May 9"'],
  ])('exits 2 on %s', (_name, args, message) => {
    writeFileSync(join(dir, 'page.html'), '<p>The regime.</p>');
    writeFileSync(join(dir, 'bad.yaml'), 'rules:\n  - id: r\n    level: fatal\n    message: m\n    patterns: [x]\n');
    writeFileSync(join(dir, 'bad.md'), '---\ntitle: T\ndate: May 9\n---\nText.\n');
    const r = run(dir, args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('exits 2 when no style file can be found', () => {
    const bare = tempDir('framelens-bare-');
    temps.push(bare);
    writeFileSync(join(bare, 'a.txt'), CLEAN);
    const r = run(bare, ['audit', 'a.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no style file; expected --style <file>, or a .framelens-style.yaml');
  });
});

describe('framelens audit --fix', () => {
  it('rewrites own-voice matches, never a quotation, and reports what is left', () => {
    const dir = desk({ 'a.txt': ERRORS, 'b.md': MD });
    const r = run(dir, ['audit', '.', '--fix', '--format', 'line']);
    expect(r).toMatchObject({ status: 0, stdout: '' });
    expect(r.stderr).toBe('framelens: fixed 3 finding(s) in 2 file(s)\n');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Talks resume\n\nThe Israeli government said "the regime is strong", and the Israeli government left.\n');
    // In Markdown the words inside the emphasis are replaced, the marks kept; the block quotation is left alone.
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe(MD.replace('*regime*', '*Israeli government*'));
  });

  it('--fix-dry-run prints the diff and writes nothing', () => {
    const dir = desk({ 'a.txt': ERRORS });
    const r = run(dir, ['audit', 'a.txt', '--fix-dry-run']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('-The regime said "the regime is strong", and the regime left.\n+The Israeli government said "the regime is strong", and the Israeli government left.\n');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(ERRORS);
  });
});

describe('framelens style', () => {
  it('validate and test the sample style file', () => {
    expect(framelens(['style', 'validate', 'examples/style.yaml'])).toMatchObject({ status: 0 });
    expect(framelens(['style', 'test', 'examples/style.yaml']).stderr).toMatch(/^\d+ example\(s\) checked, 0 failed\n$/);
  });

  it('exits 1 when an example fails and 2 when the file is wrong', () => {
    const dir = tempDir();
    temps.push(dir);
    writeFileSync(join(dir, 's.yaml'), 'rules:\n  - {id: r, level: error, message: m, patterns: [regime], examples: {match: ["No match here."]}}\n');
    writeFileSync(join(dir, 'bad.yaml'), 'rules:\n  - {id: r, level: error, message: m, variants: [x/y/z]}\n');
    const failed = framelens(['style', 'test', join(dir, 's.yaml')]);
    expect(failed).toMatchObject({ status: 1, stdout: 'r: "No match here." expected match, got none\n' });
    const wrong = framelens(['style', 'validate', join(dir, 'bad.yaml')]);
    expect(wrong.status).toBe(2);
    expect(wrong.stdout).toContain('bad.yaml:2:50: no such lexicon variant in the lexicons in use; at /rules/0/variants/0; got "x/y/z"');
  });
});

describe('framelens audit --archive', () => {
  const month = (m: string, text: string): string => `---\ndate: 2024-${m}-10\n---\n\n${text}\n`;

  it('writes the scorecard page and CSV: rates by month against a baseline', () => {
    const dir = desk({
      'archive/a.md': month('03', 'The government said talks went on. Officials met twice.'),
      'archive/b.md': month('03', 'Officials said the talks had stalled again.'),
      'archive/c.md': month('04', 'The regime said the regime would not talk.'),
      'archive/d.md': month('04', 'The so-called regime spoke again today.'),
      'wires/w.md': month('04', 'The Israeli government said talks would go on.'),
    });
    const r = run(dir, ['audit', '--archive', 'archive', '--baseline', 'wires', '--out', 'card'], '');
    expect(r).toMatchObject({ status: 0, stdout: 'card/scorecard.html\n' });
    const csv = readFileSync(join(dir, 'card', 'scorecard.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('rule,level,period,articles,own_words,count,rate_per_1000_words,rate_low,rate_high,small_sample,over_limit,baseline_count,baseline_own_words,baseline_rate_per_1000_words,log_odds_z_vs_baseline');
    const regime = csv.filter((l) => l.startsWith('no-regime,')).map((l) => l.split(',').slice(2, 7).join(','));
    expect(regime).toEqual(['2024-03,2,16,0,0', '2024-04,2,14,3,214.285714', 'all,4,30,3,100']);
    const page = readFileSync(join(dir, 'card', 'scorecard.html'), 'utf8');
    expect(page).toContain("<h1>Test desk: the desk's scorecard</h1>");
    expect(page).toContain('<th scope="col" class="num">2024-04</th>');
    expect(page).not.toMatch(/<script|https?:\/\/(?!example)/);
  });

  it('exits 3 on a broken installation (its templates gone), not 2', () => {
    const dir = desk({ 'archive/a.md': month('03', 'The regime spoke.') });
    const install = tempDir('framelens-install-');
    temps.push(install);
    cpSync('dist', join(install, 'dist'), { recursive: true });
    cpSync('package.json', join(install, 'package.json'));
    cpSync('lexicons', join(install, 'lexicons'), { recursive: true });
    symlinkSync(resolve('node_modules'), join(install, 'node_modules'));
    const r = spawnSync(process.execPath, [join(install, 'dist', 'cli', 'main.js'), 'audit', '--archive', 'archive', '--out', 'card'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('framelens: internal error: ENOENT');
    expect(existsSync(join(dir, 'card'))).toBe(false);
  });
});
