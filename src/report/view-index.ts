import type { AnalysisResult } from '../analyze/index.js';
import type { Catalogue } from '../lexicon/catalogue.js';
import type { ReferentNaming } from '../score/types.js';
import { fixed, percent, thousands } from './format.js';
import { skippedView } from './view-skipped.js';

function shareBand(share: number, count: number): string {
  if (count === 0) return 's0';
  return `s${Math.min(4, 1 + Math.floor(share * 4))}`;
}

/** Table columns use an outlet's short name where the corpus gives one; the full name stays in the tooltip. */
function shortName(analysis: AnalysisResult, outlet: string): string {
  return analysis.articles.find((a) => a.article.outlet === outlet && a.article.outletShort !== undefined)?.article.outletShort ?? outlet;
}

function dateRange(analysis: AnalysisResult): string {
  const dates = analysis.articles.map((a) => a.article.date).filter((d): d is string => d !== undefined).sort();
  if (dates.length === 0) return 'no dates given';
  const first = dates[0] as string;
  const last = dates[dates.length - 1] as string;
  return first === last ? first : `${first} to ${last}`;
}

/** The side-by-side tables of the index page, keyed on ids and labelled from the lexicons. */
export function indexView(analysis: AnalysisResult, catalogue: Catalogue, pagePaths: Map<string, string>) {
  const outlets = analysis.outlets;
  const referents = catalogue.referents.map((entry) => {
    const namings = outlets.map((o) => o.referents.find((r) => r.id === entry.key) as ReferentNaming);
    const used = entry.referent.variants.filter((v) => namings.some((n) => (n.variants.find((x) => x.id === `${entry.key}/${v.id}`)?.count ?? 0) > 0));
    const rows = used.map((variant) => {
      const id = `${entry.key}/${variant.id}`;
      let total = 0;
      const cells = namings.map((naming, i) => {
        const share = naming.variants.find((x) => x.id === id) ?? { count: 0, share: 0 };
        total += share.count;
        const outlet = (outlets[i] as (typeof outlets)[number]).outlet;
        return {
          count: share.count,
          share: share.count > 0 ? percent(share.share) : '',
          band: shareBand(share.share, share.count),
          title: `${outlet}: ${share.count} of ${naming.mentions} mentions of ${entry.referent.label}`,
        };
      });
      return { id, label: variant.label, category: variant.category, cells, total };
    });
    const mentions = namings.map((n) => n.mentions);
    return {
      key: entry.key,
      label: entry.referent.label,
      description: entry.referent.description,
      rows,
      mentions,
      mentioned: mentions.some((m) => m > 0),
      unused: entry.referent.variants.length - used.length,
    };
  });

  const maxRate = Math.max(0, ...outlets.flatMap((o) => Object.values(o.byCategory).map((r) => r.ratePer1000Words)));
  const categoryRows = outlets.map((o) => ({
    outlet: o.outlet,
    short: shortName(analysis, o.outlet),
    cells: analysis.categories.map((c) => {
      const rate = o.byCategory[c.id] ?? { count: 0, ratePer1000Words: 0 };
      return { id: c.id, count: rate.count, rate: fixed(rate.ratePer1000Words), bar: maxRate === 0 ? 0 : Math.round((80 * rate.ratePer1000Words) / maxRate) };
    }),
  }));

  return {
    summary: {
      outlets: outlets.length,
      articles: thousands(analysis.totals.articles),
      skipped: analysis.totals.skipped,
      words: thousands(analysis.totals.words),
      hits: thousands(analysis.totals.hits),
      dates: dateRange(analysis),
    },
    outlets: outlets.map((o) => ({ name: o.outlet, short: shortName(analysis, o.outlet), articles: o.articles, words: thousands(o.words), hits: o.hits, rate: fixed(o.ratePer1000Words) })),
    referents: referents.filter((r) => r.mentioned),
    unmentioned: referents.filter((r) => !r.mentioned).map((r) => r.label),
    categories: analysis.categories,
    categoryRows,
    articles: analysis.articles.map((a) => ({
      id: a.article.id,
      href: pagePaths.get(a.article.id),
      outlet: a.article.outlet,
      title: a.article.title ?? a.article.id,
      date: a.article.date ?? '',
      words: thousands(a.words),
      hits: a.hits.length,
      rate: fixed(a.scores.ratePer1000Words),
    })),
    skipped: skippedView(analysis),
  };
}
