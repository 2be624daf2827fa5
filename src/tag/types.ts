import type { Distancing } from '../lexicon/types.js';
import type { SegmentKind } from '../structure/types.js';

/** One framing marker found in an article. `text` is exactly `article.text.slice(start, end)`. */
export interface Hit {
  /** Stable id: lexicon/referent/variant. */
  id: string;
  lexicon: string;
  referent: string;
  variant: string;
  category: string;
  start: number;
  end: number;
  text: string;
  /** Index of the sentence the hit is in. */
  sentence: number;
}

/** What the tagger knows about a variant it can report. */
export interface VariantInfo {
  id: string;
  lexicon: string;
  referent: string;
  /** lexicon/referent: the unit within which a span counts once. */
  referentKey: string;
  variant: string;
  category: string;
  /** Order of declaration across all lexicons; breaks ties deterministically. */
  order: number;
  /** Set when the variant counts only where the outlet distances itself from the name. */
  distanced?: Distancing[];
}

/** Whose words a hit is in: the outlet's own, someone quoted, or page furniture that is not the article. */
export type Voice = 'narrator' | 'quoted' | 'boilerplate';

/** A hit placed in its article's structure. */
export interface VoicedHit extends Hit {
  voice: Voice;
  /** The quoted speaker's id when the voice is `quoted` and the speaker is known; otherwise null. */
  speaker: string | null;
  /** The kind of segment the hit starts in. */
  segment: SegmentKind;
}
