/**
 * Jensen–Shannon divergence, base 2, between two count vectors over the same
 * categories: 0 for identical distributions, 1 for distributions with no
 * category in common. None when either side has no counts at all.
 */
export function jensenShannon(a: readonly number[], b: readonly number[]): number | undefined {
  const sumA = a.reduce((s, x) => s + x, 0);
  const sumB = b.reduce((s, x) => s + x, 0);
  if (sumA <= 0 || sumB <= 0) return undefined;
  let divergence = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const p = (a[i] ?? 0) / sumA;
    const q = (b[i] ?? 0) / sumB;
    const m = (p + q) / 2;
    if (p > 0) divergence += (p / 2) * Math.log2(p / m);
    if (q > 0) divergence += (q / 2) * Math.log2(q / m);
  }
  // Rounding can leave a hair below 0 or above 1.
  return Math.min(1, Math.max(0, divergence));
}
