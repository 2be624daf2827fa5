import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framelens, readHits, readJson, tempDir } from './cli.js';

/** A lexicon file in a fresh folder, from a base with one variant changed. */
function lexiconFile(change: (variant: Record<string, unknown>) => void, name = 'lex.json'): string {
  const variant: Record<string, unknown> = { id: 'regime', label: 'regime', patterns: ['regime'], category: 'delegitimising-label', explanation: 'Test.', examples: { match: ['the regime said'], noMatch: ['the government said'] } };
  change(variant);
  const lexicon = { id: 'test', version: '1.0.0', title: 'Test', description: 'Test.', licence: 'CC0-1.0', sources: [], referents: [{ id: 'state', label: 'State', description: 'Test.', variants: [variant] }] };
  const path = join(tempDir(), name);
  writeFileSync(path, `${JSON.stringify(lexicon, null, 2)}\n`);
  return path;
}

describe('framelens lexicon validate', () => {
  it('passes the bundled lexicons, exit 0', () => {
    const run = framelens(['lexicon', 'validate', '--strict']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('4 lexicon file(s): 0 error(s), 0 warning(s)\n');
  });

  it('reports errors on stdout with line, column and pointer, exit 2', () => {
    const file = lexiconFile((v) => (v.patterns = ['regime', '(so-called regime']));
    const run = framelens(['lexicon', 'validate', file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(`error: ${file}:19:13: pattern syntax: "(" is not closed at position 1`);
    expect(run.stderr).toBe('1 lexicon file(s): 1 error(s), 0 warning(s)\n');
  });

  it('exits 0 on warnings only, 1 with --strict', () => {
    const file = lexiconFile((v) => (v.exceptions = ['Iranian government']));
    const plain = framelens(['lexicon', 'validate', file]);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('warning: ');
    expect(plain.stdout).toContain('the exception "Iranian government" contains no match');
    expect(framelens(['lexicon', 'validate', '--strict', file]).status).toBe(1);
  });
});

describe('framelens lexicon test', () => {
  it('runs every example of the bundled lexicons, exit 0', () => {
    const run = framelens(['lexicon', 'test']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^\d{3} example\(s\) checked, 0 failed\n$/);
  });

  it('prints each failing example as id: "sentence" expected match, got none; exit 1', () => {
    const file = lexiconFile((v) => (v.examples = { match: ['the regime said', 'the junta said'], noMatch: ['the regime fell'] }));
    const run = framelens(['lexicon', 'test', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('test/state/regime: "the junta said" expected match, got none\ntest/state/regime: "the regime fell" expected no match, got "regime"\n');
  });
});

describe('framelens lexicon import', () => {
  it('writes the lexicon, prints its path, and notes skipped terms', () => {
    const out = join(tempDir(), 'imported.json');
    const run = framelens(['lexicon', 'import', '--from', 'liwc', 'test/fixtures/dictionaries/framing.dic', '--out', out, '--licence', 'CC0-1.0']);
    expect(run.stderr).toContain('framing.dic:13: skipped ":)"');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(out);
    expect(readJson<{ licence: string }>(out).licence).toBe('CC0-1.0');
  });

  it('refuses a LIWC2015 conditional entry with its line, exit 2, and writes nothing', () => {
    const out = join(tempDir(), 'imported.json');
    const run = framelens(['lexicon', 'import', '--from', 'liwc', 'test/fixtures/dictionaries/conditional.dic', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('conditional.dic:6: conditional LIWC entry');
    expect(existsSync(out)).toBe(false);
  });

});

describe('framelens lexicon show', () => {
  it('prints a variant as a table', () => {
    const run = framelens(['lexicon', 'show', 'news-general/casualty-phrasing/lost-lives']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('news-general 1.0.0');
    expect(run.stdout).toMatch(/casualty-phrasing\/lost-lives\s+lost their lives\s+euphemism\s+\{lost\|lose\|losing\}/);
  });

});

describe('framelens report with a lexicon that extends a shipped one', () => {
  it('loads the shipped base, counts replacements under the shipped ids, and lists them on the methodology page', () => {
    const out = tempDir();
    const run = framelens(['report', 'seeds', '--lexicon', 'test/fixtures/lexicons/override.json', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const regime = readHits(out).filter((h) => h.id === 'israel-gaza/israel-state/regime').map((h) => h.text.toLowerCase());
    expect(regime.length).toBeGreaterThan(0);
    expect(regime.every((t) => /^(israeli|zionist|ruling) regime$/.test(t))).toBe(true);
    const methodology = readFileSync(join(out, 'methodology.html'), 'utf8');
    expect(methodology).toContain('<h2>Overrides</h2>');
    expect(methodology).toContain('<code>israel-gaza/israel-state/regime</code></th><td>replaced</td><td><code>house-style</code>');
    expect(methodology).toContain('<code>israel-gaza/israel-state/cabinet-of-netanyahu</code></th><td>added</td>');
  });
});
