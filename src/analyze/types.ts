import type { Article } from '../corpus/types.js';
import type { ArticleScores } from '../score/types.js';
import type { StructurePatterns } from '../structure/patterns.js';
import type { ArticleStructure } from '../structure/types.js';
import type { PartWords } from '../structure/word-counts.js';
import type { VoicedHit } from '../tag/types.js';

export interface AnalyzeOptions {
  /**
   * Worker threads to share the articles between: 0 analyses in this thread;
   * 'auto' (the default) uses up to the machine's cores when the corpus is
   * large enough to repay starting them. Results are the same either way.
   */
  workers?: number | 'auto';
  /** Characters of text per batch handed to a worker (tuning and tests; the default suits 2–4 cores). */
  batchChars?: number;
  /** Count a group of shared copies (the same wire story on several sites) once, under the agency where the manifest names one. */
  countSharedOnce?: boolean;
  /** α₀, the strength of the log-odds prior in pseudo-words (default: the corpus's word count, i.e. the pooled counts are the prior). */
  priorStrength?: number;
  /** Patterns for the parts of a page (default: the bundled ones; see extendPatterns to add a user's). */
  structure?: StructurePatterns;
  /** Count boilerplate as the outlet's own words (default false: it is left out of every count). */
  includeBoilerplate?: boolean;
}

/** What a thread needs besides the articles and lexicons: plain data, so it can be handed to worker threads. */
export interface StructureSettings {
  patterns: StructurePatterns;
  includeBoilerplate: boolean;
}

/** What tagging and scoring found in one article; all of it follows from the article and the lexicons. */
export interface ArticleFindings {
  /** Words of the article, boilerplate left out unless it was included. */
  words: number;
  partWords: PartWords;
  /** Every hit, boilerplate and quoted ones included, each with its voice. */
  hits: VoicedHit[];
  scores: ArticleScores;
  structure: ArticleStructure;
}

export interface ArticleAnalysis extends ArticleFindings {
  article: Article;
}

/**
 * Everything the later stages need from one article: its findings, and what
 * the corpus-wide steps compare across articles (its own-voice vocabulary,
 * its copy fingerprint and MinHash signature). Made per article, handed on,
 * and not kept: outputs are written from it and sums are added from it.
 */
export interface ArticleRecord extends ArticleAnalysis {
  /** Own-voice content terms and their counts, in term order. */
  vocabulary: [string, number][];
  /** Kept 5-word shingle hashes of the article without boilerplate, sorted, without repeats. */
  fingerprint: Uint32Array;
  /** MinHash signature of the fingerprint. */
  signature: Uint32Array;
}

/** An article that was read but not analysed, and why (it has no words to count). */
export interface SkippedArticle {
  article: Article;
  reason: string;
}
