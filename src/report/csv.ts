import { stringify } from 'csv-stringify/sync';
import { withoutControlCharacters } from './format.js';
import { columnsOf, type CsvPath } from './outputs.js';

/** Rates are rounded to 6 places in CSV: enough for any figure, and stable across platforms. */
export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** An empty cell where a statistic does not exist (one article, no mentions), never a made-up 0. */
export function optional(n: number | null | undefined): number | string {
  return n === null || n === undefined ? '' : round(n);
}

export type CsvRow = (string | number)[];

/** How text cells are written: `safe` (the default) keeps spreadsheets from running them as formulas; `raw` writes them as they are (R, pandas). */
export type CsvCells = 'safe' | 'raw';

/** A cell a spreadsheet would run as a formula (OWASP, CSV injection): one starting with =, +, -, @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as written: control characters become U+FFFD (one character
 * for one, so lengths and offsets still agree), and unless `raw`, a cell that
 * starts like a formula gets a leading apostrophe, which spreadsheets show
 * as text and do not run. Numbers are written as numbers.
 */
function cell(value: string | number, cells: CsvCells): string | number {
  if (typeof value !== 'string') return value;
  const text = withoutControlCharacters(value);
  return cells === 'safe' && FORMULA_START.test(text) ? `'${text}` : text;
}

/** The header line of one of the report's CSV files, from the output registry. */
export function csvHeader(path: CsvPath): string {
  return stringify([[...columnsOf(path)]]);
}

/** Rows as CSV lines (no header); each row must have the registry's columns. */
export function csvRows(path: CsvPath, rows: CsvRow[], cells: CsvCells = 'safe'): string {
  const width = columnsOf(path).length;
  for (const row of rows) if (row.length !== width) throw new Error(`${path}: a row of ${row.length} cells, not ${width}`);
  return rows.length === 0 ? '' : stringify(rows.map((row) => row.map((value) => cell(value, cells))));
}

/** A whole CSV file: header and rows. */
export function csvFile(path: CsvPath, rows: CsvRow[], cells: CsvCells = 'safe'): string {
  return csvHeader(path) + csvRows(path, rows, cells);
}
