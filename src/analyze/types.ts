import type { Article } from '../corpus/types.js';
import type { Override } from '../lexicon/combine.js';
import type { CategoryDefinition, LoadedLexicon } from '../lexicon/types.js';
import type { ArticleScores, OutletScores } from '../score/types.js';
import type { Comparison } from '../score/comparison-types.js';
import type { SharedCopyGroup } from '../syndication/types.js';
import type { CountingPlan } from '../syndication/counting.js';
import type { StructurePatterns } from '../structure/patterns.js';
import type { ArticleStructure, Speaker } from '../structure/types.js';
import type { PartWords } from '../structure/word-counts.js';
import type { VariantInfo, VoicedHit } from '../tag/types.js';
import type { QuoteGroup } from '../structure/compare-quotes.js';

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

/** One story of a corpus that holds several, compared on its own. */
export interface StoryAnalysis {
  story: string;
  articles: string[];
  outlets: OutletScores[];
  comparison: Comparison;
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
  comparison: Comparison;
  /** Groups of articles that print the same copy. */
  sharedCopies: SharedCopyGroup[];
  /** How articles were counted: with countSharedOnce, which copies were left out and under which outlet each group was counted. */
  counting: CountingPlan;
  /** Per story, when the corpus holds more than one; empty otherwise. */
  stories: StoryAnalysis[];
  totals: { articles: number; skipped: number; outlets: number; words: number; hits: number };
  /** The lexicon files of the run, as given. */
  lexicons: LoadedLexicon[];
  /** The lexicons as matched: with the variants that extending lexicons replaced or added. */
  matched: LoadedLexicon[];
  overrides: Override[];
  variants: VariantInfo[];
  categories: CategoryDefinition[];
  wordCountRule: string;
  /** Everyone quoted anywhere in the corpus, one per id, under the fullest name seen; in id order. */
  speakers: Speaker[];
  /** The same statement as quoted (or paraphrased) by different outlets. */
  quoteGroups: QuoteGroup[];
  includeBoilerplate: boolean;
  /** The structure patterns the run used (the bundled ones, plus a user's). */
  structurePatterns: StructurePatterns;
}
