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

/** The outlet's own voice at the top level; quoted words and the headline and lede beside it, never mixed in. */
export interface ArticleScores extends Scores {
  articleId: string;
  outlet: string;
  quoted: Scores;
  top: Scores;
}

export interface OutletScores extends Scores {
  outlet: string;
  articles: number;
  quoted: Scores;
  top: Scores;
}

/** Words of a text by whose they are: the outlet's own (narrator), quoted, and own words in the headline and lede. */
export interface VoiceWords {
  own: number;
  quoted: number;
  top: number;
}

/**
 * Scores of a text by voice: the outlet's own words (the main figures, also
 * spread at the top level of ArticleScores and OutletScores), the words it
 * quoted, and its own words in the headline and lede, which weigh most with
 * readers.
 */
export interface VoiceScores {
  own: Scores;
  quoted: Scores;
  top: Scores;
}
