import type { VoicedHit } from '../tag/types.js';
import { addToReplicates, emptyReplicates, mergeReplicates, type ReplicateTable } from './replicates.js';
import { scoresFromCounts, type ScoringFrame } from './score.js';
import type { OutletScores } from './types.js';
import { isOwnVoice } from './voices.js';

/** Words of a text by part (the same fields as structure's PartWords). */
export interface WordParts {
  total: number;
  boilerplate: number;
  quoted: number;
  narrator: number;
  topNarrator: number;
}

/** Counts in one voice: words, hits, and hits by variant id and by category id (only those above zero). */
export interface VoiceTally {
  words: number;
  hits: number;
  variants: Map<string, number>;
  categories: Map<string, number>;
}

/**
 * Everything the statistics need about one outlet's articles, as sums:
 * words by part, counts by voice, and the bootstrap's replicate table. Sums
 * of articles, so the tally of a corpus is the sum of its shards' tallies.
 */
export interface OutletTally {
  outlet: string;
  articles: number;
  parts: WordParts;
  own: VoiceTally;
  quoted: VoiceTally;
  top: VoiceTally;
  boilerplateHits: number;
  replicates: ReplicateTable;
}

/** Outlets' tallies by outlet name. */
export type ScopeTally = Map<string, OutletTally>;

/** What one article adds to its outlet's tally. */
export interface ArticleTallyInput {
  outlet: string;
  parts: WordParts;
  hits: readonly VoicedHit[];
  includeBoilerplate: boolean;
  /** The article's replicate weights (replicateWeights of its id). */
  weights: Uint8Array;
}

const emptyVoice = (): VoiceTally => ({ words: 0, hits: 0, variants: new Map(), categories: new Map() });

export function emptyTally(outlet: string): OutletTally {
  return {
    outlet,
    articles: 0,
    parts: { total: 0, boilerplate: 0, quoted: 0, narrator: 0, topNarrator: 0 },
    own: emptyVoice(),
    quoted: emptyVoice(),
    top: emptyVoice(),
    boilerplateHits: 0,
    replicates: emptyReplicates(),
  };
}

/** Adds n to a count, dropping it when it comes to zero, so equal sums are equal maps. */
function bump(map: Map<string, number>, key: string, n: number): void {
  const value = (map.get(key) ?? 0) + n;
  if (value === 0) map.delete(key);
  else map.set(key, value);
}

function addVoice(into: VoiceTally, words: number, hits: readonly VoicedHit[], sign: number): void {
  into.words += sign * words;
  into.hits += sign * hits.length;
  for (const h of hits) {
    bump(into.variants, h.id, sign);
    bump(into.categories, h.category, sign);
  }
}

/** The words an outlet wrote itself: its narration, and boilerplate only when the user asked for it back. */
export function ownWordsOf(parts: WordParts, includeBoilerplate: boolean): number {
  return parts.narrator + (includeBoilerplate ? parts.boilerplate : 0);
}

/** Adds (sign 1) or takes away (sign −1) one article. */
export function addToTally(scope: ScopeTally, input: ArticleTallyInput, sign = 1): void {
  let tally = scope.get(input.outlet);
  if (!tally) {
    tally = emptyTally(input.outlet);
    scope.set(input.outlet, tally);
  }
  const { parts, includeBoilerplate } = input;
  tally.articles += sign;
  for (const key of Object.keys(parts) as (keyof WordParts)[]) tally.parts[key] += sign * parts[key];
  const own = input.hits.filter((h) => isOwnVoice(h, includeBoilerplate));
  const ownWords = ownWordsOf(parts, includeBoilerplate);
  addVoice(tally.own, ownWords, own, sign);
  addVoice(tally.quoted, parts.quoted, input.hits.filter((h) => h.voice === 'quoted'), sign);
  addVoice(
    tally.top,
    parts.topNarrator,
    own.filter((h) => h.segment === 'headline' || h.segment === 'lede'),
    sign,
  );
  tally.boilerplateHits += sign * input.hits.filter((h) => h.voice === 'boilerplate').length;
  // Variants and categories are rated from the same replicates of the outlet's articles.
  const counts = new Map<string, number>();
  for (const h of own) {
    counts.set(h.id, (counts.get(h.id) ?? 0) + 1);
    const key = `category:${h.category}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  addToReplicates(tally.replicates, input.weights, ownWords, counts, sign);
  if (tally.articles === 0) scope.delete(input.outlet);
}

function mergeVoice(into: VoiceTally, from: VoiceTally): void {
  into.words += from.words;
  into.hits += from.hits;
  for (const [k, n] of from.variants) bump(into.variants, k, n);
  for (const [k, n] of from.categories) bump(into.categories, k, n);
}

/** Adds one scope's tallies into another's. */
export function mergeScopes(into: ScopeTally, from: ScopeTally): void {
  for (const [outlet, tally] of from) {
    let mine = into.get(outlet);
    if (!mine) {
      mine = emptyTally(outlet);
      into.set(outlet, mine);
    }
    mine.articles += tally.articles;
    for (const key of Object.keys(tally.parts) as (keyof WordParts)[]) mine.parts[key] += tally.parts[key];
    mergeVoice(mine.own, tally.own);
    mergeVoice(mine.quoted, tally.quoted);
    mergeVoice(mine.top, tally.top);
    mine.boilerplateHits += tally.boilerplateHits;
    mergeReplicates(mine.replicates, tally.replicates);
  }
}

/** An outlet's scores by voice, every referent and variant of the run listed (zeros included) so outlets line up. */
export function outletScoresOf(tally: OutletTally, frame: ScoringFrame): OutletScores {
  const scores = (v: VoiceTally) => scoresFromCounts(v.words, v.hits, v.variants, v.categories, frame, true);
  return { outlet: tally.outlet, articles: tally.articles, ...scores(tally.own), quoted: scores(tally.quoted), top: scores(tally.top) };
}
