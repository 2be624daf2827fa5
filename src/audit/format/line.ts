import { shown, type AuditReport } from './types.js';

/** `file:line:col: level rule-id message`, one a line: what editors' problem matchers read. */
export function lineFormat(report: AuditReport): string {
  return report.files
    .flatMap(({ file, findings }) => shown(findings).map((f) => `${file}:${f.start.line}:${f.start.column}: ${f.level} ${f.rule} ${f.message}\n`))
    .join('');
}
