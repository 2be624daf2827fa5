import type { CategoryDefinition } from '../lexicon/types.js';
import type { OutletSummary } from '../model/types.js';
import type { EvidenceCell, EvidenceSampler } from './evidence.js';
import { fixed, thousands } from './format.js';
import { slug } from './slug.js';
import { rateIn } from '../score/rate.js';

/** One outlet's markers, category by category, each line linking to its highlighted span: the evidence behind its rates; and its first articles. */
export function outletView(outlet: OutletSummary, evidence: EvidenceSampler, categories: CategoryDefinition[]) {
  const cells = evidence.byCategory.get(outlet.outlet) ?? new Map<string, EvidenceCell>();
  const listed = evidence.articles.get(outlet.outlet) ?? { count: 0, links: [] };
  return {
    outlet: outlet.outlet,
    articles: outlet.articles,
    words: thousands(outlet.words),
    hits: outlet.hits,
    rate: fixed(outlet.ratePer1000Words),
    articleLinks: listed.links.map((l) => ({ ...l, href: `../${l.href}` })),
    moreArticles: Math.max(0, listed.count - listed.links.length),
    categories: categories
      .map((c) => {
        const cell: EvidenceCell = cells.get(c.id) ?? { count: 0, lines: [] };
        return {
          id: c.id,
          anchor: `cat-${slug(c.id)}`,
          label: c.label,
          description: c.description,
          count: cell.count,
          rate: fixed(rateIn(outlet.byCategory, c.id)?.ratePer1000Words ?? 0),
          more: Math.max(0, cell.count - cell.lines.length),
          lines: cell.lines.map((l) => ({ ...l, href: `../${l.href}` })),
        };
      })
      .filter((c) => c.count > 0),
  };
}
