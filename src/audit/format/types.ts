import type { Finding } from '../check.js';
import type { StyleRule } from '../style.js';

/** What every output format is given: the files checked with their findings (suppressed ones marked), and the rules. */
export interface AuditReport {
  tool: { name: string; version: string };
  files: { file: string; findings: Finding[] }[];
  rules: StyleRule[];
  /** Colour for a terminal (stylish only). */
  color: boolean;
  /** Per file, the place of each line start in UTF-8 bytes is needed by rdjsonl: columns are converted by this. */
  byteColumn: (file: string, offset: number) => number;
}

/** The findings a reader is shown: not those a comment suppressed. */
export const shown = (findings: Finding[]): Finding[] => findings.filter((f) => !f.suppressed);
