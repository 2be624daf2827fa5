import { jsonFormat } from './json.js';
import { lineFormat } from './line.js';
import { rdjsonlFormat } from './rdjsonl.js';
import { sarifFormat } from './sarif.js';
import { stylishFormat } from './stylish.js';
import type { AuditReport } from './types.js';

/** The audit's output formats by name: one file each, one function from findings to text. */
export const FORMATS = {
  stylish: stylishFormat,
  line: lineFormat,
  json: jsonFormat,
  sarif: sarifFormat,
  rdjsonl: rdjsonlFormat,
} satisfies Record<string, (report: AuditReport) => string>;

export type FormatName = keyof typeof FORMATS;

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export type { AuditReport } from './types.js';
