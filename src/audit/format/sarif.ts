import { createHash } from 'node:crypto';
import type { Finding } from '../check.js';
import { UNKNOWN_RULE, UNUSED_DISABLE } from '../directives.js';
import type { AuditReport } from './types.js';

const SARIF_LEVEL = { error: 'error', warning: 'warning', suggestion: 'note' } as const;

/** Rules the audit itself reports, about suppression comments. */
const DIRECTIVE_RULES = [
  { id: UNUSED_DISABLE, level: 'error' as const, text: 'A framelens-disable comment that suppresses nothing.' },
  { id: UNKNOWN_RULE, level: 'warning' as const, text: 'A framelens-disable comment that names a rule the style file does not have.' },
];

/** A file path as a relative URI reference (each segment percent-encoded). */
function uriOf(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function region(start: Finding['start'], end: Finding['end']) {
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

/**
 * SARIF 2.1.0, one run: every rule of the style with its descriptions and
 * help, results with their regions in UTF-16 columns, a fingerprint that
 * survives edits elsewhere in the file (rule, file, matched words and which
 * occurrence of them), the one fix where there is one, and findings a
 * comment suppressed kept as suppressed `inSource`, as code-scanning tools expect.
 */
export function sarifFormat(report: AuditReport): string {
  const rules = [
    ...report.rules.map((r) => ({
      id: r.id,
      name: r.id,
      shortDescription: { text: r.message.replace(/\{match\}/g, '…').replace(/\{[a-z]+\}/g, '…') },
      fullDescription: { text: r.description ?? r.message },
      help: { text: [r.description ?? r.message, r.suggestions.length > 0 ? `Write instead: ${r.suggestions.join('; ')}.` : '', r.link ?? ''].filter((s) => s !== '').join('\n') },
      ...(r.link ? { helpUri: r.link } : {}),
      defaultConfiguration: { level: SARIF_LEVEL[r.level] },
      properties: { scope: [r.quoted ? 'own+quoted' : 'own', ...r.parts], ...(r.limit === undefined ? {} : { limitPer1000Words: r.limit }) },
    })),
    ...DIRECTIVE_RULES.map((r) => ({ id: r.id, name: r.id, shortDescription: { text: r.text }, fullDescription: { text: r.text }, help: { text: r.text }, defaultConfiguration: { level: SARIF_LEVEL[r.level] } })),
  ];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.files.flatMap(({ file, findings }) => {
    const seen = new Map<string, number>();
    return findings.map((f) => {
      const key = `${f.rule}\u0000${f.match.toLowerCase()}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      const fingerprint = createHash('sha256').update(`${f.rule}\u0000${file}\u0000${f.match.toLowerCase()}\u0000${nth}`).digest('hex').slice(0, 32);
      const artifactLocation = { uri: uriOf(file), uriBaseId: '%SRCROOT%' };
      return {
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule) ?? -1,
        level: SARIF_LEVEL[f.level],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: { ...region(f.start, f.end), snippet: { text: f.match } } } }],
        partialFingerprints: { 'framelensFinding/v1': fingerprint },
        ...(f.fix
          ? { fixes: [{ description: { text: `Replace with "${f.fix.text}"` }, artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region(f.start, f.end), insertedContent: { text: f.fix.text } }] }] }] }
          : {}),
        ...(f.suppressed ? { suppressions: [{ kind: 'inSource' }] } : {}),
        properties: { voice: f.voice, segment: f.segment, suggestions: f.suggestions },
      };
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, rules } }, columnKind: 'utf16CodeUnits', results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
