import { articleRateIntervals } from '../score/replicates.js';
import { MIN_MENTIONS } from '../score/compare.js';
import { logOddsZ } from '../score/log-odds.js';
import { per1000 } from '../score/rate.js';
import type { StyleRule } from './style.js';

/** What the scorecard keeps of one article: its month, its own words and each rule's matches. Small, so an archive of any size fits. */
export interface ArchiveArticle {
  /** Seeds the article's bootstrap weights; by default its place in the archive. */
  id?: string;
  date?: string;
  ownWords: number;
  counts: ReadonlyMap<string, number>;
}

/** One rule over one stretch of articles: a month, the whole archive, or the baseline. */
export interface ScorecardCell {
  articles: number;
  ownWords: number;
  count: number;
  ratePer1000Words: number;
  /** 95 % bootstrap interval of the rate (Poisson bootstrap over the articles, as the report's); null with fewer than two articles. */
  rateLow: number | null;
  rateHigh: number | null;
  /** Fewer than two articles or fewer than MIN_MENTIONS matches: shown, never read as a change. */
  smallSample: boolean;
  /** The rule's limit is exceeded (aggregate rules only). */
  overLimit: boolean;
  /** Log-odds z of this stretch against the baseline (Monroe et al. 2008); null without a baseline. */
  zAgainstBaseline: number | null;
}

export interface ScorecardRow {
  rule: StyleRule;
  /** One cell per period, in `periods` order. */
  cells: ScorecardCell[];
  total: ScorecardCell;
  baseline?: ScorecardCell;
}

export interface Scorecard {
  /** YYYY-MM months in order, then `undated` if some articles have no date. */
  periods: string[];
  rows: ScorecardRow[];
  archive: { articles: number; ownWords: number };
  baseline?: { articles: number; ownWords: number };
  minMentions: number;
}

export const UNDATED = 'undated';

const periodOf = (a: ArchiveArticle): string => (a.date === undefined ? UNDATED : a.date.slice(0, 7));

/** An archive article with the id its bootstrap weights are drawn from. */
type Keyed = ArchiveArticle & { id: string };

interface Group {
  articles: Keyed[];
  intervals: Map<string, { low: number; high: number }>;
  words: number;
}

function group(articles: Keyed[], ruleIds: string[]): Group {
  return {
    articles,
    intervals: articleRateIntervals(
      articles.map((a) => ({ id: a.id, words: a.ownWords, counts: a.counts })),
      ruleIds,
    ),
    words: articles.reduce((n, a) => n + a.ownWords, 0),
  };
}

function cell(g: Group, rule: StyleRule, baseline: { count: number; words: number } | undefined): ScorecardCell {
  const count = g.articles.reduce((n, a) => n + (a.counts.get(rule.id) ?? 0), 0);
  const rate = per1000(count, g.words);
  const ci = g.intervals.get(rule.id);
  let z: number | null = null;
  if (baseline && g.words > 0 && baseline.words > 0) {
    const pooledWords = g.words + baseline.words;
    const result = logOddsZ({ inGroup: count, inRest: baseline.count, groupTotal: g.words, restTotal: baseline.words, background: (count + baseline.count) / pooledWords, priorStrength: pooledWords });
    z = result ? result.z : null;
  }
  return {
    articles: g.articles.length,
    ownWords: g.words,
    count,
    ratePer1000Words: rate,
    rateLow: ci?.low ?? null,
    rateHigh: ci?.high ?? null,
    smallSample: g.articles.length < 2 || count < MIN_MENTIONS,
    overLimit: rule.limit !== undefined && rate > rule.limit,
    zAgainstBaseline: z,
  };
}

/**
 * The desk's record: each rule's rate per 1,000 own words by month and over
 * the whole archive, with bootstrap intervals and small samples flagged as
 * the report does, against a baseline corpus when there is one (its rate,
 * and a log-odds z of each month against it). Articles without own words are
 * left out (a rate needs words).
 */
export function buildScorecard(archive: ArchiveArticle[], rules: StyleRule[], baseline?: ArchiveArticle[]): Scorecard {
  const ids = rules.map((r) => r.id);
  const keyed = (list: ArchiveArticle[], prefix: string): Keyed[] => list.map((a, i) => ({ ...a, id: a.id ?? `${prefix}${i}` }));
  const rated = keyed(archive, 'archive-').filter((a) => a.ownWords > 0);
  const byPeriod = new Map<string, Keyed[]>();
  for (const a of rated) {
    const p = periodOf(a);
    const list = byPeriod.get(p);
    if (list) list.push(a);
    else byPeriod.set(p, [a]);
  }
  const periods = [...byPeriod.keys()].filter((p) => p !== UNDATED).sort();
  if (byPeriod.has(UNDATED)) periods.push(UNDATED);
  const groups = periods.map((p) => group(byPeriod.get(p) as Keyed[], ids));
  const whole = group(rated, ids);
  const base = baseline ? group(keyed(baseline, 'baseline-').filter((a) => a.ownWords > 0), ids) : undefined;
  const rows = rules.map((rule): ScorecardRow => {
    const baseCell = base ? cell(base, rule, undefined) : undefined;
    const against = baseCell ? { count: baseCell.count, words: baseCell.ownWords } : undefined;
    return { rule, cells: groups.map((g) => cell(g, rule, against)), total: cell(whole, rule, against), ...(baseCell ? { baseline: baseCell } : {}) };
  });
  return {
    periods,
    rows,
    archive: { articles: rated.length, ownWords: whole.words },
    ...(base ? { baseline: { articles: base.articles.length, ownWords: base.words } } : {}),
    minMentions: MIN_MENTIONS,
  };
}
