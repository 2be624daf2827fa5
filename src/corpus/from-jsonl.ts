import articleSchema from '../schemas/article-line.schema.json' with { type: 'json' };
import { UserInputError, type Problem } from '../errors.js';
import type { DataFile } from '../schema/data-file.js';
import { schemaProblems } from '../schema/validate.js';
import { pickFacts } from './facts.js';
import { sortArticles } from './sort.js';
import type { Article, Corpus } from './types.js';

interface ArticleLine {
  id: string;
  outlet: string;
  text: string;
  [fact: string]: unknown;
}

/** One line of a JSONL corpus as an article, or what is wrong with it; `lineNo` counts from 1. Blank lines give neither. */
export function articleFromLine(file: string, lineNo: number, line: string): { article?: Article; problems: Problem[] } {
  if (line.trim() === '') return { problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { problems: [{ file, line: lineNo, message: `not valid JSON: ${(error as Error).message}`, expected: 'one JSON object per line' }] };
  }
  const data: DataFile = { file, value, locate: () => ({ line: lineNo, column: 1 }) };
  const lineProblems = schemaProblems(articleSchema, data);
  if (lineProblems.length > 0) return { problems: lineProblems };
  const record = value as ArticleLine;
  return { article: { ...pickFacts(record), id: record.id, outlet: record.outlet, text: record.text, source: `${file}:${lineNo}` }, problems: [] };
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
