import type { Article } from '../corpus/types.js';
import type { Override } from '../lexicon/combine.js';
import type { CategoryDefinition, LoadedLexicon } from '../lexicon/types.js';
import type { ArticleScores, OutletScores } from '../score/types.js';
import type { Hit, VariantInfo } from '../tag/types.js';

export interface AnalyzeOptions {
  /**
   * Worker threads to share the articles between: 0 analyses in this thread;
   * 'auto' (the default) uses up to the machine's cores when the corpus is
   * large enough to repay starting them. Results are the same either way.
   */
  workers?: number | 'auto';
  /** Characters of text per shard handed to a worker (tuning and tests; the default suits 2–4 cores). */
  shardChars?: number;
}

/** What tagging and scoring found in one article; all of it follows from the article and the lexicons. */
export interface ArticleFindings {
  words: number;
  hits: Hit[];
  scores: ArticleScores;
}

export interface ArticleAnalysis extends ArticleFindings {
  article: Article;
}

export interface AnalysisResult {
  corpus: { title?: string; description?: string };
  articles: ArticleAnalysis[];
  outlets: OutletScores[];
  totals: { articles: number; outlets: number; words: number; hits: number };
  /** The lexicon files of the run, as given. */
  lexicons: LoadedLexicon[];
  /** The lexicons as matched: with the variants that extending lexicons replaced or added. */
  matched: LoadedLexicon[];
  overrides: Override[];
  variants: VariantInfo[];
  categories: CategoryDefinition[];
  wordCountRule: string;
}
