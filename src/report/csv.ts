import { stringify } from 'csv-stringify/sync';
import type { AnalysisResult } from '../analyze/index.js';
import { per1000 } from '../score/rate.js';
import type { ConcordanceLine } from './concordance.js';
import { withoutControlCharacters } from './format.js';
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

/** How text cells are written: `safe` (the default) keeps spreadsheets from running them as formulas; `raw` writes them as they are (R, pandas). */
export type CsvCells = 'safe' | 'raw';

/** A cell a spreadsheet would run as a formula (OWASP, CSV injection): one starting with =, +, -, @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text cells are text: control characters become U+FFFD (one character for
 * one, so lengths and offsets still agree), and unless `raw`, a cell that
 * starts like a formula gets a leading apostrophe, which spreadsheets show
 * as text and do not run. Numbers are written as numbers.
 */
function csv(header: string[], rows: (string | number)[][], cells: CsvCells = 'safe'): string {
  const cell = (value: string | number): string | number => {
    if (typeof value !== 'string') return value;
    const text = withoutControlCharacters(value);
    return cells === 'safe' && FORMULA_START.test(text) ? `'${text}` : text;
  };
  return stringify([header, ...rows.map((row) => row.map(cell))], { eof: true });
}

export function hitsCsv(analysis: AnalysisResult, cells: CsvCells = 'safe'): string {
  return csv(
    ['article_id', 'outlet', 'start', 'end', 'matched_text', 'lexicon', 'referent', 'variant', 'category', 'hit_id', 'sentence', 'voice', 'speaker', 'segment'],
    analysis.articles.flatMap(({ article, hits }) =>
      hits.map((h) => [article.id, article.outlet, h.start, h.end, h.text, h.lexicon, h.referent, h.variant, h.category, h.id, h.sentence, h.voice, h.speaker ?? '', h.segment]),
    ),
    cells,
  );
}

/** Every outlet × every variant, zeros included, so the table can be pivoted without gaps. */
export function outletVariantsCsv(analysis: AnalysisResult, cells: CsvCells = 'safe'): string {
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
    cells,
  );
}

export function outletCategoriesCsv(analysis: AnalysisResult, cells: CsvCells = 'safe'): string {
  return csv(
    ['outlet', 'category', 'count', 'rate_per_1000_words', 'outlet_words', 'rate_ci_low', 'rate_ci_high', 'log_odds_z', 'flag_small_sample'],
    analysis.comparison.categories.map((c) => [c.outlet, c.id, c.count, round(c.ratePer1000Words), analysis.outlets.find((o) => o.outlet === c.outlet)?.words ?? 0, optional(c.rateLow), optional(c.rateHigh), optional(c.logOddsZ), c.smallSample ? 1 : 0]),
    cells,
  );
}

export function articlesCsv(analysis: AnalysisResult, cells: CsvCells = 'safe'): string {
  return csv(
    ['article_id', 'outlet', 'title', 'date', 'words', 'hits', 'rate_per_1000_words', 'source'],
    analysis.articles.map((a) => [a.article.id, a.article.outlet, a.article.title ?? '', a.article.date ?? '', a.words, a.hits.length, round(a.scores.ratePer1000Words), a.article.source]),
    cells,
  );
}

export function concordanceCsv(lines: ConcordanceLine[], cells: CsvCells = 'safe'): string {
  return csv(
    ['article_id', 'outlet', 'hit_id', 'referent', 'variant', 'category', 'start', 'end', 'left', 'hit', 'right', 'voice', 'speaker', 'segment'],
    lines.map((l) => [l.articleId, l.outlet, l.hit.id, l.hit.referent, l.hit.variant, l.hit.category, l.hit.start, l.hit.end, l.left, l.hit.text, l.right, l.hit.voice, l.hit.speaker ?? '', l.hit.segment]),
    cells,
  );
}

export function divergenceCsv(analysis: AnalysisResult, cells: CsvCells = 'safe'): string {
  return csv(['outlet_a', 'outlet_b', 'jsd'], analysis.comparison.divergence.map((d) => [d.a, d.b, optional(d.jsd)]), cells);
}

export function distinctiveTermsCsv(analysis: AnalysisResult, cells: CsvCells = 'safe'): string {
  return csv(
    ['outlet', 'term', 'count', 'rate_per_1000_words', 'log_odds_z', 'flag_small_sample'],
    analysis.comparison.distinctiveTerms.map((t) => [t.outlet, t.term, t.count, round(t.ratePer1000Words), round(t.logOddsZ), t.smallSample ? 1 : 0]),
    cells,
  );
}

export function duplicatesCsv(analysis: AnalysisResult, cells: CsvCells = 'safe'): string {
  return csv(['article_a', 'article_b', 'similarity'], analysis.sharedCopies.flatMap((g) => g.pairs.map((p) => [p.a, p.b, round(p.similarity)])), cells);
}

/** One row per quotation; speaker is a speaker id (results.json lists the names), empty when unknown. */
export function quotesCsv(analysis: AnalysisResult, cells: CsvCells = 'safe'): string {
  return csv(
    ['article_id', 'start', 'end', 'speaker', 'kind'],
    analysis.articles.flatMap(({ article, structure }) => structure.quotes.map((q) => [article.id, q.start, q.end, q.speaker ?? '', q.kind])),
    cells,
  );
}

export function segmentsCsv(analysis: AnalysisResult, cells: CsvCells = 'safe'): string {
  return csv(
    ['article_id', 'start', 'end', 'kind'],
    analysis.articles.flatMap(({ article, structure }) => structure.segments.map((s) => [article.id, s.start, s.end, s.kind])),
    cells,
  );
}

export function csvFiles(analysis: AnalysisResult, lines: ConcordanceLine[], cells: CsvCells = 'safe'): ReportFile[] {
  return [
    { path: 'duplicates.csv', content: duplicatesCsv(analysis, cells) },
    { path: 'concordance.csv', content: concordanceCsv(lines, cells) },
    { path: 'divergence.csv', content: divergenceCsv(analysis, cells) },
    { path: 'distinctive-terms.csv', content: distinctiveTermsCsv(analysis, cells) },
    { path: 'hits.csv', content: hitsCsv(analysis, cells) },
    { path: 'outlet-variants.csv', content: outletVariantsCsv(analysis, cells) },
    { path: 'outlet-categories.csv', content: outletCategoriesCsv(analysis, cells) },
    { path: 'articles.csv', content: articlesCsv(analysis, cells) },
    { path: 'quotes.csv', content: quotesCsv(analysis, cells) },
    { path: 'segments.csv', content: segmentsCsv(analysis, cells) },
  ];
}
