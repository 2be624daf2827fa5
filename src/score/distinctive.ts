import type { DistinctiveTerm } from './comparison-types.js';
import { logOddsZ } from './log-odds.js';
import { per1000 } from './rate.js';

/** Term → count. */
export type TermCounts = ReadonlyMap<string, number>;

/** Terms an outlet must use at least this often to be listed at all. */
const MIN_TERM_COUNT = 3;
const TOP_TERMS = 15;
const SMALL_TERM_COUNT = 5;

export interface OutletVocabulary {
  outlet: string;
  words: number;
  articles: number;
  vocabulary: TermCounts;
}

/**
 * The words each outlet used more than the others, by the same log-odds z as
 * the markers (all words, stop-words and numbers already left out), so a user
 * can find markers the lexicon lacks. Ties break alphabetically.
 */
export function distinctiveTerms(outlets: OutletVocabulary[], priorStrength: number): DistinctiveTerm[] {
  if (outlets.length < 2) return [];
  const pooled = new Map<string, number>();
  for (const o of outlets) for (const [term, count] of o.vocabulary) pooled.set(term, (pooled.get(term) ?? 0) + count);
  const totalWords = outlets.reduce((n, o) => n + o.words, 0);
  const result: DistinctiveTerm[] = [];
  for (const o of outlets) {
    const ranked: DistinctiveTerm[] = [];
    for (const [term, count] of o.vocabulary) {
      if (count < MIN_TERM_COUNT) continue;
      const total = pooled.get(term) ?? count;
      const z = logOddsZ({ inGroup: count, inRest: total - count, groupTotal: o.words, restTotal: totalWords - o.words, background: total / totalWords, priorStrength })?.z;
      if (z === undefined || z <= 0) continue;
      ranked.push({ outlet: o.outlet, term, count, ratePer1000Words: per1000(count, o.words), logOddsZ: z, smallSample: o.articles < 2 || count < SMALL_TERM_COUNT });
    }
    ranked.sort((a, b) => b.logOddsZ - a.logOddsZ || (a.term < b.term ? -1 : 1));
    const top = ranked.slice(0, TOP_TERMS);
    // On a single article nothing is ranked: the words are listed alphabetically, leads to follow rather than findings.
    if (o.articles < 2) top.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    result.push(...top);
  }
  return result;
}
