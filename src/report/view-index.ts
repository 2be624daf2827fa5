import type { Catalogue } from '../lexicon/catalogue.js';
import type { OutletSummary, ReportModel } from '../model/types.js';
import type { Scores } from '../score/types.js';
import { fixed, percent, thousands } from './format.js';
import { copiesPagePath, copyGroupPagePath, outletPagePath, quotesPagePath } from './pages.js';
import { namingTable, statsIndex, type Scope, type VoicePick } from './view-naming.js';
import { skippedView } from './view-skipped.js';
import { quoteGroupView } from './view-quoted.js';
import { rateIn } from '../score/rate.js';

/** Outlets beyond this many get no divergence matrix on the page (divergence.csv has every pair). */
const MATRIX_OUTLETS = 40;
/** Summaries shown on the index; the rest are one click away. */
const INDEX_COPY_GROUPS = 10;
const INDEX_STATEMENTS = 5;
const INDEX_SPEAKERS = 8;

/** What the index and a story's page show: the whole model, or one story's share of it. */
export interface IndexScope extends Scope {
  title: string;
  totals: { articles: number; skipped: number; outlets: number; words: number; hits: number };
}

function dateRange(model: ReportModel): string {
  const { first, last } = model.dates;
  if (first === null || last === null) return 'no dates given';
  return first === last ? first : `${first} to ${last}`;
}

/** The side-by-side tables of the index page (or a story's), keyed on ids and labelled from the lexicons. */
export function indexView(model: ReportModel, scope: IndexScope, catalogue: Catalogue, root = '') {
  const outlets = scope.outlets;
  const stats = statsIndex(scope);
  // The statistics are about the outlets' own words; the other voices are shown as plain counts and shares.
  const voices: { id: string; label: string; note: string; pick: VoicePick; withStats: boolean }[] = [
    { id: 'own', label: 'Own voice', note: 'The outlet’s own words: quotations and boilerplate left out.', pick: (o: OutletSummary): Scores => o, withStats: true },
    { id: 'quoted', label: 'Quoted', note: 'Words inside quotations only: what the outlet chose to quote, in others’ words.', pick: (o: OutletSummary): Scores => o.quoted, withStats: false },
    { id: 'top', label: 'Headline and lede', note: 'The outlet’s own words in the headline and first paragraph, which weigh most with readers.', pick: (o: OutletSummary): Scores => o.top, withStats: false },
  ];
  const voiceTabs = voices.map((voice, i) => {
    const tables = catalogue.referents.map((entry) => namingTable(entry, scope, voice.withStats ? stats : undefined, root, voice.pick));
    return {
      id: voice.id,
      label: voice.label,
      note: voice.note,
      checked: i === 0,
      withStats: voice.withStats,
      referents: tables.filter((r) => r.mentioned),
      unmentioned: tables.filter((r) => !r.mentioned).map((r) => r.label),
    };
  });

  const categoryStats = new Map(scope.comparison.categories.map((c) => [`${c.outlet}\u0000${c.id}`, c]));
  const maxRate = Math.max(0, ...outlets.flatMap((o) => Object.values(o.byCategory).map((r) => r.ratePer1000Words)));
  const categoryRows = outlets.map((o) => ({
    outlet: o.outlet,
    href: `${root}${outletPagePath(o.outlet)}`,
    short: o.short,
    cells: model.categories.map((c) => {
      const rate = rateIn(o.byCategory, c.id) ?? { count: 0, ratePer1000Words: 0 };
      const stat = categoryStats.get(`${o.outlet}\u0000${c.id}`);
      const interval = stat?.rateLow != null && stat.rateHigh != null ? `${fixed(stat.rateLow)}–${fixed(stat.rateHigh)}` : '';
      const small = stat?.smallSample ?? true;
      return {
        id: c.id,
        count: rate.count,
        rate: fixed(rate.ratePer1000Words),
        interval,
        small,
        imprecise: small && interval !== '',
        sig: stat?.difference ?? '',
        title: `${o.outlet}, ${c.label}: ${rate.count}${interval ? `; interval ${interval}${small ? ' (not precise)' : ''}` : ''}${stat?.logOddsZ != null ? `; z ${fixed(stat.logOddsZ)}` : ''}`,
        bar: maxRate === 0 ? 0 : Math.round((80 * rate.ratePer1000Words) / maxRate),
      };
    }),
  }));

  const { divergence: matrix } = scope.comparison;
  const place = new Map(matrix.outlets.map((o, i) => [o, i]));
  const divergence =
    outlets.length > MATRIX_OUTLETS
      ? []
      : outlets.map((a) => ({
          outlet: a.short,
          cells: outlets.map((b) => {
            const value = matrix.jsd[place.get(a.outlet) ?? -1]?.[place.get(b.outlet) ?? -1] ?? null;
            return { value: value === null ? '–' : fixed(value), band: value === null ? 's0' : `s${Math.min(4, Math.round(value * 4))}`, title: `${a.outlet} vs ${b.outlet}` };
          }),
        }));
  const termsOf = new Map<string, ReportModel['comparison']['distinctiveTerms']>();
  for (const t of scope.comparison.distinctiveTerms) termsOf.set(t.outlet, [...(termsOf.get(t.outlet) ?? []), t]);
  const distinctive = outlets.map((o) => ({
    outlet: o.outlet,
    ranked: o.articles >= 2,
    terms: (termsOf.get(o.outlet) ?? []).map((t) => ({ term: t.term, count: t.count, z: fixed(t.logOddsZ, 1), small: t.smallSample })),
  }));
  const fewArticleOutlets = outlets.filter((o) => o.articles < model.comparison.method.minArticles).map((o) => o.outlet);
  const speakers = new Map(model.speakers.map((s) => [s.id, s]));

  return {
    method: model.comparison.method,
    fewArticleOutlets,
    allFew: fewArticleOutlets.length === outlets.length,
    divergence,
    divergenceOmitted: outlets.length > MATRIX_OUTLETS,
    distinctive,
    summary: {
      outlets: scope.totals.outlets,
      articles: thousands(scope.totals.articles),
      skipped: scope.totals.skipped,
      words: thousands(scope.totals.words),
      hits: thousands(scope.totals.hits),
      dates: dateRange(model),
    },
    outlets: outlets.map((o) => ({
      name: o.outlet,
      href: `${root}${outletPagePath(o.outlet)}`,
      short: o.short,
      articles: o.articles,
      words: thousands(o.words),
      hits: o.hits,
      rate: fixed(o.ratePer1000Words),
      quotedWords: thousands(o.quoted.words),
      quotedHits: o.quoted.hits,
      quotedRate: fixed(o.quoted.ratePer1000Words),
      boilerplateWords: thousands(o.parts.boilerplate),
    })),
    includeBoilerplate: model.includeBoilerplate,
    voiceTabs,
    whoIsQuoted: model.whoIsQuoted
      .filter((w) => outlets.some((o) => o.outlet === w.outlet))
      .map((w) => ({
        outlet: w.outlet,
        short: w.short,
        more: Math.max(0, w.rows.length - INDEX_SPEAKERS),
        rows: w.rows.slice(0, INDEX_SPEAKERS).map((r) => ({ speaker: r.name, unknown: r.speaker === null, quotes: r.quotes, words: thousands(r.words), share: percent(r.share) })),
      })),
    statements: {
      count: model.quoteGroups.length,
      shown: model.quoteGroups.slice(0, INDEX_STATEMENTS).map((g) => quoteGroupView(g, speakers, root)),
      href: `${root}${quotesPagePath(1)}`,
    },
    copies: {
      count: model.sharedCopies.length,
      articles: model.sharedCopies.reduce((n, g) => n + g.articles.length, 0),
      href: `${root}${copiesPagePath(1)}`,
      shown: model.sharedCopies.slice(0, INDEX_COPY_GROUPS).map((g, i) => ({
        href: `${root}${copyGroupPagePath(i + 1)}`,
        size: g.articles.length,
        similarity: percent(g.minSimilarity),
        agency: g.agency ?? '',
        outlets: [...new Set(g.members.map((m) => m.outlet))].join(', '),
        title: g.members[0]?.title ?? g.articles[0] ?? '',
      })),
    },
    counting: model.counting,
    categories: model.categories,
    categoryRows,
    skipped: skippedView(model),
  };
}
