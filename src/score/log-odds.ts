/**
 * Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &
 * Quinn 2008, "Fightin' Words", eq. 16 and 18), one group against the pooled
 * rest. The prior for a term is α_w = α₀ · (background frequency of w), the
 * background being the pooled corpus; α₀ is the prior's strength in
 * pseudo-counts. The prior shrinks rare terms toward "no difference", which
 * raw log-odds do not.
 */
export interface LogOddsInput {
  /** Count of the term in the group, and in the rest. */
  inGroup: number;
  inRest: number;
  /** Total count of all terms (e.g. words) in the group, and in the rest. */
  groupTotal: number;
  restTotal: number;
  /** Background frequency of the term in [0, 1]. */
  background: number;
  /** α₀. */
  priorStrength: number;
}

export interface LogOdds {
  delta: number;
  variance: number;
  z: number;
}

export function logOddsZ({ inGroup, inRest, groupTotal, restTotal, background, priorStrength }: LogOddsInput): LogOdds | undefined {
  const alpha = priorStrength * background;
  if (alpha <= 0 || groupTotal <= 0 || restTotal <= 0) return undefined;
  const odds = (y: number, n: number): number => Math.log((y + alpha) / (n + priorStrength - y - alpha));
  const delta = odds(inGroup, groupTotal) - odds(inRest, restTotal);
  const variance = 1 / (inGroup + alpha) + 1 / (inRest + alpha);
  return { delta, variance, z: delta / Math.sqrt(variance) };
}
