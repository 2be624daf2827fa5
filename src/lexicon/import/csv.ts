import { parse } from 'csv-parse/sync';
import { UserInputError, type Problem } from '../../errors.js';
import type { ImportedEntry } from './entries.js';

/**
 * Entries of a two-column CSV, `term,category`, as kept in a spreadsheet;
 * a header row with those names is optional. A category may be a path,
 * `referent/variant`.
 */
export function csvEntries(file: string, text: string): ImportedEntry[] {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    throw new UserInputError([{ file, line: e.lines, message: `not valid CSV: ${e.message ?? 'parse error'}`, expected: 'two columns, term and category, with quotes around a field that holds a comma' }]);
  }
  const problems: Problem[] = [];
  const entries: ImportedEntry[] = [];
  rows.forEach(({ record: row, info }, i) => {
    const line = info.lines;
    if (i === 0 && row[0]?.toLowerCase() === 'term' && row[1]?.toLowerCase() === 'category') return;
    const [term = '', category = ''] = row;
    if (row.length !== 2 || term === '' || category === '') {
      problems.push({ file, line, value: row.join(','), message: 'not a term and a category', expected: 'two non-empty columns: term,category (e.g. genocid*,loaded)' });
      return;
    }
    entries.push({ term, path: category.split('/').map((p) => p.trim()).filter((p) => p !== ''), line });
  });
  if (problems.length > 0) throw new UserInputError(problems);
  return entries;
}
