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

/** A JSONL corpus: one article per line; blank lines are allowed. Every bad line is reported, not just the first. */
export function corpusFromJsonl(file: string, text: string): Corpus {
  const problems: Problem[] = [];
  const articles: Article[] = [];
  const ids = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ file, line: lineNo, message: `not valid JSON: ${(error as Error).message}`, expected: 'one JSON object per line' });
      return;
    }
    const data: DataFile = { file, value, locate: () => ({ line: lineNo, column: 1 }) };
    const lineProblems = schemaProblems(articleSchema, data);
    if (lineProblems.length > 0) {
      problems.push(...lineProblems);
      return;
    }
    const record = value as ArticleLine;
    const first = ids.get(record.id);
    if (first !== undefined) {
      problems.push({ file, line: lineNo, pointer: '/id', value: record.id, message: `duplicate article id (first on line ${first})`, expected: 'a unique id for each article' });
      return;
    }
    ids.set(record.id, lineNo);
    articles.push({ ...pickFacts(record), id: record.id, outlet: record.outlet, text: record.text, source: `${file}:${lineNo}` });
  });

  if (problems.length > 0) throw new UserInputError(problems);
  if (articles.length === 0) {
    throw new UserInputError([{ file, message: 'the corpus has no articles', expected: 'at least one line {"id", "outlet", "text"}' }]);
  }
  return { articles: sortArticles(articles) };
}
