import type { AnalysisResult } from '../analyze/index.js';
import { percent } from './format.js';

/** The groups of shared copies, with what each copy changed, for the index page. */
export function sharedCopiesView(analysis: AnalysisResult, pagePaths: Map<string, string>) {
  const byId = new Map(analysis.articles.map((a) => [a.article.id, a.article]));
  const describe = (id: string) => {
    const article = byId.get(id);
    return { id, outlet: article?.outlet ?? id, title: article?.title ?? id, href: pagePaths.get(id) };
  };
  return analysis.sharedCopies.map((group) => ({
    members: group.articles.map(describe),
    similarity: percent(group.minSimilarity),
    agency: group.agency ?? '',
    differences: group.differences.map((d) => ({
      copy: describe(d.article),
      against: describe(d.against),
      titleChanged: d.titleChanged,
      added: d.changes.filter((c) => c.kind === 'added').map((c) => c.text),
      cut: d.changes.filter((c) => c.kind === 'cut').map((c) => c.text),
      reworded: d.changes.filter((c) => c.kind === 'reworded').map((c) => ({ text: c.text, other: c.other ?? '', similarity: percent(c.similarity ?? 0) })),
    })),
  }));
}
