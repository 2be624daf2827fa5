import type { AnalyzedText } from '../nlp/types.js';
import type { Matcher } from './compile.js';
import type { TrieNode } from './trie.js';
import type { Hit, VariantInfo } from './types.js';
import { matchUnits, type MatchUnits } from './units.js';

interface Candidate {
  info: VariantInfo;
  start: number;
  end: number;
  units: number;
  sentence: number;
}

/**
 * Walks the trie from every unit of every sentence, depth first; a token may
 * follow the edge of its own form and the inflecting edges it belongs to.
 */
function findCandidates(units: MatchUnits, matcher: Matcher, found: Candidate[], exceptions: Candidate[]): void {
  const { keys, starts, ends, sentenceEnds } = units;
  let sentence = 0;
  let start = 0;
  let limit = 0;

  const reach = (child: TrieNode, j: number): void => {
    for (const end of child.ends) {
      const candidate: Candidate = { info: matcher.variants[end.variant] as VariantInfo, start: starts[start] as number, end: ends[j] as number, units: end.length, sentence };
      (end.exception ? exceptions : found).push(candidate);
    }
    if (j + 1 < limit && child.next.size > 0) walk(child, j + 1);
  };
  const walk = (node: TrieNode, j: number): void => {
    const key = keys[j] as string;
    const own = node.next.get(key);
    if (own) reach(own, j);
    const inflected = matcher.inflectedEdges.get(key);
    if (inflected) {
      for (const edge of inflected) {
        const child = node.next.get(edge);
        if (child) reach(child, j);
      }
    }
  };

  let first = 0;
  for (; sentence < sentenceEnds.length; sentence++) {
    limit = sentenceEnds[sentence] as number;
    for (start = first; start < limit; start++) walk(matcher.root, start);
    first = limit;
  }
}

/** Longer matches first (in units, then characters); then earlier; then earlier-declared variants. */
function precedence(a: Candidate, b: Candidate): number {
  return b.units - a.units || b.end - b.start - (a.end - a.start) || a.start - b.start || a.info.order - b.info.order;
}

/**
 * Hits of one text: every pattern match not cancelled by an exception of its
 * own variant, then, within each referent, the longest match wins and a span
 * counts once. Different referents may overlap.
 */
export function matchText(text: string, analyzed: AnalyzedText, matcher: Matcher): Hit[] {
  const found: Candidate[] = [];
  const exceptions: Candidate[] = [];
  findCandidates(matchUnits(analyzed), matcher, found, exceptions);

  const live = exceptions.length === 0 ? found : found.filter((c) => !exceptions.some((e) => e.info === c.info && e.start <= c.start && e.end >= c.end));
  live.sort(precedence);
  const taken = new Map<string, Candidate[]>();
  const kept: Candidate[] = [];
  for (const c of live) {
    const inReferent = taken.get(c.info.referentKey);
    if (inReferent?.some((k) => k.start < c.end && c.start < k.end)) continue;
    if (inReferent) inReferent.push(c);
    else taken.set(c.info.referentKey, [c]);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.info.order - b.info.order);
  return kept.map((c) => ({
    id: c.info.id,
    lexicon: c.info.lexicon,
    referent: c.info.referent,
    variant: c.info.variant,
    category: c.info.category,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    sentence: c.sentence,
  }));
}
