import type { AttributionKind, QuoteKind, SegmentKind } from '../structure/types.js';
import type { Voice } from '../tag/types.js';

/** Reader-facing names of the parts of an article, voices and kinds of quotation. */
export const SEGMENT_LABEL: Record<SegmentKind, string> = {
  headline: 'Headline',
  subhead: 'Subhead',
  byline: 'Byline',
  dateline: 'Dateline',
  caption: 'Caption or credit',
  lede: 'Lede',
  body: 'Body',
  boilerplate: 'Boilerplate, not counted',
};

export const VOICE_LABEL: Record<Voice, string> = { narrator: 'Outlet’s own voice', quoted: 'Quoted', boilerplate: 'Boilerplate' };

export const QUOTE_KIND_LABEL: Record<QuoteKind, string> = {
  direct: 'in quotation marks',
  partial: 'a few words in quotation marks, attributed by the sentence',
  scare: 'scare quotes: the outlet’s own distance, no one quoted',
  unmarked: 'without quotation marks',
  transcript: 'transcript',
  block: 'block quotation',
};

export const ATTRIBUTION_LABEL: Record<AttributionKind, string> = {
  explicit: 'named next to the quotation',
  pronoun: '“he/she said” (“it said”), resolved to the nearest named person (institution) before',
  role: 'a description (“the spokesman”), resolved to the nearest named person before who fits it, else its institution',
  paragraph: 'named for another quotation in the same paragraph',
  context: 'the person the paragraph before is about',
  label: 'transcript speaker label',
  none: 'unknown',
};
