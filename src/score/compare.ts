import type { VariantInfo } from '../tag/types.js';
import type { CategoryStat, Comparison, VariantStat } from './comparison-types.js';
import { distinctiveTerms, type TermCounts } from './distinctive.js';
import { jensenShannon } from './divergence.js';
import { logOddsZ } from './log-odds.js';
import { per1000, rateIn } from './rate.js';
import { BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED, replicateIntervals, type ReplicateTable } from './replicates.js';
import type { OutletScores } from './types.js';
import { wilsonInterval, type Interval } from './wilson.js';

/** Below this many mentions of a referent a figure is shown but never treated as evidence of a difference. */
export const MIN_MENTIONS = 5;
/**
 * Below this many articles an outlet's figures are flagged the same way: a
 * bootstrap over so few articles cannot show how much they vary (two
 * articles give an interval as narrow as their two rates are alike).
 */
export const MIN_ARTICLES = 5;

/** |z| at or above this, on enough evidence, marks an outlet as using a variant or category more (or less) than the others. */
export const SIGNIFICANT_Z = 1.96;

/** over / under when the log-odds z is large and the sample is not small; null otherwise. */
export function differenceOf(z: number | null, smallSample: boolean): 'over' | 'under' | null {
  if (smallSample || z === null || Math.abs(z) < SIGNIFICANT_Z) return null;
  return z > 0 ? 'over' : 'under';
}

export interface OutletInput {
  scores: OutletScores;
  /** The outlet's bootstrap replicates (own voice). */
  replicates: ReplicateTable;
  vocabulary: TermCounts;
}

/** One outlet against the pooled others, per word, for a count the outlet and the corpus have. */
function zAgainstRest(count: number, total: number, words: number, totalWords: number, priorStrength: number): number | null {
  if (totalWords === 0) return null;
  const result = logOddsZ({ inGroup: count, inRest: total - count, groupTotal: words, restTotal: totalWords - words, background: total / totalWords, priorStrength });
  return result ? result.z : null;
}

/** The keys of the replicate tables: variant ids, then `category:` ids. */
export function replicateKeys(variants: readonly VariantInfo[], categories: readonly string[]): string[] {
  return [...variants.map((v) => v.id), ...categories.map((c) => `category:${c}`)];
}

/**
 * Every outlet compared with the others: shares with Wilson intervals,
 * log-odds z against the pooled rest, bootstrap intervals of rates (from the
 * outlets' replicate tables), small samples flagged, and the divergence
 * between outlets' naming choices. Everything comes from sums, so it is the
 * same for a corpus analysed at once or in shards.
 */
export function compareOutlets(outlets: OutletInput[], variants: VariantInfo[], categories: string[], priorStrengthOption?: number): Comparison {
  const totalWords = outlets.reduce((n, o) => n + o.scores.words, 0);
  // By default α₀ is the corpus's size, so α_w is the term's pooled count: the prior is the corpus itself and scales with it.
  const priorStrength = priorStrengthOption ?? totalWords;
  const variantTotals = new Map<string, number>();
  const categoryTotals = new Map<string, number>();
  for (const o of outlets) {
    for (const [id, rate] of Object.entries(o.scores.byVariant)) variantTotals.set(id, (variantTotals.get(id) ?? 0) + rate.count);
    for (const [id, rate] of Object.entries(o.scores.byCategory)) categoryTotals.set(id, (categoryTotals.get(id) ?? 0) + rate.count);
  }
  const keys = replicateKeys(variants, categories);

  const variantStats: VariantStat[] = [];
  const categoryStats: CategoryStat[] = [];
  for (const o of outlets) {
    const few = o.scores.articles < MIN_ARTICLES;
    // One article has no spread to resample: no interval at all.
    const intervals = o.scores.articles < 2 ? new Map<string, Interval>() : replicateIntervals(o.replicates, keys);

    for (const naming of o.scores.referents) {
      for (const v of naming.variants) {
        const share = wilsonInterval(v.count, naming.mentions);
        const ci = intervals.get(v.id);
        const z = zAgainstRest(v.count, variantTotals.get(v.id) ?? 0, o.scores.words, totalWords, priorStrength);
        const smallSample = few || naming.mentions < MIN_MENTIONS;
        variantStats.push({
          outlet: o.scores.outlet,
          id: v.id,
          referent: naming.id,
          count: v.count,
          mentions: naming.mentions,
          share: v.share,
          shareLow: share?.low ?? null,
          shareHigh: share?.high ?? null,
          ratePer1000Words: per1000(v.count, o.scores.words),
          rateLow: ci?.low ?? null,
          rateHigh: ci?.high ?? null,
          logOddsZ: z,
          smallSample,
          difference: differenceOf(z, smallSample),
        });
      }
    }
    for (const category of categories) {
      const count = rateIn(o.scores.byCategory, category)?.count ?? 0;
      const ci = intervals.get(`category:${category}`);
      const z = zAgainstRest(count, categoryTotals.get(category) ?? 0, o.scores.words, totalWords, priorStrength);
      const smallSample = few || count < MIN_MENTIONS;
      categoryStats.push({
        outlet: o.scores.outlet,
        id: category,
        count,
        ratePer1000Words: per1000(count, o.scores.words),
        rateLow: ci?.low ?? null,
        rateHigh: ci?.high ?? null,
        logOddsZ: z,
        smallSample,
        difference: differenceOf(z, smallSample),
      });
    }
  }

  const vectors = outlets.map((o) => variants.map((v) => rateIn(o.scores.byVariant, v.id)?.count ?? 0));
  const jsd = outlets.map((_, i) => outlets.map((__, j) => jensenShannon(vectors[i] as number[], vectors[j] as number[]) ?? null));
  const divergence = { outlets: outlets.map((o) => o.scores.outlet), jsd };

  return {
    method: {
      confidence: 0.95,
      priorStrength,
      minMentions: MIN_MENTIONS,
      minArticles: MIN_ARTICLES,
      bootstrap: 'poisson',
      bootstrapSeed: BOOTSTRAP_SEED,
      bootstrapResamples: BOOTSTRAP_RESAMPLES,
    },
    variants: variantStats,
    categories: categoryStats,
    divergence,
    distinctiveTerms: distinctiveTerms(
      outlets.map((o) => ({ outlet: o.scores.outlet, words: o.scores.words, articles: o.scores.articles, vocabulary: o.vocabulary })),
      priorStrength,
    ),
  };
}
