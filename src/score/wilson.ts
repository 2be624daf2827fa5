/** A two-sided confidence interval; both ends in [0, 1] for a share. */
export interface Interval {
  low: number;
  high: number;
}

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for a share k/n (Wilson 1927): unlike p ± z·se it
 * stays inside [0, 1] and behaves at k = 0 or k = n, which small news samples
 * hit all the time. None for n = 0: there is no share to be unsure about.
 */
export function wilsonInterval(k: number, n: number, z = Z95): Interval | undefined {
  if (n <= 0) return undefined;
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
