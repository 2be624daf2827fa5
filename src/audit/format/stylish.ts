import type { Finding } from '../check.js';
import { shown, type AuditReport } from './types.js';

const STYLES = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;
type Style = keyof typeof STYLES;

const LEVEL_STYLE: Record<Finding['level'], Style> = { error: 'red', warning: 'yellow', suggestion: 'cyan' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Findings grouped by file, aligned in columns, with a summary; coloured only when `color` (a terminal). Nothing at all when clean. */
export function stylishFormat(report: AuditReport): string {
  const paint = (style: Style, s: string): string => (report.color ? `\u001b[${STYLES[style][0]}m${s}\u001b[${STYLES[style][1]}m` : s);
  const counts = { error: 0, warning: 0, suggestion: 0 };
  let fixable = 0;
  let out = '';
  for (const { file, findings } of report.files) {
    const visible = shown(findings);
    if (visible.length === 0) continue;
    const places = visible.map((f) => `${f.start.line}:${f.start.column}`);
    const placeWidth = Math.max(...places.map((p) => p.length));
    const messageWidth = Math.min(80, Math.max(...visible.map((f) => f.message.length)));
    out += `\n${paint('underline', file)}\n`;
    visible.forEach((f, i) => {
      counts[f.level]++;
      if (f.fix) fixable++;
      const level = paint(LEVEL_STYLE[f.level], f.level.padEnd(10));
      out += `  ${paint('dim', (places[i] as string).padEnd(placeWidth))}  ${level}  ${f.message.padEnd(messageWidth)}  ${paint('dim', f.rule)}\n`;
    });
  }
  const total = counts.error + counts.warning + counts.suggestion;
  if (total === 0) return '';
  const worst: Style = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'cyan';
  out += `\n${paint(worst, paint('bold', `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.suggestion, 'suggestion')})`))}\n`;
  if (fixable > 0) out += `  ${fixable} of them can be fixed with --fix (--fix-dry-run shows the changes)\n`;
  return out;
}
