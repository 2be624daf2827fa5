/** A character span [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * A test of whether some span of `spans` holds [start, end): a binary search
 * over the spans by start, with the furthest end reached so far. A long
 * article with many spans and many queries costs n log n, not n².
 */
export function coverTest(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach = new Float64Array(sorted.length);
  let furthest = -Infinity;
  sorted.forEach((s, i) => (reach[i] = furthest = Math.max(furthest, s.end)));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Span).start <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] as number) >= end;
  };
}
