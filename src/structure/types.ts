/** The parts an article page is made of; `boilerplate` is page furniture that is not the article. */
export type SegmentKind = 'headline' | 'subhead' | 'byline' | 'dateline' | 'caption' | 'lede' | 'body' | 'boilerplate';

/** Parts of a page that are not the article's text and stay out of every count: furniture, photo captions and credits, bylines. */
export const OUT_OF_ARTICLE: ReadonlySet<SegmentKind> = new Set(['boilerplate', 'caption', 'byline']);

/** A stretch of the article text of one kind: `text.slice(start, end)`; segments do not overlap and are in text order. */
export interface Segment {
  start: number;
  end: number;
  kind: SegmentKind;
}

/**
 * direct: inside quotation marks; partial: a few of someone's words in marks
 * inside the outlet's sentence, which attributes them (`called it a “sham”`);
 * scare: marks by which the outlet distances itself from a word, with
 * nothing attributing it (`the “referendums”`, `the so-called "DNR"`): the
 * outlet's own voice, no one quoted; unmarked: attributed speech without
 * marks; transcript: after a speaker label; block: a block quotation the
 * source marks as such (HTML, Markdown).
 */
export type QuoteKind = 'direct' | 'partial' | 'scare' | 'unmarked' | 'transcript' | 'block';

/** Quotations in the outlet's own voice: a scare quote is the outlet distancing itself, not someone else speaking. */
export const OWN_VOICE_QUOTES: ReadonlySet<QuoteKind> = new Set(['scare']);

/**
 * How the speaker was found, so no attribution is a silent guess:
 * explicit (a name with a speech verb next to the quotation), pronoun or role
 * (`he said`, `the spokesman added`, resolved to the nearest fitting named
 * speaker), paragraph (another quotation in the same paragraph names the
 * speaker), context (the paragraph before names who is speaking), label (a
 * transcript speaker label), none.
 */
export type AttributionKind = 'explicit' | 'pronoun' | 'role' | 'paragraph' | 'context' | 'label' | 'none';

export interface Quote {
  /** Offsets of the whole quotation, marks included for a direct one. */
  start: number;
  end: number;
  kind: QuoteKind;
  /** Speaker id (see Speaker), or null when the speaker is unknown. */
  speaker: string | null;
  attribution: AttributionKind;
  /** A direct quotation whose closing mark never came; it runs to the end of its paragraph. */
  unclosed: boolean;
}

/** Someone quoted. `id` is stable across articles: the surname of a person, the whole name of an organisation. */
export interface Speaker {
  id: string;
  /** The fullest form of the name seen, without titles (e.g. "John Kirby"). */
  name: string;
  person: boolean;
}

export interface ArticleStructure {
  segments: Segment[];
  quotes: Quote[];
  speakers: Speaker[];
}

/** A line of text with its offsets, without the line break. */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
}
