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
}

export interface Corpus {
  title?: string;
  description?: string;
  articles: Article[];
}

/** The facts a manifest entry or JSONL line may carry besides file/id/text. */
export type ArticleFacts = Omit<Article, 'id' | 'text' | 'source'>;
