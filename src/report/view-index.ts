import type { AnalysisResult } from '../analyze/index.js';
import type { Catalogue } from '../lexicon/catalogue.js';
import type { OutletScores, Scores } from '../score/types.js';
import { fixed, thousands } from './format.js';
import { namingTables } from './view-naming.js';
import { quoteComparison, whoIsQuoted } from './view-quoted.js';

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
  const speakers = new Map(analysis.speakers.map((sp) => [sp.id, sp]));
  const short = (outlet: string): string => shortName(analysis, outlet);
  const voiceTabs = [
    { id: 'own', label: 'Own voice', note: 'The outlet’s own words: quotations and boilerplate left out.', pick: (o: OutletScores): Scores => o },
    { id: 'quoted', label: 'Quoted', note: 'Words inside quotations only: what the outlet chose to quote, in others’ words.', pick: (o: OutletScores): Scores => o.quoted },
    { id: 'top', label: 'Headline and lede', note: 'The outlet’s own words in the headline and first paragraph, which weigh most with readers.', pick: (o: OutletScores): Scores => o.top },
  ].map((tab, i) => {
    const tables = namingTables(catalogue, outlets, tab.pick);
    return {
      id: tab.id,
      label: tab.label,
      note: tab.note,
      checked: i === 0,
      referents: tables.filter((r) => r.mentioned),
      unmentioned: tables.filter((r) => !r.mentioned).map((r) => r.label),
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
      words: thousands(analysis.totals.words),
      hits: thousands(analysis.totals.hits),
      dates: dateRange(analysis),
    },
    outlets: outlets.map((o) => {
      const boilerplate = analysis.articles.filter((a) => a.article.outlet === o.outlet).reduce((n, a) => n + a.partWords.boilerplate, 0);
      return {
        name: o.outlet,
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
    quoteComparison: quoteComparison(analysis, speakers, pagePaths),
    categories: analysis.categories,
    categoryRows,
    articles: analysis.articles.map((a) => ({
      id: a.article.id,
      href: pagePaths.get(a.article.id),
      outlet: a.article.outlet,
      title: a.article.title ?? a.article.id,
      date: a.article.date ?? '',
      words: thousands(a.words),
      hits: a.scores.hits,
      quotedHits: a.scores.quoted.hits,
      rate: fixed(a.scores.ratePer1000Words),
    })),
  };
}
