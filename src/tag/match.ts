import type { AnalyzedText } from '../nlp/types.js';
import { normalizeKeepingCase } from '../nlp/normalize.js';
import { CASED, type Matcher } from './compile.js';
import { distancingHolds } from './distancing.js';
import type { TrieNode } from './trie.js';
import type { Hit, VariantInfo } from './types.js';
import { matchUnits, type MatchUnits } from './units.js';

interface Candidate {
  info: VariantInfo;
  start: number;
  end: number;
  units: number;
  sentence: number;
  /** Index of the first and the last unit of the match. */
  first: number;
  last: number;
}

/**
 * Walks the trie from every unit of every sentence, depth first; a token may
 * follow the edge of its own form, the inflecting edges it belongs to, its
 * case-sensitive form, and the node's prefix-wildcard and POS edges it fits.
 */
function findCandidates(units: MatchUnits, matcher: Matcher, found: Candidate[], exceptions: Candidate[]): void {
  const { keys, texts, pos, starts, ends, sentenceEnds } = units;
  let sentence = 0;
  let start = 0;
  let sentenceStart = 0;
  let limit = 0;

  const reach = (child: TrieNode, j: number): void => {
    for (const end of child.ends) {
      const candidate: Candidate = { info: matcher.variants[end.variant] as VariantInfo, start: starts[start] as number, end: ends[j] as number, units: end.length, sentence, first: start, last: j };
      (end.exception ? exceptions : found).push(candidate);
    }
    if (j + 1 < limit && (child.next || child.prefixes || child.pos)) walk(child, j + 1);
  };
  const walk = (node: TrieNode, j: number): void => {
    const key = keys[j] as string;
    const next = node.next;
    if (next) {
      const own = next.get(key);
      if (own) reach(own, j);
      const inflected = matcher.inflectedEdges.get(key);
      if (inflected) {
        for (const edge of inflected) {
          const child = next.get(edge);
          if (child) reach(child, j);
        }
      }
      if (node.cased) {
        const child = next.get(`${CASED}${normalizeKeepingCase(texts[j] as string)}`);
        if (child) reach(child, j);
      }
    }
    if (node.prefixes) {
      const [shortest, longest] = node.prefixLengths as [number, number];
      for (let n = shortest; n <= Math.min(longest, key.length); n++) {
        const child = node.prefixes.get(key.slice(0, n));
        if (child) reach(child, j);
      }
    }
    if (node.pos) for (const edge of node.pos) if (edge.tags.has(pos[j] as string)) reach(edge.node, j);
  };

  for (; sentence < sentenceEnds.length; sentence++) {
    limit = sentenceEnds[sentence] as number;
    for (start = sentenceStart; start < limit; start++) walk(matcher.root, start);
    sentenceStart = limit;
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
  const units = matchUnits(analyzed);
  findCandidates(units, matcher, found, exceptions);

  const unexcepted = exceptions.length === 0 ? found : found.filter((c) => !exceptions.some((e) => e.info === c.info && e.start <= c.start && e.end >= c.end));
  const live = unexcepted.filter((c) => !c.info.distanced || distancingHolds(units, c.first, c.last));
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
