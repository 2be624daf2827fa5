import { parseMarkdown, type SourceComment } from '../corpus/markdown.js';
import { identityMap, type OffsetMap } from '../corpus/offset-map.js';
import type { Article, MarkupSpan } from '../corpus/types.js';

/** The kinds of file the audit reads. */
export type DocumentFormat = 'text' | 'markdown';

/** A file as the audit reads it: the source as written, the article text checked, and the way from one to the other. */
export interface AuditDocument {
  /** How the file is named in findings. */
  file: string;
  format: DocumentFormat;
  source: string;
  text: string;
  markup: MarkupSpan[];
  facts: Partial<Article>;
  map: OffsetMap;
  comments: SourceComment[];
  /** Source offsets where fixes must not go (front matter: YAML has its own quoting). */
  frozen: { start: number; end: number }[];
}

/** The format a file name says: .md and .markdown are Markdown, anything else plain text. */
export function formatOfName(name: string): DocumentFormat {
  return /\.(md|markdown)$/i.test(name) ? 'markdown' : 'text';
}

/** Reads a decoded file as the audit sees it: Markdown parsed (front matter checked), plain text as it is. */
export function auditDocument(file: string, source: string, format: DocumentFormat = formatOfName(file)): AuditDocument {
  if (format === 'text') return { file, format, source, text: source, markup: [], facts: {}, map: identityMap(source.length), comments: [], frozen: [] };
  const md = parseMarkdown(file, source);
  return { file, format, source, text: md.text, markup: md.markup, facts: md.facts, map: md.map, comments: md.comments, frozen: md.frontMatter ? [md.frontMatter] : [] };
}

/** An article of a corpus (already read, Markdown already parsed) as the audit sees it: its text is its own source. */
export function documentOfArticle(article: Article): AuditDocument {
  return {
    file: article.source,
    format: 'text',
    source: article.text,
    text: article.text,
    markup: article.markup ?? [],
    facts: { ...(article.title === undefined ? {} : { title: article.title }), ...(article.date === undefined ? {} : { date: article.date }) },
    map: identityMap(article.text.length),
    comments: [],
    frozen: [],
  };
}
