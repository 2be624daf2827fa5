import type { AnalysisResult } from '../analyze/index.js';
import type { CategoryDefinition } from '../lexicon/types.js';
import type { ConcordanceLine } from './concordance.js';
import { rateIn } from '../score/rate.js';
import { fixed, thousands } from './format.js';
import { slug } from './slug.js';
import { LINES_PER_CELL } from './view-referent.js';

export function outletPagePath(outlet: string): string {
  return `outlets/${slug(outlet)}.html`;
}

/** One outlet's markers, category by category, each line linking to its highlighted span: the evidence behind its rates. */
export function outletView(outlet: string, analysis: AnalysisResult, lines: ConcordanceLine[], pagePaths: Map<string, string>, categories: CategoryDefinition[]) {
  const scores = analysis.outlets.find((o) => o.outlet === outlet);
  const own = lines.filter((l) => l.outlet === outlet);
  const titles = new Map(analysis.articles.map((a) => [a.article.id, a.article.title ?? a.article.id]));
  return {
    outlet,
    articles: scores?.articles ?? 0,
    words: thousands(scores?.words ?? 0),
    hits: scores?.hits ?? 0,
    rate: fixed(scores?.ratePer1000Words ?? 0),
    categories: categories
      .map((c) => {
        const inCategory = own.filter((l) => l.hit.category === c.id);
        return {
          id: c.id,
          anchor: `cat-${slug(c.id)}`,
          label: c.label,
          description: c.description,
          count: inCategory.length,
          rate: fixed((scores && rateIn(scores.byCategory, c.id))?.ratePer1000Words ?? 0),
          more: Math.max(0, inCategory.length - LINES_PER_CELL),
          lines: inCategory.slice(0, LINES_PER_CELL).map((l) => ({
            left: l.left,
            text: l.hit.text,
            right: l.right,
            variant: l.hit.variant,
            href: `../${pagePaths.get(l.articleId) ?? ''}#hit-${l.n}`,
            article: titles.get(l.articleId) ?? l.articleId,
          })),
        };
      })
      .filter((c) => c.count > 0),
  };
}
