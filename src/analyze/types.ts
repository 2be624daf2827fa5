import type { Article } from '../corpus/types.js';
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

/** An article that was read but not analysed, and why (it has no words to count). */
export interface SkippedArticle {
  article: Article;
  reason: string;
}

export interface AnalysisResult {
  corpus: { title?: string; description?: string };
  /** The analysed articles, in id order. */
  articles: ArticleAnalysis[];
  /** Articles with no words (empty, whitespace, only symbols), in id order: listed in every report, never silently dropped. */
  skipped: SkippedArticle[];
  outlets: OutletScores[];
  totals: { articles: number; skipped: number; outlets: number; words: number; hits: number };
  lexicons: LoadedLexicon[];
  variants: VariantInfo[];
  categories: CategoryDefinition[];
  wordCountRule: string;
}
