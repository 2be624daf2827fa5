import { createTwoFilesPatch } from 'diff';
import type { Finding, Fix } from './check.js';

export interface Fixed {
  source: string;
  /** Fixes applied; overlapping ones after the first are left for the next run. */
  applied: number;
}

/**
 * Applies the fixes of a file's findings to its source: each replaces the
 * matched words (never quoted ones: a finding carries a fix only in the desk's
 * own voice) with the rule's one suggestion. Suppressed findings are left alone.
 */
export function applyFixes(source: string, findings: Finding[]): Fixed {
  const fixes = findings
    .filter((f) => !f.suppressed && f.fix !== undefined)
    .map((f) => f.fix as Fix)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  let applied = 0;
  for (const fix of fixes) {
    if (fix.start < cursor) continue;
    out += source.slice(cursor, fix.start) + fix.text;
    cursor = fix.end;
    applied++;
  }
  return { source: out + source.slice(cursor), applied };
}

/** A unified diff of what fixing would change, for `--fix-dry-run`. */
export function fixDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const relative = !file.startsWith('/') && !file.startsWith('<');
  return createTwoFilesPatch(relative ? `a/${file}` : file, relative ? `b/${file}` : file, before, after, undefined, undefined, { context: 2 });
}
