import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framelens, readJson, tempDir } from './cli.js';

interface Results {
  sharedCopies: { articles: string[]; minSimilarity: number; differences: { titleChanged: boolean }[] }[];
  counting: { leftOut: string[] };
  scores: { outlets: { outlet: string }[] };
}

const arnFile = '004_afa6e4451900c9df.txt';
const arn = readFileSync(join('seeds', arnFile), 'utf8');
/** The same Reuters copy on a sister site: its own related-stories list, promos and headline. */
const copy = `${arn.slice(0, arn.indexOf('More from International news'))}More from Middle East news

  • Gaza aid convoy reaches northern Gaza after weeks of delays

    Trucks carrying flour and medical supplies crossed into northern Gaza on Tuesday, the United Nations said, the first convoy to reach the area in three weeks.

  • Oil prices rise on Middle East supply worries

    Brent crude futures rose 1% on Monday as traders weighed the risk of wider conflict in the region.

Share this article: Facebook · X · WhatsApp
`;

function corpusWithCopy(): string {
  const dir = tempDir('framelens-copy-');
  cpSync('seeds', dir, { recursive: true });
  writeFileSync(join(dir, 'sister-site-copy.txt'), copy);
  const manifest = readJson<{ articles: Record<string, unknown>[] }>(join(dir, 'corpus.json'));
  manifest.articles.push({ file: 'sister-site-copy.txt', id: 'sister-2024-05-09', outlet: 'Sister Site', title: 'Rafah operation won’t defeat Hamas - White House', date: '2024-05-09', wireSource: 'Reuters' });
  writeFileSync(join(dir, 'corpus.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

describe('shared copy on the seeds', () => {
  it('groups no two of the five seeds', () => {
    const out = tempDir();
    expect(framelens(['report', 'seeds', '--out', out]).status).toBe(0);
    expect(readJson<Results>(join(out, 'results.json')).sharedCopies).toEqual([]);
    expect(readFileSync(join(out, 'duplicates.csv'), 'utf8')).toBe('article_a,article_b,similarity\n');
  });

  it('groups ARN with a copy that has another id, headline and boilerplate, at similarity ≥ 0.8', () => {
    const dir = corpusWithCopy();
    const out = join(tempDir(), 'out');
    expect(framelens(['report', dir, '--out', out]).status).toBe(0);
    const results = readJson<Results>(join(out, 'results.json'));
    expect(results.sharedCopies).toHaveLength(1);
    expect(results.sharedCopies[0]?.articles).toEqual(['arn-2024-05-09', 'sister-2024-05-09']);
    expect(results.sharedCopies[0]?.minSimilarity).toBeGreaterThanOrEqual(0.8);
    expect(results.sharedCopies[0]?.differences[0]?.titleChanged).toBe(true);
    const rows = readFileSync(join(out, 'duplicates.csv'), 'utf8').trim().split('\n');
    expect(rows[1]).toMatch(/^arn-2024-05-09,sister-2024-05-09,(0\.[89]\d*|1)$/);
    // The index summarises the groups; each group has its own page.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('1 group(s) of copies, 2 articles in all');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="copies/group-1.html"');
    expect(readFileSync(join(out, 'copies', 'group-1.html'), 'utf8')).toContain('2 copies');
  });

  it('with --count-shared-once counts the pair once, under Reuters', () => {
    const dir = corpusWithCopy();
    const out = join(tempDir(), 'out');
    expect(framelens(['report', dir, '--count-shared-once', '--out', out]).status).toBe(0);
    const results = readJson<Results>(join(out, 'results.json'));
    expect(results.counting.leftOut).toEqual(['sister-2024-05-09']);
    expect(results.scores.outlets.map((o) => o.outlet)).toContain('Reuters');
    expect(results.scores.outlets.map((o) => o.outlet)).not.toContain('Sister Site');
  });
});
