import type { ReferentEntry } from '../lexicon/catalogue.js';
import type { ReportModel } from '../model/types.js';
import { LINES_PER_CELL, type EvidenceCell, type EvidenceSampler } from './evidence.js';
import { concordancePagePath, pagesOf } from './pages.js';
import { slug } from './slug.js';
import { timelineView } from './view-timeline.js';
import { namingTable, outletColumns, type StatsIndex } from './view-naming.js';

/** Passages per concordance page. */
export const LINES_PER_PAGE = 200;

/** A referent's page: every outlet's variants side by side, naming over time, and links to the passages behind each number. */
export function referentView(entry: ReferentEntry, model: ReportModel, stats: StatsIndex, evidence: EvidenceSampler) {
  const table = namingTable(entry, model, stats, '../');
  return {
    ...table,
    outlets: outletColumns(model),
    timeline: timelineView(entry, model),
    method: model.comparison.method,
    variants: table.rows.map((row) => {
      const cells = evidence.byVariant.get(row.id);
      const count = [...(cells?.values() ?? [])].reduce((n, c) => n + c.count, 0);
      return { label: row.label, id: row.id, anchor: row.anchor, category: row.category, count, href: `../${concordancePagePath(row.id, 1)}` };
    }),
  };
}

/**
 * A variant's passages, outlet by outlet (up to LINES_PER_CELL each), cut
 * into pages of LINES_PER_PAGE lines; each page links to the others.
 */
export function concordancePages(entry: ReferentEntry, variantId: string, label: string, model: ReportModel, evidence: EvidenceSampler) {
  const cells = evidence.byVariant.get(variantId) ?? new Map<string, EvidenceCell>();
  const lines = model.outlets.flatMap((o) => {
    const cell = cells.get(o.outlet);
    if (!cell) return [];
    return cell.lines.map((l, i) => ({ ...l, href: `../${l.href}`, outlet: o.outlet, anchor: i === 0 ? slug(o.outlet) : undefined, first: i === 0, total: cell.count, more: Math.max(0, cell.count - cell.lines.length) }));
  });
  const pages = pagesOf(lines.length === 0 ? [] : lines, LINES_PER_PAGE);
  return pages.map((page) => ({
    path: concordancePagePath(variantId, page.n),
    view: {
      label,
      id: variantId,
      referent: entry.referent.label,
      referentHref: `../referents/${slug(entry.key.replace('/', '--'))}.html`,
      perOutlet: LINES_PER_CELL,
      n: page.n,
      pages: pages.map((p) => ({ n: p.n, href: `../${concordancePagePath(variantId, p.n)}`, current: p.n === page.n })),
      lines: page.items,
    },
  }));
}
