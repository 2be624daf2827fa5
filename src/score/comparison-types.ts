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
  /** 95 % bootstrap interval of the rate over the outlet's articles; null for one article. */
  rateLow: number | null;
  rateHigh: number | null;
  /** Log-odds z of this outlet against the pooled other outlets (per word); null when it cannot be computed. */
  logOddsZ: number | null;
  /** Fewer than MIN_MENTIONS mentions of the referent, or one article: show, never rank or colour as significant. */
  smallSample: boolean;
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
}

/** Jensen–Shannon divergence between two outlets' naming choices (all variants), base 2, in [0, 1]. */
export interface DivergenceCell {
  a: string;
  b: string;
  jsd: number | null;
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
    bootstrapSeed: number;
    bootstrapResamples: number;
  };
  variants: VariantStat[];
  categories: CategoryStat[];
  divergence: DivergenceCell[];
  distinctiveTerms: DistinctiveTerm[];
}
