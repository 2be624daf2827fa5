/** A stretch of an article's text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export type GoldQuoteKind = 'direct' | 'partial' | 'unmarked' | 'transcript' | 'block' | 'scare';
export type GoldSegmentKind = 'headline' | 'subhead' | 'byline' | 'dateline' | 'caption' | 'body' | 'furniture';
export type MarkerVoice = 'narrator' | 'quoted' | 'boilerplate';

/** A naming marker: `id` is lexicon/referent/variant; `voice` is given by the tool, and derived from the quotations and segments for a person's annotation. */
export interface MarkerSpan extends Span {
  id: string;
  voice?: MarkerVoice;
}

/** A quotation or scare quote; `speakers` are the speaker ids a reader accepts (several names of one speaker), empty when nobody can tell. */
export interface QuoteSpan extends Span {
  kind: GoldQuoteKind;
  speakers: string[];
}

/** One line of the article and what it is. */
export interface LineSegment extends Span {
  kind: GoldSegmentKind;
}

/** Everything annotated in one article, by a person or by framelens, with offsets resolved. */
export interface ArticleAnnotation {
  article: string;
  /** Lexicon ids whose markers were annotated: markers of other lexicons are not compared. */
  lexicons: string[];
  markers: MarkerSpan[];
  quotes: QuoteSpan[];
  /** Every line of the article, in order (a line not listed by the annotator is body). */
  lines: LineSegment[];
  /** Datelines, apart from the lines they open. */
  datelines: Span[];
}
