import type { Finding } from '../check.js';
import { shown, type AuditReport } from './types.js';

/** A finding as the JSON output gives it (schema: src/schemas/findings.schema.json). */
function findingJson(f: Finding) {
  return {
    rule: f.rule,
    level: f.level,
    message: f.message,
    match: f.match,
    suggestions: f.suggestions,
    line: f.start.line,
    column: f.start.column,
    endLine: f.end.line,
    endColumn: f.end.column,
    offset: f.start.offset,
    endOffset: f.end.offset,
    voice: f.voice,
    segment: f.segment,
    fix: f.fix ? { offset: f.fix.start, endOffset: f.fix.end, text: f.fix.text } : null,
  };
}

/** Every file checked, with its findings; columns in UTF-16 code units, offsets into the file as decoded. */
export function jsonFormat(report: AuditReport): string {
  const files = report.files.map(({ file, findings }) => ({ file, findings: shown(findings).map(findingJson) }));
  const all = files.flatMap((f) => f.findings);
  const count = (level: Finding['level']): number => all.filter((f) => f.level === level).length;
  const summary = { files: files.length, errors: count('error'), warnings: count('warning'), suggestions: count('suggestion'), fixable: all.filter((f) => f.fix !== null).length };
  return `${JSON.stringify({ tool: report.tool, columnKind: 'utf16CodeUnits', summary, files }, null, 2)}\n`;
}
