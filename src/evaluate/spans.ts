import type { Span } from './types.js';

export function overlapOf(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Shared characters over the characters of both: 1 for the same span. */
export function jaccard(a: Span, b: Span): number {
  const shared = overlapOf(a, b);
  return shared === 0 ? 0 : shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** Two marks of the same thing: they share at least half of the shorter one. */
export function sameMarker(a: Span, b: Span): boolean {
  return overlapOf(a, b) * 2 >= Math.min(a.end - a.start, b.end - b.start) && overlapOf(a, b) > 0;
}

/**
 * Pairs reference and candidate items one to one: each reference item takes
 * the first unpaired candidate that `fits` it best (highest score). Returns
 * the pairs, and the unpaired items of each side.
 */
export function pairUp<R, C>(reference: R[], candidate: C[], score: (r: R, c: C) => number): { pairs: [R, C][]; missed: R[]; extra: C[] } {
  const used = new Set<number>();
  const pairs: [R, C][] = [];
  const missed: R[] = [];
  for (const r of reference) {
    let best = -1;
    let bestScore = 0;
    candidate.forEach((c, i) => {
      if (used.has(i)) return;
      const s = score(r, c);
      if (s > bestScore) {
        best = i;
        bestScore = s;
      }
    });
    if (best < 0) missed.push(r);
    else {
      used.add(best);
      pairs.push([r, candidate[best] as C]);
    }
  }
  return { pairs, missed, extra: candidate.filter((_, i) => !used.has(i)) };
}
