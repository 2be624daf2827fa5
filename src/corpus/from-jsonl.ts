import articleSchema from '../schemas/article-line.schema.json' with { type: 'json' };
import { UserInputError, type Problem } from '../errors.js';
import type { DataFile } from '../schema/data-file.js';
import { schemaProblems } from '../schema/validate.js';
import { pickFacts } from './facts.js';
import { articleFromHtml, sha256 } from './from-html.js';
import { sortArticles } from './sort.js';
import type { Article, Corpus } from './types.js';

interface ArticleLine {
  id: string;
  outlet?: string;
  text?: string;
  html?: string;
  [fact: string]: unknown;
}

/**
 * One line of a JSONL corpus as an article: its `text`, or the article
 * extracted from its `html` (a web page, whose outlet defaults to the one it
 * names). Throws the line's problems.
 */
export function articleFromJsonLine(file: string, lineNo: number, line: string): Article {
  const at = { file, line: lineNo };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new UserInputError([{ ...at, message: `not valid JSON: ${(error as Error).message}`, expected: 'one JSON object per line' }]);
  }
  const data: DataFile = { file, value, locate: () => ({ line: lineNo, column: 1 }) };
  const problems = schemaProblems(articleSchema, data);
  if (problems.length > 0) throw new UserInputError(problems);
  const record = value as ArticleLine;
  const source = `${file}:${lineNo}`;
  if ((record.text === undefined) === (record.html === undefined)) {
    throw new UserInputError([{ ...at, pointer: '', message: 'a line needs either "text" or "html", not both', value: Object.keys(record), expected: '"text" (the article as plain text) or "html" (its web page)' }]);
  }
  if (record.html !== undefined) {
    return articleFromHtml(source, record.html, { ...pickFacts(record), id: record.id }, sha256(new TextEncoder().encode(record.html)));
  }
  if (record.outlet === undefined) {
    throw new UserInputError([{ ...at, pointer: '/outlet', message: 'missing property "outlet"', expected: 'an "outlet": the outlet that published the article (only a line with "html" can take it from the page)' }]);
  }
  return { ...pickFacts(record), id: record.id, outlet: record.outlet, text: record.text as string, source };
}

/** One line of a JSONL corpus as an article, or what is wrong with it; `lineNo` counts from 1. Blank lines give neither. */
export function articleFromLine(file: string, lineNo: number, line: string): { article?: Article; problems: Problem[] } {
  if (line.trim() === '') return { problems: [] };
  try {
    return { article: articleFromJsonLine(file, lineNo, line), problems: [] };
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    return { problems: error.problems };
  }
}

/** The problem of an id seen before, on line `first`. */
export function duplicateId(file: string, lineNo: number, id: string, first: number): Problem {
  return { file, line: lineNo, pointer: '/id', value: id, message: `duplicate article id (first on line ${first})`, expected: 'a unique id for each article' };
}

export function noArticles(file: string): UserInputError {
  return new UserInputError([{ file, message: 'the corpus has no articles', expected: 'at least one line {"id", "outlet", "text"}' }]);
}

/** A JSONL corpus: one article per line; blank lines are allowed. Every bad line is reported, not just the first. */
export function corpusFromJsonl(file: string, text: string): Corpus {
  const problems: Problem[] = [];
  const articles: Article[] = [];
  const ids = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    const { article, problems: found } = articleFromLine(file, lineNo, line);
    problems.push(...found);
    if (!article) return;
    const first = ids.get(article.id);
    if (first !== undefined) {
      problems.push(duplicateId(file, lineNo, article.id, first));
      return;
    }
    ids.set(article.id, lineNo);
    articles.push(article);
  });

  if (problems.length > 0) throw new UserInputError(problems);
  if (articles.length === 0) throw noArticles(file);
  return { articles: sortArticles(articles) };
}
