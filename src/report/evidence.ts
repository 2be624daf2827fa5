import { isOwnVoice } from '../score/voices.js';
import type { ArticleAnalysis } from '../analyze/types.js';
import { contextAround } from './concordance.js';
import { articlePagePath } from './pages.js';

/** Passages kept per variant and outlet, and per outlet and category, for the pages; every passage is in concordance.csv. */
export const LINES_PER_CELL = 20;
/** Articles listed on an outlet's page; all are in articles.csv. */
export const ARTICLES_PER_OUTLET = 100;

/** One passage behind a number, as the evidence pages show it. */
export interface EvidenceLine {
  left: string;
  text: string;
  right: string;
  variant: string;
  /** From the report's root to the highlighted span. */
  href: string;
  article: string;
}

export interface ArticleLink {
  id: string;
  title: string;
  date: string;
  href: string;
  hits: number;
}

export interface EvidenceCell {
  count: number;
  lines: EvidenceLine[];
}

/**
 * The first passages (in id order, then text order) behind each variant's
 * and category's counts per outlet, with the full counts, and each outlet's
 * first articles: the evidence pages' content, kept as articles stream past.
 * Bounded by variants × outlets × LINES_PER_CELL however many articles come.
 */
export class EvidenceSampler {
  readonly byVariant = new Map<string, Map<string, EvidenceCell>>();
  readonly byCategory = new Map<string, Map<string, EvidenceCell>>();
  readonly articles = new Map<string, { count: number; links: ArticleLink[] }>();

  constructor(private readonly includeBoilerplate: boolean) {}

  add(record: ArticleAnalysis): void {
    const { article } = record;
    const page = articlePagePath(article.id);
    const title = article.title ?? article.id;
    const listed = this.articles.get(article.outlet) ?? { count: 0, links: [] };
    listed.count += 1;
    if (listed.links.length < ARTICLES_PER_OUTLET) listed.links.push({ id: article.id, title, date: article.date ?? '', href: page, hits: record.scores.hits });
    this.articles.set(article.outlet, listed);
    record.hits.forEach((hit, i) => {
      // The pages behind the numbers show the passages those numbers count: the outlets' own voice.
      if (!isOwnVoice(hit, this.includeBoilerplate)) return;
      const line = (): EvidenceLine => ({ ...contextAround(article.text, hit.start, hit.end), text: hit.text, variant: hit.variant, href: `${page}#hit-${i + 1}`, article: title });
      add(this.byVariant, hit.id, article.outlet, line);
      add(this.byCategory, article.outlet, hit.category, line);
    });
  }
}

function add(map: Map<string, Map<string, EvidenceCell>>, outer: string, inner: string, line: () => EvidenceLine): void {
  let cells = map.get(outer);
  if (!cells) map.set(outer, (cells = new Map()));
  let cell = cells.get(inner);
  if (!cell) cells.set(inner, (cell = { count: 0, lines: [] }));
  cell.count += 1;
  if (cell.lines.length < LINES_PER_CELL) cell.lines.push(line());
}
