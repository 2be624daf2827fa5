import type { ReportModel } from '../model/types.js';
import type { SharedCopyGroup } from '../syndication/types.js';
import { percent } from './format.js';
import { articlePagePath, copiesPagePath, copyGroupPagePath, pagesOf } from './pages.js';

/** Groups per page of the table of shared copies. */
export const GROUPS_PER_PAGE = 100;

/** The table of groups of shared copies, in pages; each row links to its group's page. */
export function copiesPages(model: ReportModel) {
  const rows = model.sharedCopies.map((g, i) => ({
    href: `../${copyGroupPagePath(i + 1)}`,
    n: i + 1,
    size: g.articles.length,
    similarity: percent(g.minSimilarity),
    agency: g.agency ?? '',
    outlets: [...new Set(g.members.map((m) => m.outlet))].join(', '),
    title: g.members[0]?.title ?? g.articles[0] ?? '',
  }));
  const pages = pagesOf(rows, GROUPS_PER_PAGE);
  if (pages.length === 0) pages.push({ n: 1, items: [] });
  return pages.map((page) => ({
    path: copiesPagePath(page.n),
    view: { n: page.n, rows: page.items, sharedOnce: model.counting.sharedOnce, pages: pages.map((p) => ({ n: p.n, href: `../${copiesPagePath(p.n)}`, current: p.n === page.n })) },
  }));
}

/** One group's page: its members and what each copy changed against the first. */
export function copyGroupView(group: SharedCopyGroup, n: number) {
  const byId = new Map(group.members.map((m) => [m.id, m]));
  const describe = (id: string) => {
    const member = byId.get(id);
    return { id, outlet: member?.outlet ?? id, title: member?.title ?? id, href: `../${articlePagePath(id)}` };
  };
  return {
    n,
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
  };
}
