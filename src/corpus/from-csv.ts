import { parse } from 'csv-parse/sync';
import { UserInputError, type Problem } from '../errors.js';
import { sortArticles } from './sort.js';
import type { Article, ArticleFacts, Corpus } from './types.js';

/** The article fields a spreadsheet's columns can give. */
export const CSV_FIELDS = ['text', 'outlet', 'title', 'date', 'url', 'id', 'byline'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Column names tried, in order, for a field the user does not name (compared without case): Media Cloud's among them. */
export const DEFAULT_COLUMNS: Record<CsvField, string[]> = {
  text: ['text', 'body', 'content', 'article', 'story_text'],
  outlet: ['outlet', 'media_name', 'publisher', 'source_name', 'media'],
  title: ['title', 'headline'],
  date: ['publish_date', 'date', 'published', 'publication_date', 'pub_date'],
  url: ['url', 'link'],
  id: ['id', 'stories_id', 'story_id'],
  byline: ['byline', 'author', 'authors'],
};

export interface CsvOptions {
  /** `,` for CSV (the default), a tab for TSV. */
  delimiter?: string;
  /** Column names the user gave, by field. */
  columns?: Partial<Record<CsvField, string>>;
}

/** Which column holds which field, found once from the header row. */
export interface CsvLayout {
  file: string;
  header: string[];
  column: Partial<Record<CsvField, number>>;
}

const OPTION: Record<CsvField, string> = {
  text: '--text-column',
  outlet: '--outlet-column',
  title: '--title-column',
  date: '--date-column',
  url: '--url-column',
  id: '--id-column',
  byline: '--byline-column',
};

/** The header row read: where each field is, refusing a named column that is not there or a corpus without text or outlet. */
export function csvLayout(file: string, header: string[], columns: CsvOptions['columns'] = {}): CsvLayout {
  const names = header.map((h) => h.trim().toLowerCase());
  const problems: Problem[] = [];
  const column: CsvLayout['column'] = {};
  const listed = header.map((h) => JSON.stringify(h)).join(', ');
  for (const field of CSV_FIELDS) {
    const wanted = columns[field];
    if (wanted !== undefined) {
      const at = names.indexOf(wanted.trim().toLowerCase());
      if (at < 0) problems.push({ file, line: 1, message: `no column ${JSON.stringify(wanted)} (${OPTION[field]})`, value: wanted, expected: `one of the columns in the header row: ${listed}` });
      else column[field] = at;
      continue;
    }
    const at = DEFAULT_COLUMNS[field].map((name) => names.indexOf(name)).find((i) => i >= 0);
    if (at !== undefined) column[field] = at;
    else if (field === 'text' || field === 'outlet') {
      problems.push({
        file,
        line: 1,
        message: `no ${field} column`,
        value: header,
        expected: `a column named ${DEFAULT_COLUMNS[field].map((n) => JSON.stringify(n)).join(' or ')}, or ${OPTION[field]} NAME naming one of ${listed}`,
      });
    }
  }
  if (problems.length > 0) throw new UserInputError(problems);
  return { file, header, column };
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;

/**
 * One data row as an article. `line` is where the row starts in the file;
 * its id is the id column's value, else `row-<line>`.
 */
export function articleFromCsvRecord(layout: CsvLayout, record: string[], line: number): Article {
  const { file, column } = layout;
  const cell = (field: CsvField): string | undefined => {
    const at = column[field];
    const value = at === undefined ? undefined : record[at]?.trim();
    return value === '' ? undefined : value;
  };
  const problems: Problem[] = [];
  const outlet = cell('outlet');
  if (outlet === undefined) problems.push({ file, line, message: `empty outlet (column ${JSON.stringify(layout.header[column.outlet ?? 0])})`, expected: 'the outlet that published the article' });
  const date = cell('date');
  const day = date === undefined ? undefined : ISO_DATE.exec(date)?.[1];
  if (date !== undefined && day === undefined) {
    problems.push({ file, line, message: `not a date (column ${JSON.stringify(layout.header[column.date ?? 0])})`, value: date, expected: 'a date as YYYY-MM-DD, a time after it allowed (2024-05-09 or 2024-05-09 14:30:00)' });
  }
  if (problems.length > 0) throw new UserInputError(problems);
  const facts: Partial<ArticleFacts> = { title: cell('title'), date: day, url: cell('url'), byline: cell('byline') };
  return {
    ...(Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as Partial<ArticleFacts>),
    id: cell('id') ?? `row-${line}`,
    outlet: outlet as string,
    text: column.text === undefined ? '' : (record[column.text] ?? ''),
    source: `${file}:${line}`,
  };
}

interface Row {
  record: string[];
  info: { lines: number };
}

/** The rows of a CSV or TSV text with the line each starts on; a malformed file is the user's error, with its line. */
export function csvRows(file: string, text: string, delimiter = ','): { record: string[]; line: number }[] {
  let rows: Row[];
  try {
    rows = parse(text, { bom: true, delimiter, skip_empty_lines: true, info: true, relax_quotes: delimiter === '\t' }) as unknown as Row[];
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    const kind = delimiter === '\t' ? 'TSV' : 'CSV';
    throw new UserInputError([{ file, line: e.lines, message: `not valid ${kind}: ${e.message ?? 'parse error'}`, expected: `${kind} with a header row, the same number of columns in every row, and quotes around a field that holds the delimiter, a quote or a line break` }]);
  }
  let previousEnd = 0;
  return rows.map(({ record, info }) => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    return { record, line };
  });
}

/** A CSV or TSV corpus: a header row, then one article a row. Every bad row is reported, not just the first. */
export function corpusFromCsv(file: string, text: string, options: CsvOptions = {}): Corpus {
  const [header, ...rows] = csvRows(file, text, options.delimiter);
  if (header === undefined) throw new UserInputError([{ file, message: 'the file is empty', expected: 'a header row naming the columns, then one article a row' }]);
  const layout = csvLayout(file, header.record, options.columns);
  const problems: Problem[] = [];
  const articles: Article[] = [];
  const ids = new Map<string, number>();
  for (const { record, line } of rows) {
    let article: Article;
    try {
      article = articleFromCsvRecord(layout, record, line);
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      problems.push(...error.problems);
      continue;
    }
    const first = ids.get(article.id);
    if (first !== undefined) {
      problems.push({ file, line, value: article.id, message: `duplicate article id (first on line ${first})`, expected: 'a unique id for each row' });
      continue;
    }
    ids.set(article.id, line);
    articles.push(article);
  }
  if (problems.length > 0) throw new UserInputError(problems);
  if (articles.length === 0) throw new UserInputError([{ file, message: 'the corpus has no articles', expected: 'a header row, then at least one row with an article' }]);
  return { articles: sortArticles(articles) };
}
