import { countWords } from '../nlp/words.js';
import { replicateWeights } from '../score/replicates.js';
import { addToTally, mergeScopes, type ScopeTally } from '../score/tally.js';
import { fullerName } from '../structure/names.js';
import type { Speaker } from '../structure/types.js';
import { isoWeek } from './periods.js';
import type { ArticleRecord } from './types.js';

/** Quotations of one speaker (id, or '' when unknown) in one outlet's articles. */
export interface QuotedTally {
  quotes: number;
  words: number;
}

/** Who one outlet quotes, and the words of its articles (boilerplate left out) the shares are of. */
export interface OutletQuoting {
  words: number;
  speakers: Map<string, QuotedTally>;
}

/**
 * The compact sums a set of articles leaves behind once each article's
 * outputs are written: what every statistic and summary of the report is
 * made from. Everything in it is a sum, a minimum or maximum, or a choice
 * that does not depend on order (the fullest name, the first article's
 * short name), so the aggregates of a corpus are the merge of its shards'
 * in any order.
 */
export interface Aggregates {
  /** Per outlet, the articles that count (with countSharedOnce, groups of copies once). */
  corpus: ScopeTally;
  /** The same per story ('' for articles without one). */
  stories: Map<string, ScopeTally>;
  /** Per outlet that counts, its own-voice content terms. */
  vocabulary: Map<string, Map<string, number>>;
  /** Hits (every voice) per period ('week:2024-W05', 'month:2024-05'), outlet and variant id. */
  timeline: Map<string, Map<string, Map<string, number>>>;
  /** Dated articles per period. */
  periods: Map<string, number>;
  dates: { first: string | null; last: string | null };
  /** Per outlet (as published), who is quoted. */
  quoting: Map<string, OutletQuoting>;
  /** Everyone quoted, by id, under the fullest name seen. */
  speakers: Map<string, Speaker>;
  /** Per outlet, the short name given with its first article (in id order) that gives one. */
  shortNames: Map<string, { articleId: string; short: string }>;
  /** Of the articles that count. */
  totals: { articles: number; words: number; hits: number };
}

export function emptyAggregates(): Aggregates {
  return {
    corpus: new Map(),
    stories: new Map(),
    vocabulary: new Map(),
    timeline: new Map(),
    periods: new Map(),
    dates: { first: null, last: null },
    quoting: new Map(),
    speakers: new Map(),
    shortNames: new Map(),
    totals: { articles: 0, words: 0, hits: 0 },
  };
}

function child<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function addCount(map: Map<string, number>, key: string, n: number): void {
  const value = (map.get(key) ?? 0) + n;
  if (value === 0) map.delete(key);
  else map.set(key, value);
}

/** The periods a date falls in, in both units the timeline may use. */
export function periodKeys(date: string): string[] {
  return [`week:${isoWeek(date)}`, `month:${date.slice(0, 7)}`];
}

const minOf = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);
const maxOf = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);

/**
 * Adds (sign 1) or takes away (sign −1) what an article counts for, under
 * `outlet`: its outlet's and story's tallies, vocabulary and totals. With
 * countSharedOnce, copies are taken away again, and a group's first article
 * moved to the agency, once the groups are known.
 */
export function recount(into: Aggregates, record: ArticleRecord, includeBoilerplate: boolean, sign: number, outlet = record.article.outlet): void {
  const input = { outlet, parts: record.partWords, hits: record.hits, includeBoilerplate, weights: replicateWeights(record.article.id) };
  addToTally(into.corpus, input, sign);
  const story = record.article.story ?? '';
  const storyTally = child(into.stories, story, () => new Map());
  addToTally(storyTally, input, sign);
  if (storyTally.size === 0) into.stories.delete(story);
  const vocabulary = child(into.vocabulary, outlet, () => new Map<string, number>());
  for (const [term, count] of record.vocabulary) addCount(vocabulary, term, sign * count);
  if (vocabulary.size === 0) into.vocabulary.delete(outlet);
  into.totals.articles += sign;
  into.totals.words += sign * record.words;
  into.totals.hits += sign * record.hits.length;
}

/** Adds one article's record: what it counts for, and what the report says about every article (time, quotations, speakers). */
export function addRecord(into: Aggregates, record: ArticleRecord, includeBoilerplate: boolean): void {
  recount(into, record, includeBoilerplate, 1);
  const { article } = record;
  if (article.date !== undefined) {
    into.dates = { first: minOf(into.dates.first, article.date), last: maxOf(into.dates.last, article.date) };
    for (const period of periodKeys(article.date)) {
      addCount(into.periods, period, 1);
      const byOutlet = child(child(into.timeline, period, () => new Map()), article.outlet, () => new Map<string, number>());
      for (const hit of record.hits) addCount(byOutlet, hit.id, 1);
    }
  }
  const quoting = child(into.quoting, article.outlet, () => ({ words: 0, speakers: new Map<string, QuotedTally>() }));
  quoting.words += record.partWords.total - record.partWords.boilerplate;
  for (const q of record.structure.quotes) {
    const row = child(quoting.speakers, q.speaker ?? '', () => ({ quotes: 0, words: 0 }));
    row.quotes += 1;
    row.words += countWords(article.text, q.start, q.end);
  }
  for (const s of record.structure.speakers) addSpeaker(into.speakers, s);
  if (article.outletShort !== undefined) addShortName(into.shortNames, article.outlet, { articleId: article.id, short: article.outletShort });
}

function addSpeaker(into: Map<string, Speaker>, s: Speaker): void {
  const known = into.get(s.id);
  into.set(s.id, known ? { id: s.id, name: fullerName(known.name, s.name), person: known.person || s.person } : { id: s.id, name: s.name, person: s.person });
}

function addShortName(into: Aggregates['shortNames'], outlet: string, given: { articleId: string; short: string }): void {
  const known = into.get(outlet);
  if (!known || given.articleId < known.articleId) into.set(outlet, given);
}

/** Adds `from` into `into`; merging is associative and commutative. */
export function mergeAggregates(into: Aggregates, from: Aggregates): void {
  mergeScopes(into.corpus, from.corpus);
  for (const [story, scope] of from.stories) mergeScopes(child(into.stories, story, () => new Map()), scope);
  for (const [outlet, terms] of from.vocabulary) {
    const mine = child(into.vocabulary, outlet, () => new Map<string, number>());
    for (const [term, n] of terms) addCount(mine, term, n);
  }
  for (const [period, byOutlet] of from.timeline) {
    const mine = child(into.timeline, period, () => new Map());
    for (const [outlet, counts] of byOutlet) {
      const own = child(mine, outlet, () => new Map<string, number>());
      for (const [id, n] of counts) addCount(own, id, n);
    }
  }
  for (const [period, n] of from.periods) addCount(into.periods, period, n);
  into.dates = { first: minOf(into.dates.first, from.dates.first), last: maxOf(into.dates.last, from.dates.last) };
  for (const [outlet, quoting] of from.quoting) {
    const mine = child(into.quoting, outlet, () => ({ words: 0, speakers: new Map<string, QuotedTally>() }));
    mine.words += quoting.words;
    for (const [speaker, row] of quoting.speakers) {
      const own = child(mine.speakers, speaker, () => ({ quotes: 0, words: 0 }));
      own.quotes += row.quotes;
      own.words += row.words;
    }
  }
  for (const s of from.speakers.values()) addSpeaker(into.speakers, s);
  for (const [outlet, given] of from.shortNames) addShortName(into.shortNames, outlet, given);
  into.totals.articles += from.totals.articles;
  into.totals.words += from.totals.words;
  into.totals.hits += from.totals.hits;
}
