import type { ReportModel } from '../model/types.js';
import type { QuoteGroup } from '../structure/compare-quotes.js';
import type { Speaker } from '../structure/types.js';
import { percent } from './format.js';
import { articlePagePath, pagesOf, quotesPagePath } from './pages.js';
import { wordDiff } from './word-diff.js';

/** Statements per page of the quotation comparison. */
export const STATEMENTS_PER_PAGE = 50;

/** One statement several outlets rendered, with every word that differs from the first rendering marked. */
export function quoteGroupView(g: QuoteGroup, speakers: Map<string, Speaker>, root: string) {
  const reference = (g.renderings[0] as (typeof g.renderings)[number]).text;
  return {
    id: g.id,
    speaker: g.speaker === null ? 'unknown speaker' : speakers.get(g.speaker)?.name ?? g.speaker,
    renderings: g.renderings.map((r, i) => ({
      outlet: r.outlet,
      href: `${root}${articlePagePath(r.articleId)}`,
      kind: r.kind,
      kindLabel: r.kind === 'quoted' ? 'quoted' : 'paraphrased in its own voice',
      similarity: percent(r.similarity),
      pieces: i === 0 ? [{ text: r.text, differs: false }] : wordDiff(r.text, reference),
    })),
  };
}

/** The quotation comparison in pages. */
export function quotesPages(model: ReportModel) {
  const speakers = new Map(model.speakers.map((s) => [s.id, s]));
  const pages = pagesOf(model.quoteGroups, STATEMENTS_PER_PAGE);
  if (pages.length === 0) pages.push({ n: 1, items: [] });
  return pages.map((page) => ({
    path: quotesPagePath(page.n),
    view: { n: page.n, groups: page.items.map((g) => quoteGroupView(g, speakers, '../')), pages: pages.map((p) => ({ n: p.n, href: `../${quotesPagePath(p.n)}`, current: p.n === page.n })) },
  }));
}
