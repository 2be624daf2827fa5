import { createHash } from 'node:crypto';
import type { AnalysisResult } from '../analyze/index.js';
import type { ReportMeta } from './meta.js';

export const RESULTS_SCHEMA_ID = 'https://framelens.dev/schemas/results-1.schema.json';
export const RESULTS_SCHEMA_VERSION = '1.1.0';

/** The machine-readable result: everything the HTML shows, keyed on ids, described by src/schemas/results.schema.json. */
export function resultsDocument(analysis: AnalysisResult, meta: ReportMeta) {
  return {
    $schema: RESULTS_SCHEMA_ID,
    schemaVersion: RESULTS_SCHEMA_VERSION,
    generator: meta.generator,
    generatedAt: meta.generatedAt,
    options: meta.options,
    wordCountRule: analysis.wordCountRule,
    corpus: {
      title: analysis.corpus.title ?? null,
      totals: analysis.totals,
      articles: analysis.articles.map(({ article, words, partWords, hits }) => ({
        id: article.id,
        outlet: article.outlet,
        title: article.title ?? null,
        date: article.date ?? null,
        url: article.url ?? null,
        source: article.source,
        sha256: createHash('sha256').update(article.text, 'utf8').digest('hex'),
        ...(article.origin ? { origin: { ...article.origin, offsets: 'extracted-text' as const } } : {}),
        characters: article.text.length,
        words,
        partWords,
        hits: hits.length,
      })),
      skipped: analysis.skipped.map(({ article, reason }) => ({
        id: article.id,
        outlet: article.outlet,
        title: article.title ?? null,
        source: article.source,
        characters: article.text.length,
        reason,
      })),
    },
    lexicons: analysis.lexicons.map(({ lexicon, file, sha256 }) => ({
      id: lexicon.id,
      version: lexicon.version,
      title: lexicon.title,
      licence: lexicon.licence,
      file,
      sha256,
    })),
    categories: analysis.categories,
    variants: analysis.variants.map((v) => ({ id: v.id, lexicon: v.lexicon, referent: v.referent, variant: v.variant, category: v.category })),
    hits: analysis.articles.flatMap(({ article, hits }) => hits.map((h) => ({ articleId: article.id, outlet: article.outlet, ...h }))),
    speakers: analysis.speakers,
    segments: analysis.articles.flatMap(({ article, structure }) => structure.segments.map((s) => ({ articleId: article.id, ...s }))),
    quotes: analysis.articles.flatMap(({ article, structure }) => structure.quotes.map((q) => ({ articleId: article.id, ...q }))),
    quoteComparison: analysis.quoteGroups,
    scores: {
      articles: analysis.articles.map((a) => a.scores),
      outlets: analysis.outlets,
    },
    comparison: analysis.comparison,
    sharedCopies: analysis.sharedCopies,
    counting: analysis.counting,
    stories: analysis.stories,
  };
}

export function resultsJson(analysis: AnalysisResult, meta: ReportMeta): string {
  return `${JSON.stringify(resultsDocument(analysis, meta), null, 2)}\n`;
}
