/** Two articles that share most of their text. */
export interface SharedPair {
  a: string;
  b: string;
  /** Jaccard similarity of their 5-word shingles, in [0, 1]. */
  similarity: number;
}

/** How one copy differs from another, paragraph by paragraph. */
export interface CopyDifference {
  kind: 'added' | 'cut' | 'reworded';
  /** The paragraph in this copy (added, reworded) or in the other (cut). */
  text: string;
  /** For a reworded paragraph, the other copy's version and how alike they read. */
  other?: string;
  similarity?: number;
}

export interface SharedCopyGroup {
  /** Article ids, in id order. */
  articles: string[];
  /** The same articles with their outlet and title, for listing them. */
  members: { id: string; outlet: string; title: string | null }[];
  pairs: SharedPair[];
  /** Share of text in common: the lowest pairwise similarity in the group. */
  minSimilarity: number;
  /** The agency named by the manifest (wireSource), when any member names one. */
  agency?: string;
  /** For each member after the first: how it differs from the first. */
  differences: { article: string; against: string; titleChanged: boolean; changes: CopyDifference[] }[];
}
