import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASICS, corpusFolder, framelens, readHits, readJson, tempDir } from './cli.js';

/* Sizes a real corpus or lexicon can reach, made here from small pieces and run through the command. Speed is measured by npm run bench, not here. */

interface Results {
  corpus: { totals: { articles: number; words: number }; articles: { id: string; words: number }[] };
  hits: { articleId: string; id: string; start: number; end: number; text: string }[];
}

// Generous: these run whole CLI processes on megabytes of text, and CI machines may be busy.
describe('large inputs', { timeout: 240_000 }, () => {
  it('a single 5 MB article', () => {
    const seed = readFileSync(join('seeds', readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort()[0] as string), 'utf8');
    let text = '';
    while (text.length < 5_000_000) text += `${seed}\n\n`;
    const dir = corpusFolder({ 'corpus.json': JSON.stringify({ articles: [{ file: 'big.txt', outlet: 'Big' }] }), 'big.txt': text });
    const out = join(tempDir(), 'out');
    const run = framelens(['report', dir, ...BASICS, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const results = readJson<Results>(join(out, 'results.json'));
    expect(results.corpus.totals.words).toBeGreaterThan(800_000);
    expect(readHits(out).length).toBeGreaterThan(1_000);
    const wrong = readHits(out).filter((h) => text.slice(h.start, h.end) !== h.text);
    expect(wrong).toEqual([]);
  });

  it('20,000 tiny articles, each a file', () => {
    const files: Record<string, string> = {};
    const articles = [];
    for (let i = 0; i < 20_000; i++) {
      const file = `a${String(i).padStart(5, '0')}.txt`;
      files[file] = `The Israeli regime said ${i} hostages were held.`;
      articles.push({ file, outlet: `Outlet ${i % 7}` });
    }
    const dir = corpusFolder({ ...files, 'corpus.json': JSON.stringify({ articles }) });
    const out = join(tempDir(), 'out');
    const run = framelens(['report', dir, ...BASICS, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(join(out, 'articles'))).toHaveLength(20_000);
    const results = readJson<Results>(join(out, 'results.json'));
    expect(results.corpus.totals).toMatchObject({ articles: 20_000, words: 20_000 * 8 });
    expect(readHits(out)).toHaveLength(40_000);
  });

  it('a lexicon of 10,000 variants', () => {
    const referents = Array.from({ length: 100 }, (_, r) => ({
      id: `r${r}`,
      label: `Referent ${r}`,
      description: 'Generated.',
      variants: Array.from({ length: 100 }, (_, v) => ({
        id: `v${v}`,
        label: `Variant ${v}`,
        patterns: [`term${r}x${v} forces`, `al-term${r}x${v}’s group`],
        category: 'neutral',
        explanation: 'Generated.',
      })),
    }));
    const lexicon = join(tempDir(), 'big.json');
    writeFileSync(lexicon, JSON.stringify({ id: 'big', version: '1.0.0', title: 'Big', description: 'Generated.', licence: 'CC0-1.0', sources: [], referents }));
    const dir = corpusFolder({ 'corpus.json': JSON.stringify({ articles: [{ file: 'a.txt', outlet: 'A' }] }), 'a.txt': 'The term99x99 forces met the Al-Term0x0’s group.' });
    const out = join(tempDir(), 'out');
    const run = framelens(['report', dir, '--lexicon', lexicon, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readHits(out).map((h) => [h.id, h.text])).toEqual([
      ['big/r99/v99', 'term99x99 forces'],
      ['big/r0/v0', 'Al-Term0x0’s group'],
    ]);
  });
});
