import { createHash } from 'node:crypto';
import type { ArticleAnalysis } from '../analyze/types.js';
import type { Catalogue } from '../lexicon/catalogue.js';
import type { CategoryDefinition } from '../lexicon/types.js';
import { contextAround } from './concordance.js';
import { csvRows, round, type CsvCells } from './csv.js';
import { articlePagePath } from './pages.js';
import { articleView } from './view-article.js';

/** One article's lines of the per-article CSV files, its page, and its summary for results.json. */
export interface ArticleOutputs {
  page: { path: string; content: string };
  rows: { 'hits.csv': string; 'quotes.csv': string; 'segments.csv': string; 'concordance.csv': string; 'articles.csv': string };
  /** The article's entry in results.json's `articles`, as one line of JSON. */
  summary: string;
}

/** The summary of an article that results.json holds (per-hit detail is in hits.csv). */
export function articleSummary(record: ArticleAnalysis) {
  const { article, words, partWords, hits, scores, structure } = record;
  return {
    id: article.id,
    outlet: article.outlet,
    title: article.title ?? null,
    date: article.date ?? null,
    url: article.url ?? null,
    story: article.story ?? null,
    source: article.source,
    sha256: createHash('sha256').update(article.text, 'utf8').digest('hex'),
    ...(article.origin ? { origin: { ...article.origin, offsets: 'extracted-text' as const } } : {}),
    characters: article.text.length,
    words,
    partWords,
    hits: hits.length,
    ownHits: scores.hits,
    quotedHits: scores.quoted.hits,
    ratePer1000Words: scores.ratePer1000Words,
    quotes: structure.quotes.length,
    page: articlePagePath(article.id),
  };
}

/** Everything written for one article the moment it is done: nothing here depends on any other article. */
export function articleOutputs(record: ArticleAnalysis, page: (view: ReturnType<typeof articleView>) => string, catalogue: Catalogue, categories: CategoryDefinition[], cells: CsvCells = 'safe'): ArticleOutputs {
  const { article, hits, structure } = record;
  const id = article.id;
  return {
    page: { path: articlePagePath(id), content: page(articleView(record, catalogue, categories)) },
    rows: {
      'hits.csv': csvRows(
        'hits.csv',
        hits.map((h) => [id, article.outlet, h.start, h.end, h.text, h.lexicon, h.referent, h.variant, h.category, h.id, h.sentence, h.voice, h.speaker ?? '', h.segment]),
        cells,
      ),
      'quotes.csv': csvRows(
        'quotes.csv',
        structure.quotes.map((q) => [id, q.start, q.end, q.speaker ?? '', q.kind, q.attribution, q.unclosed ? 1 : 0]),
        cells,
      ),
      'segments.csv': csvRows(
        'segments.csv',
        structure.segments.map((s) => [id, s.start, s.end, s.kind]),
        cells,
      ),
      'concordance.csv': csvRows(
        'concordance.csv',
        hits.map((h) => {
          const { left, right } = contextAround(article.text, h.start, h.end);
          return [id, article.outlet, h.id, h.referent, h.variant, h.category, h.start, h.end, left, h.text, right, h.voice, h.speaker ?? '', h.segment];
        }),
        cells,
      ),
      'articles.csv': csvRows('articles.csv', [[id, article.outlet, article.title ?? '', article.date ?? '', record.words, hits.length, round(record.scores.ratePer1000Words), article.source]], cells),
    },
    summary: JSON.stringify(articleSummary(record)),
  };
}
