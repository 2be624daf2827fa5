import { stringify } from 'csv-stringify/sync';
import type { AnalysisResult } from '../analyze/index.js';
import { per1000 } from '../score/rate.js';
import type { ConcordanceLine } from './concordance.js';
import type { ReportFile } from './meta.js';
import { statsIndex } from './view-naming.js';

/** Rates are rounded to 6 places in CSV: enough for any figure, and stable across platforms. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** An empty cell where a statistic does not exist (one article, no mentions), never a made-up 0. */
function optional(n: number | null | undefined): number | string {
  return n === null || n === undefined ? '' : round(n);
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
  const stats = statsIndex(analysis);
  const info = new Map(analysis.variants.map((v) => [v.id, v]));
  const rows: (string | number)[][] = [];
  for (const outlet of analysis.outlets) {
    for (const referent of outlet.referents) {
      for (const variant of referent.variants) {
        const v = info.get(variant.id);
        if (!v) continue;
        const stat = stats.get(`${outlet.outlet}\u0000${v.id}`);
        rows.push([
          outlet.outlet, v.lexicon, v.referent, v.variant, v.id, v.category, variant.count, round(per1000(variant.count, outlet.words)), round(variant.share),
          referent.mentions, outlet.words, optional(stat?.shareLow), optional(stat?.shareHigh), optional(stat?.logOddsZ), stat?.smallSample ? 1 : 0,
          optional(stat?.rateLow), optional(stat?.rateHigh),
        ]);
      }
    }
  }
  return csv(
    ['outlet', 'lexicon', 'referent', 'variant', 'variant_id', 'category', 'count', 'rate_per_1000_words', 'share_of_referent', 'referent_mentions', 'outlet_words', 'share_ci_low', 'share_ci_high', 'log_odds_z', 'flag_small_sample', 'rate_ci_low', 'rate_ci_high'],
    rows,
  );
}

export function outletCategoriesCsv(analysis: AnalysisResult): string {
  return csv(
    ['outlet', 'category', 'count', 'rate_per_1000_words', 'outlet_words', 'rate_ci_low', 'rate_ci_high', 'log_odds_z', 'flag_small_sample'],
    analysis.comparison.categories.map((c) => [c.outlet, c.id, c.count, round(c.ratePer1000Words), analysis.outlets.find((o) => o.outlet === c.outlet)?.words ?? 0, optional(c.rateLow), optional(c.rateHigh), optional(c.logOddsZ), c.smallSample ? 1 : 0]),
  );
}

export function articlesCsv(analysis: AnalysisResult): string {
  return csv(
    ['article_id', 'outlet', 'title', 'date', 'words', 'hits', 'rate_per_1000_words', 'source'],
    analysis.articles.map((a) => [a.article.id, a.article.outlet, a.article.title ?? '', a.article.date ?? '', a.words, a.hits.length, round(a.scores.ratePer1000Words), a.article.source]),
  );
}

export function concordanceCsv(lines: ConcordanceLine[]): string {
  return csv(
    ['article_id', 'outlet', 'hit_id', 'referent', 'variant', 'category', 'start', 'end', 'left', 'hit', 'right', 'voice', 'speaker', 'segment'],
    lines.map((l) => [l.articleId, l.outlet, l.hit.id, l.hit.referent, l.hit.variant, l.hit.category, l.hit.start, l.hit.end, l.left, l.hit.text, l.right, l.hit.voice, l.hit.speaker ?? '', l.hit.segment]),
  );
}

export function divergenceCsv(analysis: AnalysisResult): string {
  return csv(['outlet_a', 'outlet_b', 'jsd'], analysis.comparison.divergence.map((d) => [d.a, d.b, optional(d.jsd)]));
}

export function distinctiveTermsCsv(analysis: AnalysisResult): string {
  return csv(
    ['outlet', 'term', 'count', 'rate_per_1000_words', 'log_odds_z', 'flag_small_sample'],
    analysis.comparison.distinctiveTerms.map((t) => [t.outlet, t.term, t.count, round(t.ratePer1000Words), round(t.logOddsZ), t.smallSample ? 1 : 0]),
  );
}

export function duplicatesCsv(analysis: AnalysisResult): string {
  return csv(['article_a', 'article_b', 'similarity'], analysis.sharedCopies.flatMap((g) => g.pairs.map((p) => [p.a, p.b, round(p.similarity)])));
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

export function csvFiles(analysis: AnalysisResult, lines: ConcordanceLine[]): ReportFile[] {
  return [
    { path: 'duplicates.csv', content: duplicatesCsv(analysis) },
    { path: 'concordance.csv', content: concordanceCsv(lines) },
    { path: 'divergence.csv', content: divergenceCsv(analysis) },
    { path: 'distinctive-terms.csv', content: distinctiveTermsCsv(analysis) },
    { path: 'hits.csv', content: hitsCsv(analysis) },
    { path: 'outlet-variants.csv', content: outletVariantsCsv(analysis) },
    { path: 'outlet-categories.csv', content: outletCategoriesCsv(analysis) },
    { path: 'articles.csv', content: articlesCsv(analysis) },
    { path: 'quotes.csv', content: quotesCsv(analysis) },
    { path: 'segments.csv', content: segmentsCsv(analysis) },
  ];
}
