/** A count and what it is per 1,000 words of the text it was counted in. */
export interface Rate {
  count: number;
  ratePer1000Words: number;
}

export interface VariantShare {
  /** Hit id: lexicon/referent/variant. */
  id: string;
  count: number;
  /** count / mentions of the referent in the same text(s); 0 when the referent is not mentioned. */
  share: number;
}

/** How one text (or outlet) named one referent. */
export interface ReferentNaming {
  /** lexicon/referent */
  id: string;
  mentions: number;
  variants: VariantShare[];
}

export interface Scores {
  words: number;
  hits: number;
  ratePer1000Words: number;
  /** Keyed by variant id, only variants that occur, in id order. */
  byVariant: Record<string, Rate>;
  /** Keyed by category id, every category of the run (zeros included). */
  byCategory: Record<string, Rate>;
  /** For an outlet, every referent of the run with every variant (zeros included), so outlets line up; for an article, only the referents and variants that occur. */
  referents: ReferentNaming[];
}

export interface ArticleScores extends Scores {
  articleId: string;
  outlet: string;
}

export interface OutletScores extends Scores {
  outlet: string;
  articles: number;
}
