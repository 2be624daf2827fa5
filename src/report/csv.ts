import { stringify } from 'csv-stringify/sync';
import type { AnalysisResult } from '../analyze/index.js';
import { per1000 } from '../score/rate.js';
import type { ReportFile } from './meta.js';

/** Rates are rounded to 6 places in CSV: enough for any figure, and stable across platforms. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function csv(header: string[], rows: (string | number)[][]): string {
  return stringify([header, ...rows], { eof: true });
}

export function hitsCsv(analysis: AnalysisResult): string {
  return csv(
    ['article_id', 'outlet', 'start', 'end', 'matched_text', 'lexicon', 'referent', 'variant', 'category', 'hit_id', 'sentence', 'voice', 'speaker', 'segment'],
    analysis.articles.flatMap(({ article, hits }) =>
      hits.map((h) => [article.id, article.outlet, h.start, h.end, h.text, h.lexicon, h.referent, h.variant, h.category, h.id, h.sentence, h.voice, h.speaker ?? '', h.segment]),
    ),
  );
}

/** Every outlet × every variant, zeros included, so the table can be pivoted without gaps. */
export function outletVariantsCsv(analysis: AnalysisResult): string {
  const info = new Map(analysis.variants.map((v) => [v.id, v]));
  const rows: (string | number)[][] = [];
  for (const outlet of analysis.outlets) {
    for (const referent of outlet.referents) {
      for (const variant of referent.variants) {
        const v = info.get(variant.id);
        if (!v) continue;
        rows.push([outlet.outlet, v.lexicon, v.referent, v.variant, v.id, v.category, variant.count, round(per1000(variant.count, outlet.words)), round(variant.share), referent.mentions, outlet.words]);
      }
    }
  }
  return csv(['outlet', 'lexicon', 'referent', 'variant', 'variant_id', 'category', 'count', 'rate_per_1000_words', 'share_of_referent', 'referent_mentions', 'outlet_words'], rows);
}

export function outletCategoriesCsv(analysis: AnalysisResult): string {
  return csv(
    ['outlet', 'category', 'count', 'rate_per_1000_words', 'outlet_words'],
    analysis.outlets.flatMap((o) => analysis.categories.map((c) => {
      const rate = o.byCategory[c.id] ?? { count: 0, ratePer1000Words: 0 };
      return [o.outlet, c.id, rate.count, round(rate.ratePer1000Words), o.words];
    })),
  );
}

export function articlesCsv(analysis: AnalysisResult): string {
  return csv(
    ['article_id', 'outlet', 'title', 'date', 'words', 'hits', 'rate_per_1000_words', 'source'],
    analysis.articles.map((a) => [a.article.id, a.article.outlet, a.article.title ?? '', a.article.date ?? '', a.words, a.hits.length, round(a.scores.ratePer1000Words), a.article.source]),
  );
}

/** One row per quotation; speaker is a speaker id (results.json lists the names), empty when unknown. */
export function quotesCsv(analysis: AnalysisResult): string {
  return csv(
    ['article_id', 'start', 'end', 'speaker', 'kind'],
    analysis.articles.flatMap(({ article, structure }) => structure.quotes.map((q) => [article.id, q.start, q.end, q.speaker ?? '', q.kind])),
  );
}

export function segmentsCsv(analysis: AnalysisResult): string {
  return csv(
    ['article_id', 'start', 'end', 'kind'],
    analysis.articles.flatMap(({ article, structure }) => structure.segments.map((s) => [article.id, s.start, s.end, s.kind])),
  );
}

export function csvFiles(analysis: AnalysisResult): ReportFile[] {
  return [
    { path: 'hits.csv', content: hitsCsv(analysis) },
    { path: 'outlet-variants.csv', content: outletVariantsCsv(analysis) },
    { path: 'outlet-categories.csv', content: outletCategoriesCsv(analysis) },
    { path: 'articles.csv', content: articlesCsv(analysis) },
    { path: 'quotes.csv', content: quotesCsv(analysis) },
    { path: 'segments.csv', content: segmentsCsv(analysis) },
  ];
}
