import type { AnalysisResult } from '../analyze/index.js';
import type { ReferentEntry } from '../lexicon/catalogue.js';
import type { ConcordanceLine } from './concordance.js';
import { slug } from './slug.js';
import { timelineView } from './view-timeline.js';
import { namingTable, outletColumns, type StatsIndex } from './view-naming.js';

/** Lines shown per variant and outlet; the rest are in concordance.csv, so a page stays readable on a large corpus. */
export const LINES_PER_CELL = 40;

/** Concordance lines grouped by variant id, then outlet. */
export function linesByVariant(lines: ConcordanceLine[]): Map<string, Map<string, ConcordanceLine[]>> {
  const grouped = new Map<string, Map<string, ConcordanceLine[]>>();
  for (const line of lines) {
    let byOutlet = grouped.get(line.hit.id);
    if (!byOutlet) {
      byOutlet = new Map();
      grouped.set(line.hit.id, byOutlet);
    }
    const own = byOutlet.get(line.outlet);
    if (own) own.push(line);
    else byOutlet.set(line.outlet, [line]);
  }
  return grouped;
}

/** A referent's page: every outlet's variants side by side, then the passages behind each number. */
export function referentView(
  entry: ReferentEntry,
  analysis: AnalysisResult,
  stats: StatsIndex,
  lines: Map<string, Map<string, ConcordanceLine[]>>,
  pagePaths: Map<string, string>,
) {
  const table = namingTable(entry, analysis, stats, '../');
  const titles = new Map(analysis.articles.map((a) => [a.article.id, a.article.title ?? a.article.id]));
  return {
    ...table,
    outlets: outletColumns(analysis),
    timeline: timelineView(entry, analysis),
    method: analysis.comparison.method,
    variants: table.rows.map((row) => ({
      label: row.label,
      id: row.id,
      anchor: row.anchor,
      category: row.category,
      explanation: row.explanation,
      groups: analysis.outlets
        .map((o) => {
          const own = lines.get(row.id)?.get(o.outlet) ?? [];
          return {
            outlet: o.outlet,
            anchor: `${row.anchor}-${slug(o.outlet)}`,
            count: own.length,
            more: Math.max(0, own.length - LINES_PER_CELL),
            lines: own.slice(0, LINES_PER_CELL).map((l) => ({
              left: l.left,
              text: l.hit.text,
              right: l.right,
              href: `../${pagePaths.get(l.articleId) ?? ''}#hit-${l.n}`,
              article: titles.get(l.articleId) ?? l.articleId,
            })),
          };
        })
        .filter((g) => g.count > 0),
    })),
  };
}
