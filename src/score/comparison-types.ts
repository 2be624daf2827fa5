/** How one outlet used one variant, with how sure each figure is. */
export interface VariantStat {
  outlet: string;
  /** Variant id: lexicon/referent/variant. */
  id: string;
  /** Referent key: lexicon/referent. */
  referent: string;
  count: number;
  /** The outlet's mentions of the referent, all variants. */
  mentions: number;
  share: number;
  /** 95 % Wilson interval of the share; null when the outlet never mentions the referent. */
  shareLow: number | null;
  shareHigh: number | null;
  ratePer1000Words: number;
  /** 95 % bootstrap interval of the rate over the outlet's articles; null for one article; flagged (smallSample) below MIN_ARTICLES. */
  rateLow: number | null;
  rateHigh: number | null;
  /** Log-odds z of this outlet against the pooled other outlets (per word); null when it cannot be computed. */
  logOddsZ: number | null;
  /** Fewer than MIN_MENTIONS mentions of the referent, or fewer than MIN_ARTICLES articles: show, never rank or colour as significant, never as a precise interval. */
  smallSample: boolean;
  /** 'over' or 'under' the other outlets when |z| ≥ 1.96 on a sample that is not small; null otherwise. */
  difference: 'over' | 'under' | null;
}

/** How densely one outlet used one category. */
export interface CategoryStat {
  outlet: string;
  id: string;
  count: number;
  ratePer1000Words: number;
  rateLow: number | null;
  rateHigh: number | null;
  logOddsZ: number | null;
  smallSample: boolean;
  difference: 'over' | 'under' | null;
}

/**
 * Jensen–Shannon divergence between every two outlets' naming choices (all
 * variants), base 2, in [0, 1]: `jsd[i][j]` is between `outlets[i]` and
 * `outlets[j]`; null where either has no hit. A matrix, not a list of pairs:
 * with thousands of outlets a pair each would not fit in memory.
 */
export interface Divergence {
  outlets: string[];
  jsd: (number | null)[][];
}

/** A word an outlet used more than the others, beyond the lexicons. */
export interface DistinctiveTerm {
  outlet: string;
  term: string;
  count: number;
  ratePer1000Words: number;
  logOddsZ: number;
  smallSample: boolean;
}

export interface Comparison {
  method: {
    confidence: number;
    priorStrength: number;
    minMentions: number;
    /** Outlets with fewer articles than this are flagged as small samples, whatever their counts. */
    minArticles: number;
    /** Poisson bootstrap: each article weighted in each replicate by a Poisson(1) draw seeded by its id. */
    bootstrap: 'poisson';
    bootstrapSeed: number;
    bootstrapResamples: number;
  };
  variants: VariantStat[];
  categories: CategoryStat[];
  divergence: Divergence;
  distinctiveTerms: DistinctiveTerm[];
}
