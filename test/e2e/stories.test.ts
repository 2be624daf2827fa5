import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framelens, readJson, tempDir } from './cli.js';
import { slug } from '../../src/report/slug.js';

const lines = [
  { id: 'a1', outlet: 'Alpha', story: 'Rafah', date: '2024-05-01', text: 'The Israeli regime attacked Rafah. The regime said hostages remain.' },
  { id: 'a2', outlet: 'Beta', story: 'Rafah', date: '2024-05-02', text: 'The Israeli government said the operation in Rafah will go on. Hostages were discussed.' },
  { id: 'b1', outlet: 'Alpha', story: 'Ceasefire', date: '2024-06-10', text: 'The regime rejected the ceasefire proposal, Hamas said.' },
  { id: 'b2', outlet: 'Beta', story: 'Ceasefire', date: '2024-06-11', text: "Israel's government weighed the ceasefire proposal from Hamas." },
];

describe('stories and time', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'c.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
  const out = join(dir, 'out');
  const run = framelens(['report', join(dir, 'c.jsonl'), '--lexicon', 'test/fixtures/lexicons/basics.json', '--out', out]);

  it('writes a comparison page per story and an overview', () => {
    expect(run.status).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain(`href="stories/${slug('Rafah')}.html"`);
    expect(index).toContain(`href="stories/${slug('Ceasefire')}.html"`);
    const rafah = readFileSync(join(out, 'stories', `${slug('Rafah')}.html`), 'utf8');
    expect(rafah).toContain('<h1>Rafah</h1>');
    // A story's page counts that story's articles only (2 articles, 3 + 2 markers), and lists none of them: it grows with outlets, not articles.
    expect(rafah).toContain('<div><dt>Articles</dt><dd>2</dd></div>');
    expect(rafah).toContain('<div><dt>Markers found (all voices)</dt><dd>5</dd></div>');
    expect(rafah).not.toContain('articles/');
    const results = readJson<{ stories: { story: string; outlets: { outlet: string; hits: number }[] }[] }>(join(out, 'results.json'));
    expect(results.stories.map((s) => [s.story, s.outlets.map((o) => `${o.outlet}:${o.hits}`)])).toEqual([
      ['Ceasefire', ['Alpha:2', 'Beta:2']],
      ['Rafah', ['Alpha:3', 'Beta:2']],
    ]);
  });

  it('charts each outlet’s naming over time when the dates span several periods', () => {
    const page = readFileSync(join(out, 'referents', 'basics--israel-state.html'), 'utf8');
    expect(page).toContain('per week (2024-W18, 2024-W24)');
    expect(page).toMatch(/<rect class="cat-delegitimising-label"[^>]*><title>Alpha, 2024-W18: regime ×2<\/title>/);
  });
});
