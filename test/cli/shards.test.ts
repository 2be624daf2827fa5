import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalyze } from '../../src/cli/analyze-command.js';
import { runMerge } from '../../src/cli/merge-command.js';
import { runReport } from '../../src/cli/report-command.js';
import { tempDir } from '../e2e/cli.js';
import { problemsOf, snapshotFolder } from '../helpers.js';
import { shardCorpus } from './shard-corpus.js';
import { slug } from '../../src/report/slug.js';

/*
 * `framelens analyze --shard k/N` and `framelens merge`, in this process (the
 * commands' own functions, as main.ts calls them): a corpus split into 1, 3
 * and 7 shards and merged in any order gives, byte for byte, the report
 * `framelens report` writes in one run.
 */

const LEXICONS = ['test/fixtures/lexicons/basics.json', 'test/fixtures/lexicons/mini.json'];
const QUIET = { lexicon: LEXICONS, quiet: true, force: false };

let dir: string;
let corpus: string;

beforeAll(() => {
  process.env.SOURCE_DATE_EPOCH = '1715212800';
  dir = tempDir('framelens-shards-');
  corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, shardCorpus().map((line) => JSON.stringify(line)).join('\n'));
});

afterAll(() => {
  delete process.env.SOURCE_DATE_EPOCH;
  rmSync(dir, { recursive: true, force: true });
});

/** Analyses the corpus as `count` shards, then merges the partials in the given order of shard numbers into a new folder. */
async function merged(count: number, order: number[], extra: { countSharedOnce?: boolean } = {}): Promise<string> {
  const partials: string[] = [];
  for (let k = 1; k <= count; k++) {
    const out = join(dir, `${count}-${k}${extra.countSharedOnce ? '-once' : ''}.partial`);
    await runAnalyze(corpus, { ...QUIET, ...extra, shard: `${k}/${count}`, out });
    partials.push(out);
  }
  const out = join(dir, `merged-${count}-${order.join('')}${extra.countSharedOnce ? '-once' : ''}`);
  await runMerge(
    order.map((k) => partials[k - 1] as string),
    { out, quiet: true },
  );
  return out;
}

/** The problems a refused merge reports; fails if it was not refused. */
async function refusal(promise: Promise<unknown>) {
  const outcome = await promise.then(
    () => new Error('expected a refusal'),
    (error: unknown) => error,
  );
  return problemsOf(() => {
    throw outcome;
  });
}

describe('a corpus analysed in shards and merged', () => {
  let single: Record<string, string>;
  beforeAll(async () => {
    const out = join(dir, 'single');
    await runReport(corpus, { ...QUIET, out });
    single = snapshotFolder(out);
  });

  it('is a corpus that puts every part of the report to work', () => {
    const results = JSON.parse(single['results.json'] as string) as {
      corpus: { totals: { articles: number }; skipped: unknown[] };
      sharedCopies: unknown[];
      quoteComparison: unknown[];
      stories: unknown[];
      timeline: unknown;
      comparison: { variants: { rateLow: number | null; smallSample: boolean }[] };
    };
    expect(results.corpus.totals.articles).toBeGreaterThan(30);
    expect(results.corpus.skipped).toHaveLength(1);
    expect(results.sharedCopies).toHaveLength(1);
    expect(results.quoteComparison.length).toBeGreaterThan(0);
    expect(results.stories).toHaveLength(2);
    expect(results.timeline).not.toBeNull();
    // Outlets of 5 articles or more have intervals that are not flagged: the bootstrap's sums are compared, not only flags.
    expect(results.comparison.variants.some((v) => v.rateLow !== null && !v.smallSample)).toBe(true);
    expect(Object.keys(single).filter((p) => p.startsWith('articles/')).length).toBe(results.corpus.totals.articles);
    for (const page of ['index.html', 'methodology.html', 'report.css', 'hits.csv', `stories/${slug('Rafah')}.html`, 'copies/group-1.html', 'quotes/index-1.html']) expect(single, page).toHaveProperty([page]);
  });

  it.each([
    [1, [1]],
    [3, [3, 1, 2]],
    [7, [5, 2, 7, 1, 4, 6, 3]],
  ])('as %i shard(s), merged in the order %j, gives the single run’s report byte for byte', async (count, order) => {
    expect(snapshotFolder(await merged(count, order))).toEqual(single);
  });

  it('gives the same report whatever order the partials are named in', async () => {
    expect(snapshotFolder(await merged(3, [2, 3, 1]))).toEqual(single);
  });

  it('with --count-shared-once, 3 shards merged give the single run’s report, the copy counted once', async () => {
    const out = join(dir, 'single-once');
    await runReport(corpus, { ...QUIET, countSharedOnce: true, out });
    const once = snapshotFolder(out);
    expect(JSON.parse(once['results.json'] as string).counting.leftOut).toEqual(['copy-of-a03']);
    expect(snapshotFolder(await merged(3, [2, 1, 3], { countSharedOnce: true }))).toEqual(once);
  });

  it('refuses a merge with a shard missing, and partials made with other options', async () => {
    await merged(3, [1, 2, 3]);
    const part = (k: number, once = false) => join(dir, `3-${k}${once ? '-once' : ''}.partial`);
    const missing = await refusal(runMerge([part(1), part(3)], { out: join(dir, 'never'), quiet: true }));
    expect(missing.map((p) => p.message)).toEqual(['shard(s) 2/3 of the corpus are missing']);
    await merged(3, [1, 2, 3], { countSharedOnce: true });
    const mixed = await refusal(runMerge([part(1), part(2, true), part(3)], { out: join(dir, 'never'), quiet: true }));
    expect(mixed[0]?.message).toContain('made with a different --count-shared-once');
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});
