import type { AnalysisResult } from '../analyze/index.js';
import type { Catalogue } from '../lexicon/catalogue.js';
import { fixed, thousands } from './format.js';
import { rateIn } from '../score/rate.js';
import type { OutletScores, Scores } from '../score/types.js';
import { namingTable, shortName, significance, statsIndex, type VoicePick } from './view-naming.js';
import { quoteComparison, whoIsQuoted } from './view-quoted.js';
import { outletPagePath } from './view-outlet.js';
import { skippedView } from './view-skipped.js';

function dateRange(analysis: AnalysisResult): string {
  const dates = analysis.articles.map((a) => a.article.date).filter((d): d is string => d !== undefined).sort();
  if (dates.length === 0) return 'no dates given';
  const first = dates[0] as string;
  const last = dates[dates.length - 1] as string;
  return first === last ? first : `${first} to ${last}`;
}

/** The side-by-side tables of the index page, keyed on ids and labelled from the lexicons. */
export function indexView(analysis: AnalysisResult, catalogue: Catalogue, pagePaths: Map<string, string>, root = '') {
  const outlets = analysis.outlets;
  const stats = statsIndex(analysis);
  const speakers = new Map(analysis.speakers.map((sp) => [sp.id, sp]));
  const short = (outlet: string): string => shortName(analysis, outlet);
  // The statistics are about the outlets' own words; the other voices are shown as plain counts and shares.
  const voices: { id: string; label: string; note: string; pick: VoicePick; withStats: boolean }[] = [
    { id: 'own', label: 'Own voice', note: 'The outlet’s own words: quotations and boilerplate left out.', pick: (o: OutletScores): Scores => o, withStats: true },
    { id: 'quoted', label: 'Quoted', note: 'Words inside quotations only: what the outlet chose to quote, in others’ words.', pick: (o: OutletScores): Scores => o.quoted, withStats: false },
    { id: 'top', label: 'Headline and lede', note: 'The outlet’s own words in the headline and first paragraph, which weigh most with readers.', pick: (o: OutletScores): Scores => o.top, withStats: false },
  ];
  const voiceTabs = voices.map((voice, i) => {
    const tables = catalogue.referents.map((entry) => namingTable(entry, analysis, voice.withStats ? stats : undefined, root, voice.pick));
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

  const maxRate = Math.max(0, ...outlets.flatMap((o) => Object.values(o.byCategory).map((r) => r.ratePer1000Words)));
  const categoryRows = outlets.map((o) => ({
    outlet: o.outlet,
    href: `${root}${outletPagePath(o.outlet)}`,
    short: shortName(analysis, o.outlet),
    cells: analysis.categories.map((c) => {
      const rate = rateIn(o.byCategory, c.id) ?? { count: 0, ratePer1000Words: 0 };
      const stat = analysis.comparison.categories.find((x) => x.outlet === o.outlet && x.id === c.id);
      const interval = stat?.rateLow != null && stat.rateHigh != null ? `${fixed(stat.rateLow)}–${fixed(stat.rateHigh)}` : '';
      return {
        id: c.id,
        count: rate.count,
        rate: fixed(rate.ratePer1000Words),
        interval,
        small: stat?.smallSample ?? true,
        sig: significance(stat?.logOddsZ ?? null, stat?.smallSample ?? true),
        title: `${o.outlet}, ${c.label}: ${rate.count} markers, ${fixed(rate.ratePer1000Words)} per 1,000 words${interval ? `; 95% bootstrap interval ${interval}` : ''}${stat?.logOddsZ != null ? `; log-odds z ${fixed(stat.logOddsZ)}` : ''}`,
        bar: maxRate === 0 ? 0 : Math.round((80 * rate.ratePer1000Words) / maxRate),
      };
    }),
  }));

  const jsd = new Map(analysis.comparison.divergence.map((d) => [`${d.a}\u0000${d.b}`, d.jsd]));
  const divergence = outlets.map((a) => ({
    outlet: shortName(analysis, a.outlet),
    cells: outlets.map((b) => {
      const value = jsd.get(`${a.outlet}\u0000${b.outlet}`) ?? null;
      return { value: value === null ? '–' : fixed(value), band: value === null ? 's0' : `s${Math.min(4, Math.round(value * 4))}`, title: `${a.outlet} vs ${b.outlet}` };
    }),
  }));
  const distinctive = outlets.map((o) => ({
    outlet: o.outlet,
    ranked: o.articles >= 2,
    terms: analysis.comparison.distinctiveTerms.filter((t) => t.outlet === o.outlet).map((t) => ({ term: t.term, count: t.count, z: fixed(t.logOddsZ, 1), small: t.smallSample })),
  }));
  const singleArticleOutlets = outlets.filter((o) => o.articles < 2).map((o) => o.outlet);

  return {
    method: analysis.comparison.method,
    singleArticleOutlets,
    allSingle: singleArticleOutlets.length === outlets.length,
    divergence,
    distinctive,
    summary: {
      outlets: outlets.length,
      articles: thousands(analysis.totals.articles),
      skipped: analysis.totals.skipped,
      words: thousands(analysis.totals.words),
      hits: thousands(analysis.totals.hits),
      dates: dateRange(analysis),
    },
    outlets: outlets.map((o) => {
      const boilerplate = analysis.articles.filter((a) => a.article.outlet === o.outlet).reduce((n, a) => n + a.partWords.boilerplate, 0);
      return {
        name: o.outlet,
        href: `${root}${outletPagePath(o.outlet)}`,
        short: short(o.outlet),
        articles: o.articles,
        words: thousands(o.words),
        hits: o.hits,
        rate: fixed(o.ratePer1000Words),
        quotedWords: thousands(o.quoted.words),
        quotedHits: o.quoted.hits,
        quotedRate: fixed(o.quoted.ratePer1000Words),
        boilerplateWords: thousands(boilerplate),
      };
    }),
    includeBoilerplate: analysis.includeBoilerplate,
    voiceTabs,
    whoIsQuoted: whoIsQuoted(analysis, speakers, short),
    quoteComparison: quoteComparison(analysis, speakers, new Map([...pagePaths].map(([k, v]) => [k, `${root}${v}`]))),
    categories: analysis.categories,
    categoryRows,
    articles: analysis.articles.map((a) => ({
      id: a.article.id,
      href: `${root}${pagePaths.get(a.article.id) ?? ''}`,
      outlet: a.article.outlet,
      title: a.article.title ?? a.article.id,
      date: a.article.date ?? '',
      words: thousands(a.words),
      hits: a.scores.hits,
      quotedHits: a.scores.quoted.hits,
      rate: fixed(a.scores.ratePer1000Words),
    })),
    skipped: skippedView(analysis),
  };
}
