import { shown, type AuditReport } from './types.js';

const SEVERITY = { error: 'ERROR', warning: 'WARNING', suggestion: 'INFO' } as const;

/** reviewdog's diagnostic format, one JSON object a line; its columns count UTF-8 bytes, so they are converted. */
export function rdjsonlFormat(report: AuditReport): string {
  const links = new Map(report.rules.map((r) => [r.id, r.link]));
  return report.files
    .flatMap(({ file, findings }) =>
      shown(findings).map((f) => {
        const range = {
          start: { line: f.start.line, column: report.byteColumn(file, f.start.offset) },
          end: { line: f.end.line, column: report.byteColumn(file, f.end.offset) },
        };
        const link = links.get(f.rule);
        const diagnostic = {
          message: f.message,
          location: { path: file, range },
          severity: SEVERITY[f.level],
          source: { name: report.tool.name },
          code: { value: f.rule, ...(link ? { url: link } : {}) },
          ...(f.fix ? { suggestions: [{ range, text: f.fix.text }] } : {}),
        };
        return `${JSON.stringify(diagnostic)}\n`;
      }),
    )
    .join('');
}
