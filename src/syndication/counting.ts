import type { SharedCopyGroup } from './types.js';

/** Which articles count, and under which outlet: with sharedOnce, each group counts once. */
export interface CountingPlan {
  sharedOnce: boolean;
  leftOut: string[];
  countedAs: Record<string, string>;
}

/**
 * With sharedOnce, a group of copies counts as one article, its first (in id
 * order), under the agency the manifest names, if any; the other copies are
 * left out of every count but stay listed in the report.
 */
export function countingPlan(groups: SharedCopyGroup[], sharedOnce: boolean): CountingPlan {
  if (!sharedOnce) return { sharedOnce, leftOut: [], countedAs: {} };
  const leftOut: string[] = [];
  const countedAs: Record<string, string> = {};
  for (const group of groups) {
    const [first, ...rest] = group.articles;
    for (const id of rest) leftOut.push(id);
    if (first !== undefined && group.agency !== undefined) countedAs[first] = group.agency;
  }
  return { sharedOnce, leftOut: leftOut.sort(), countedAs };
}
