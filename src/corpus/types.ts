/**
 * What a marked-up source (an HTML page, a Markdown file) says a stretch of the
 * article text is, so that the structure stage takes it as given instead of
 * guessing from plain text. `blockquote` is someone's words set off as a block.
 * `pullquote` is a passage the page repeats in display type (a pull quote):
 * its words are already in the article, so it is kept in the text but, like
 * page furniture, counted as boilerplate (not a second time as the outlet's
 * words, nor as a second quotation).
 */
export type MarkupKind = 'headline' | 'subhead' | 'byline' | 'dateline' | 'caption' | 'boilerplate' | 'blockquote' | 'pullquote';

/** `text.slice(start, end)` of the article is of this kind; spans do not overlap and are in text order. */
export interface MarkupSpan {
  start: number;
  end: number;
  kind: MarkupKind;
}

/** One news article as read: `text` is exactly what the file held (decoded), and every offset refers to it. */
export interface Article {
  id: string;
  outlet: string;
  text: string;
  /** Where the article came from: a file name, or a JSONL file and line. */
  source: string;
  title?: string;
  date?: string;
  url?: string;
  outletShort?: string;
  country?: string;
  ownership?: string;
  byline?: string;
  wireSource?: string;
  notes?: string;
  /** The story the article tells, when the corpus holds several. */
  story?: string;
  /** Text of the line where the article ends: it and everything after it are boilerplate (overrides the structure patterns). */
  bodyEnds?: string;
  /** Texts whose lines are boilerplate in this article. */
  boilerplate?: string[];
  /**
   * Parts the source format marks explicitly (HTML, Markdown); absent for plain text. When present, the
   * source's headings and captions are taken to be all marked: a line outside the spans is not guessed
   * to be a headline, caption or subhead by its shape (the structure patterns still apply to it).
   */
  markup?: MarkupSpan[];
  /** Where `text` was taken out of a richer source (a web page): offsets refer to `text`, not to the source file, whose digest is kept. */
  origin?: ArticleOrigin;
}

/** The source an article's text was extracted from: its format and the SHA-256 of its bytes as read. */
export interface ArticleOrigin {
  format: 'html';
  sha256: string;
}

export interface Corpus {
  title?: string;
  description?: string;
  articles: Article[];
}

/** The facts a manifest entry or JSONL line may carry besides file/id/text. */
export type ArticleFacts = Omit<Article, 'id' | 'text' | 'source'>;
