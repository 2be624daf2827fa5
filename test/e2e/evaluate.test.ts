import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { framelens, tempDir } from './cli.js';

const FIXTURE = 'test/fixtures/evaluate';
const BASICS = ['--lexicon', 'test/fixtures/lexicons/basics.json'];
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** The fixture copied to a temporary folder, with one annotation file replaced. */
function withAnnotation(yaml: string): string {
  const dir = tempDir('framelens-evaluate-');
  temps.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, 'annotations', 'a.yaml'), yaml);
  return dir;
}

describe('framelens evaluate', () => {
  it('prints the table of figures for framelens against the annotations, exit 0', () => {
    const run = framelens(['evaluate', FIXTURE, ...BASICS]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('| naming, own voice | 1.00 | 1.00 | 1.00 | 4 | 0 | 0 |');
    expect(run.stdout).toContain('| speaker of quotations with a known speaker | 1 | 1 | 1.00 |');
    expect(run.stdout).toContain("Cohen's kappa");
  });

  it('prints JSON with --json', () => {
    const run = framelens(['evaluate', FIXTURE, ...BASICS, '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { articles: number; quotations: { scareQuotes: { tp: number } }; targets: unknown[] };
    expect(result.articles).toBe(1);
    expect(result.quotations.scareQuotes.tp).toBe(1);
    expect(result.targets.length).toBeGreaterThan(0);
  });

  it('compares a second coder with the first: F1 and kappa, no run of framelens', () => {
    const run = framelens(['evaluate', FIXTURE, ...BASICS, '--against', `${FIXTURE}/second`, '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { naming: { allVoices: { overall: { tp: number; fn: number } } }; kappa: { markers: number; segments: number } };
    expect(result.naming.allVoices.overall).toMatchObject({ tp: 3, fn: 2 });
    expect(result.kappa.markers).toBeGreaterThan(0);
    expect(result.kappa.markers).toBeLessThan(1);
    expect(result.kappa.segments).toBeLessThan(1);
  });

  it('exits 1 when an F1 is below --min-f1', () => {
    const run = framelens(['evaluate', FIXTURE, ...BASICS, '--against', `${FIXTURE}/second`, '--min-f1', '0.9']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('below --min-f1 0.9: naming, own voice');
  });

  it.each([
    ['a schema violation', 'article: a\nquotes:\n  - {kind: quoted, text: x}\n', /annotations\/a\.yaml:3:\d+: .*at \/quotes\/0\/kind; got "quoted"/],
    ['words that are not in the article', 'article: a\nmarkers:\n  - {id: basics/held/hostages, text: captives}\n', /annotations\/a\.yaml:3:\d+: "captives" not found in the article; at \/markers\/0/],
    ['an article the corpus does not have', 'article: zzz\n', /annotations\/a\.yaml:1:\d+: no article with this id in the corpus; at \/article; got "zzz"/],
  ])('exits 2 on %s, naming file, line and pointer', (_name, yaml, message) => {
    const run = framelens(['evaluate', withAnnotation(yaml), ...BASICS]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('exits 2 on a --min-f1 that is not a share', () => {
    const run = framelens(['evaluate', FIXTURE, ...BASICS, '--min-f1', 'high']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--min-f1: not a number from 0 to 1');
  });
});
