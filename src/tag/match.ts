import type { AnalyzedText } from '../nlp/types.js';
import type { Matcher } from './compile.js';
import type { Hit, VariantInfo } from './types.js';
import { matchUnitsBySentence, type MatchUnit } from './units.js';

interface Candidate {
  info: VariantInfo;
  start: number;
  end: number;
  units: number;
  sentence: number;
}

function findCandidates(units: MatchUnit[], sentence: number, matcher: Matcher, found: Candidate[], exceptions: Candidate[]): void {
  for (let i = 0; i < units.length; i++) {
    let node = matcher.root;
    for (let j = i; j < units.length; j++) {
      const child = node.next.get((units[j] as MatchUnit).key);
      if (!child) break;
      node = child;
      for (const end of node.ends) {
        const candidate: Candidate = {
          info: matcher.variants[end.variant] as VariantInfo,
          start: (units[i] as MatchUnit).start,
          end: (units[j] as MatchUnit).end,
          units: end.length,
          sentence,
        };
        (end.exception ? exceptions : found).push(candidate);
      }
    }
  }
}

function covers(outer: Candidate, inner: Candidate): boolean {
  return outer.info === inner.info && outer.start <= inner.start && outer.end >= inner.end;
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
  matchUnitsBySentence(analyzed).forEach((units, s) => findCandidates(units, s, matcher, found, exceptions));

  const live = found.filter((c) => !exceptions.some((e) => covers(e, c)));
  live.sort(precedence);
  const taken = new Map<string, Candidate[]>();
  const kept: Candidate[] = [];
  for (const c of live) {
    const inReferent = taken.get(c.info.referentKey) ?? [];
    if (inReferent.some((k) => k.start < c.end && c.start < k.end)) continue;
    inReferent.push(c);
    taken.set(c.info.referentKey, inReferent);
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
