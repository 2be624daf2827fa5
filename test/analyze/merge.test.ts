import { describe, expect, it } from 'vitest';
import { addToPartial, startRun } from '../../src/analyze/index.js';
import { CrossArticleStage, type ArticleLookup } from '../../src/analyze/cross-article.js';
import { emptyPartial, mergePartials, type PartialResult } from '../../src/analyze/partial.js';
import { headerLine, partialOf, summaryLine } from '../../src/analyze/partial-json.js';
import { setAsideWordless } from '../../src/analyze/skip.js';
import type { ArticleRecord } from '../../src/analyze/types.js';
import { shardOf } from '../../src/corpus/shard.js';
import { sortArticles } from '../../src/corpus/sort.js';
import type { Article } from '../../src/corpus/types.js';
import { buildModel } from '../../src/model/build.js';
import { shardCorpus } from '../cli/shard-corpus.js';
import { fixtureLexicon } from '../helpers.js';

/*
 * Every statistic of the report comes from sums that merge: the model made
 * from partials of any split, merged in any order and grouping, equals the
 * model of the single run, figure for figure (Wilson intervals, log-odds z,
 * Poisson-bootstrap intervals, Jensen–Shannon divergence, distinctive words,
 * per story, who is quoted, the timeline).
 */

const articles: Article[] = shardCorpus().map(({ wireSource, ...line }) => ({ ...line, ...(wireSource ? { wireSource } : {}), source: `${line.id}.txt` }));
const lexicons = [fixtureLexicon('basics'), fixtureLexicon('mini')];
const { analysable } = setAsideWordless(sortArticles(articles));
const run = startRun({ lexicons, options: { workers: 0 }, chars: 0 });
const records: ArticleRecord[] = [];
for await (const record of run.records(analysable)) records.push(record);
await run.close();

const corpus = { title: null, description: null };
const byId = new Map(records.map((r) => [r.article.id, r]));
const lookup: ArticleLookup = async function* (ids) {
  for (const id of ids) {
    const record = byId.get(id);
    if (record) yield { article: record.article, structure: record.structure };
  }
};
// The cross-article stage sees every article in id order, in a single run as in a merge.
const stage = new CrossArticleStage(false);
for (const record of records) stage.add(record);
const cross = await stage.finish(lookup, false);

/** The partial of the records of shard k of `count` (all records when count is 1). */
function shardPartial(count: number, k: number): PartialResult {
  const partial = emptyPartial(run.settings, corpus, [{ index: k, count, corpus: 'test' }]);
  for (const record of records) if (shardOf(record.article.id, count) === k) addToPartial(partial, record);
  return partial;
}

const single = shardPartial(1, 1);
const singleModel = buildModel(single, run.frame, cross);

describe('statistics from merged partials', () => {
  it('are those of a corpus with figures to compare', () => {
    const { variants, categories, divergence, distinctiveTerms } = singleModel.comparison;
    expect(singleModel.outlets.length).toBeGreaterThanOrEqual(4);
    expect(variants.filter((v) => v.rateLow !== null && v.shareLow !== null && v.logOddsZ !== null && !v.smallSample).length).toBeGreaterThan(3);
    expect(categories.some((c) => c.rateHigh !== null && (c.rateHigh ?? 0) > 0)).toBe(true);
    expect(divergence.jsd.flat().some((d) => d !== null && d > 0)).toBe(true);
    expect(distinctiveTerms.length).toBeGreaterThan(0);
    expect(singleModel.stories).toHaveLength(2);
    expect(singleModel.timeline?.counts.length).toBeGreaterThan(0);
  });

  it.each([3, 7])('equal the single run’s, for %i shards merged in every grouping tried', (count) => {
    const parts = Array.from({ length: count }, (_, i) => shardPartial(count, i + 1));
    expect(parts.every((p) => p.articles > 0)).toBe(true);
    const leftToRight = parts.reduce((a, b) => mergePartials(a, b));
    const rightToLeft = [...parts].reverse().reduce((a, b) => mergePartials(a, b));
    // ((p1 ∪ p3) ∪ (p5 ∪ …)) ∪ ((p2 ∪ p4) ∪ …): another grouping, another order.
    const odd = parts.filter((_, i) => i % 2 === 0).reduce((a, b) => mergePartials(b, a));
    const even = parts.filter((_, i) => i % 2 === 1).reduce((a, b) => mergePartials(a, b));
    const interleaved = mergePartials(even, odd);
    for (const merged of [leftToRight, rightToLeft, interleaved]) {
      expect(merged.articles).toBe(single.articles);
      expect(merged.aggregates).toEqual(single.aggregates);
      const model = buildModel(merged, run.frame, cross);
      expect(model.comparison).toEqual(singleModel.comparison);
      expect(model).toEqual(singleModel);
    }
  });

  it('survive the partial file’s JSON: sums written and read back give the same model', () => {
    const parts = [1, 2, 3].map((k) => shardPartial(3, k));
    const roundTrip = (p: PartialResult): PartialResult => {
      const header = JSON.parse(JSON.stringify(headerLine(p, run.frame))) as ReturnType<typeof headerLine>;
      const summary = JSON.parse(JSON.stringify(summaryLine(p))) as ReturnType<typeof summaryLine>;
      return partialOf(header, summary, []);
    };
    const merged = parts.map(roundTrip).reduce((a, b) => mergePartials(a, b));
    expect(buildModel(merged, run.frame, cross)).toEqual(singleModel);
  });

  it('leave the partials merged unchanged', () => {
    const [a, b] = [shardPartial(2, 1), shardPartial(2, 2)];
    const before = [structuredClone(a.aggregates), structuredClone(b.aggregates)];
    mergePartials(a, b);
    expect([a.aggregates, b.aggregates]).toEqual(before);
  });
});
