import { stringify } from 'csv-stringify/sync';
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

/** The header line of one of the report's CSV files, from the output registry. */
export function csvHeader(path: CsvPath): string {
  return stringify([[...columnsOf(path)]]);
}

/** Rows as CSV lines (no header); each row must have the registry's columns. */
export function csvRows(path: CsvPath, rows: CsvRow[]): string {
  const width = columnsOf(path).length;
  for (const row of rows) if (row.length !== width) throw new Error(`${path}: a row of ${row.length} cells, not ${width}`);
  return rows.length === 0 ? '' : stringify(rows);
}

/** A whole CSV file: header and rows. */
export function csvFile(path: CsvPath, rows: CsvRow[]): string {
  return csvHeader(path) + csvRows(path, rows);
}
