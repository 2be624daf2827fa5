import type { ArticleAnalysis } from '../analyze/types.js';
import type { ReportModel } from '../model/types.js';
import { articleSummary } from './article-outputs.js';
import type { ReportMeta } from './meta.js';

export const RESULTS_SCHEMA_ID = 'https://framelens.dev/schemas/results-2.schema.json';
export const RESULTS_SCHEMA_VERSION = '2.0.0';

/**
 * The machine-readable result short of its article list: every aggregate
 * and statistic the HTML shows, keyed on ids. The per-article summaries
 * (`articles`, last) are written as articles are done; per-hit detail is in
 * hits.csv.
 */
export function resultsAggregates(model: ReportModel, meta: ReportMeta) {
  return {
    $schema: RESULTS_SCHEMA_ID,
    schemaVersion: RESULTS_SCHEMA_VERSION,
    generator: meta.generator,
    generatedAt: meta.generatedAt,
    options: meta.options,
    wordCountRule: model.wordCountRule,
    corpus: {
      title: model.corpus.title,
      totals: model.totals,
      dates: model.dates,
      skipped: model.skipped,
    },
    lexicons: model.lexicons.map(({ lexicon, file, sha256 }) => ({
      id: lexicon.id,
      version: lexicon.version,
      title: lexicon.title,
      licence: lexicon.licence,
      file,
      sha256,
    })),
    categories: model.categories,
    variants: model.variants.map((v) => ({ id: v.id, lexicon: v.lexicon, referent: v.referent, variant: v.variant, category: v.category })),
    speakers: model.speakers,
    whoIsQuoted: model.whoIsQuoted,
    quoteComparison: model.quoteGroups,
    scores: { outlets: model.outlets },
    comparison: model.comparison,
    timeline: model.timeline,
    sharedCopies: model.sharedCopies,
    counting: model.counting,
    stories: model.stories,
  };
}

/** The whole of results.json for an analysis held in memory, as src/schemas/results.schema.json describes it. */
export function resultsDocument(analysis: ReportModel & { articles: readonly ArticleAnalysis[] }, meta: ReportMeta) {
  return { ...resultsAggregates(analysis, meta), articles: analysis.articles.map(articleSummary) };
}

/**
 * results.json around its article list: `head` ends where the list's
 * entries go (one JSON object per line, separated by `,\n`), `tail` closes
 * it. Every part is written apart, so no one string holds the whole file.
 */
export function resultsJsonParts(model: ReportModel, meta: ReportMeta): { head: string[]; tail: string } {
  // One top-level key a line, each value compact: the file stays readable by key, and no string is larger than one section.
  const head = Object.entries(resultsAggregates(model, meta)).map(([key, value], i) => `${i === 0 ? '{\n' : ''}  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`);
  head.push('  "articles": [\n');
  return { head, tail: '\n  ]\n}\n' };
}
