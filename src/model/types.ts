import type { SkippedSummary } from '../analyze/partial.js';
import type { Override } from '../lexicon/combine.js';
import type { CategoryDefinition, LoadedLexicon } from '../lexicon/types.js';
import type { Comparison } from '../score/comparison-types.js';
import type { WordParts } from '../score/tally.js';
import type { OutletScores } from '../score/types.js';
import type { QuoteGroup } from '../structure/compare-quotes.js';
import type { StructurePatterns } from '../structure/patterns.js';
import type { Speaker } from '../structure/types.js';
import type { CountingPlan } from '../syndication/counting.js';
import type { SharedCopyGroup } from '../syndication/types.js';
import type { VariantInfo } from '../tag/types.js';

/** An outlet as the report shows it: its scores by voice, its short name, and its words by part. */
export interface OutletSummary extends OutletScores {
  /** The outletShort its first article gives (in id order), or the outlet's name. */
  short: string;
  parts: WordParts;
  boilerplateHits: number;
}

/** One story of a corpus that holds several, compared on its own. */
export interface StoryModel {
  story: string;
  articles: number;
  outlets: OutletSummary[];
  comparison: Comparison;
  words: number;
  hits: number;
}

/** One speaker as quoted by one outlet. */
export interface QuotedRow {
  /** Speaker id, null when unknown. */
  speaker: string | null;
  name: string;
  quotes: number;
  words: number;
  /** Share of the outlet's article words (boilerplate left out). */
  share: number;
}

export interface WhoIsQuoted {
  outlet: string;
  short: string;
  /** Most quoted words first. */
  rows: QuotedRow[];
}

/** Hits of one variant by one outlet in one period, every voice. */
export interface TimelineCount {
  period: string;
  outlet: string;
  variant: string;
  count: number;
}

export interface Timeline {
  unit: 'week' | 'month';
  /** Periods with dated articles, in order. */
  periods: string[];
  counts: TimelineCount[];
}

/** An article set aside (no words), as a partial result keeps it. */
export type SkippedModel = SkippedSummary;

/**
 * Everything the report says about a corpus beyond each article's own
 * page: made once, from the merged sums and the cross-article stage, and
 * handed to every view and export. Views lay it out; they do not count,
 * test or decide anything themselves. Its size grows with outlets ×
 * referents (and with groups of copies and quoted statements), not with
 * articles.
 */
export interface ReportModel {
  corpus: { title: string | null; description: string | null };
  totals: { articles: number; skipped: number; outlets: number; words: number; hits: number };
  dates: { first: string | null; last: string | null };
  outlets: OutletSummary[];
  comparison: Comparison;
  /** Per story, when the corpus holds more than one; empty otherwise. */
  stories: StoryModel[];
  speakers: Speaker[];
  whoIsQuoted: WhoIsQuoted[];
  quoteGroups: QuoteGroup[];
  sharedCopies: SharedCopyGroup[];
  counting: CountingPlan;
  /** Naming over time, when dated articles span more than one period. */
  timeline: Timeline | null;
  skipped: SkippedModel[];
  /** The lexicon files of the run, as given. */
  lexicons: LoadedLexicon[];
  /** The lexicons as matched: with the variants that extending lexicons replaced or added. */
  matched: LoadedLexicon[];
  overrides: Override[];
  variants: VariantInfo[];
  categories: CategoryDefinition[];
  wordCountRule: string;
  includeBoilerplate: boolean;
  countSharedOnce: boolean;
  structurePatterns: StructurePatterns;
}
