/**
 * What a page marks a stretch of its article as: the headline, a subhead
 * (h2–h6 inside the article), someone's words set off as a block quotation,
 * or a pull quote (a passage the page repeats in display type).
 */
export type PageSpanKind = 'headline' | 'subhead' | 'blockquote' | 'pullquote';

/** `text.slice(start, end)` is of this kind; spans do not overlap and are in text order. */
export interface PageSpan {
  start: number;
  end: number;
  kind: PageSpanKind;
}

/** What the page says about itself, from its JSON-LD, OpenGraph and meta tags (first found wins, in that order). */
export interface PageMetadata {
  title?: string;
  /** Publication date, YYYY-MM-DD. */
  date?: string;
  /** Authors, joined with ", ". */
  author?: string;
  publisher?: string;
  siteName?: string;
  /** The canonical address: JSON-LD url, link rel=canonical or og:url. */
  url?: string;
  language?: string;
  description?: string;
}

/**
 * An article taken out of a web page. `text` is the headline, a blank line
 * and the body, one paragraph a line with blank lines between them; every
 * span refers to `text`.
 */
export interface ExtractedPage extends PageMetadata {
  text: string;
  markup: PageSpan[];
  /** Words of body text (without the headline); 0 when the page holds no article. */
  bodyWords: number;
}
