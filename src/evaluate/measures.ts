/** True positives, false positives and false negatives, with precision, recall and F1 (1 where there was nothing to find and nothing found). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** A share with its parts. */
export interface Share {
  right: number;
  total: number;
  share: number;
}

export function share(right: number, total: number): Share {
  return { right, total, share: total === 0 ? 1 : right / total };
}

/**
 * Cohen's kappa between two labellings of the same items: agreement beyond
 * what the two label distributions would give by chance. 1 when both agree
 * on everything (also when that is one label throughout).
 */
export function cohensKappa(a: string[], b: string[]): number {
  const n = a.length;
  if (n === 0) return 1;
  let agree = 0;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) agree++;
    countA.set(x, (countA.get(x) ?? 0) + 1);
    countB.set(y, (countB.get(y) ?? 0) + 1);
  }
  const observed = agree / n;
  let chance = 0;
  for (const [label, k] of countA) chance += (k / n) * ((countB.get(label) ?? 0) / n);
  return chance === 1 ? 1 : (observed - chance) / (1 - chance);
}
