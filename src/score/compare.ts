import type { Hit, VariantInfo } from '../tag/types.js';
import { bootstrapBlockIntervals, buildCountBlock, BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED, type CountBlock } from './bootstrap.js';
import type { CategoryStat, Comparison, DivergenceCell, VariantStat } from './comparison-types.js';
import { distinctiveTerms, type TermCounts } from './distinctive.js';
import { jensenShannon } from './divergence.js';
import { logOddsZ } from './log-odds.js';
import { per1000, rateIn } from './rate.js';
import type { OutletScores } from './types.js';
import { wilsonInterval, type Interval } from './wilson.js';

/** Below this many mentions of a referent (or with a single article) a figure is shown but never treated as evidence of a difference. */
export const MIN_MENTIONS = 5;

export interface OutletInput {
  scores: OutletScores;
  articles: { words: number; hits: Hit[] }[];
  vocabulary: TermCounts;
}

/** One outlet against the pooled others, per word, for a count the outlet and the corpus have. */
function zAgainstRest(count: number, total: number, words: number, totalWords: number, priorStrength: number): number | null {
  if (totalWords === 0) return null;
  const result = logOddsZ({ inGroup: count, inRest: total - count, groupTotal: words, restTotal: totalWords - words, background: total / totalWords, priorStrength });
  return result ? result.z : null;
}

/** What one outlet's bootstrap needs: its articles' counts, and the keys (variant ids, then `category:` ids) their indices stand for. */
export interface BootstrapInput {
  block: CountBlock;
  keys: string[];
}

export function bootstrapInput(outlet: Pick<OutletInput, 'articles'>, variants: VariantInfo[], categories: string[]): BootstrapInput {
  // Variants and categories are rated from the same resamples of the outlet's articles.
  const keys = [...variants.map((v) => v.id), ...categories.map((c) => `category:${c}`)];
  const variantIndex = new Map(variants.map((v, i) => [v.id, i]));
  const categoryIndex = new Map(categories.map((c, i) => [c, variants.length + i]));
  const block = buildCountBlock(
    outlet.articles.map((a) => a.words),
    keys.length,
    (i, add) => {
      for (const hit of (outlet.articles[i] as OutletInput['articles'][number]).hits) {
        add(variantIndex.get(hit.id));
        add(categoryIndex.get(hit.category));
      }
    },
  );
  return { block, keys };
}

/**
 * Every outlet compared with the others: shares with Wilson intervals,
 * log-odds z against the pooled rest, bootstrap intervals of rates, small
 * samples flagged, and the divergence between outlets' naming choices.
 * `intervals` may bring each outlet's bootstrap intervals, worked out
 * elsewhere from its bootstrapInput (the same figures, found in parallel).
 */
export function compareOutlets(
  outlets: OutletInput[],
  variants: VariantInfo[],
  categories: string[],
  priorStrengthOption?: number,
  intervals?: ReadonlyMap<string, Map<string, Interval>>,
): Comparison {
  const totalWords = outlets.reduce((n, o) => n + o.scores.words, 0);
  // By default α₀ is the corpus's size, so α_w is the term's pooled count: the prior is the corpus itself and scales with it.
  const priorStrength = priorStrengthOption ?? totalWords;
  const variantTotals = new Map<string, number>();
  const categoryTotals = new Map<string, number>();
  for (const o of outlets) {
    for (const [id, rate] of Object.entries(o.scores.byVariant)) variantTotals.set(id, (variantTotals.get(id) ?? 0) + rate.count);
    for (const [id, rate] of Object.entries(o.scores.byCategory)) categoryTotals.set(id, (categoryTotals.get(id) ?? 0) + rate.count);
  }

  const variantStats: VariantStat[] = [];
  const categoryStats: CategoryStat[] = [];
  for (const o of outlets) {
    const single = o.articles.length < 2;
    let variantCI = intervals?.get(o.scores.outlet);
    if (!variantCI) {
      const input = bootstrapInput(o, variants, categories);
      variantCI = bootstrapBlockIntervals(input.block, input.keys);
    }
    const categoryCI = new Map(categories.map((c) => [c, variantCI.get(`category:${c}`)]));

    for (const naming of o.scores.referents) {
      for (const v of naming.variants) {
        const share = wilsonInterval(v.count, naming.mentions);
        const ci = variantCI.get(v.id);
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
          logOddsZ: zAgainstRest(v.count, variantTotals.get(v.id) ?? 0, o.scores.words, totalWords, priorStrength),
          smallSample: single || naming.mentions < MIN_MENTIONS,
        });
      }
    }
    for (const category of categories) {
      const count = rateIn(o.scores.byCategory, category)?.count ?? 0;
      const ci = categoryCI.get(category);
      categoryStats.push({
        outlet: o.scores.outlet,
        id: category,
        count,
        ratePer1000Words: per1000(count, o.scores.words),
        rateLow: ci?.low ?? null,
        rateHigh: ci?.high ?? null,
        logOddsZ: zAgainstRest(count, categoryTotals.get(category) ?? 0, o.scores.words, totalWords, priorStrength),
        smallSample: single || count < MIN_MENTIONS,
      });
    }
  }

  const vectors = outlets.map((o) => variants.map((v) => rateIn(o.scores.byVariant, v.id)?.count ?? 0));
  const divergence: DivergenceCell[] = [];
  outlets.forEach((a, i) =>
    outlets.forEach((b, j) => {
      divergence.push({ a: a.scores.outlet, b: b.scores.outlet, jsd: jensenShannon(vectors[i] as number[], vectors[j] as number[]) ?? null });
    }),
  );

  return {
    method: { confidence: 0.95, priorStrength, minMentions: MIN_MENTIONS, bootstrapSeed: BOOTSTRAP_SEED, bootstrapResamples: BOOTSTRAP_RESAMPLES },
    variants: variantStats,
    categories: categoryStats,
    divergence,
    distinctiveTerms: distinctiveTerms(
      outlets.map((o) => ({ outlet: o.scores.outlet, words: o.scores.words, articles: o.articles.length, vocabulary: o.vocabulary })),
      priorStrength,
    ),
  };
}
