import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { FORMATS, type AuditReport } from '../../src/audit/format/index.js';
import { LineIndex } from '../../src/audit/positions.js';
import findingsSchema from '../../src/schemas/findings.schema.json' with { type: 'json' };
import { audit, DESK_STYLE, styleOf } from './helpers.js';

const style = styleOf(DESK_STYLE);
// Accented letters before a match: UTF-16 columns count one each, reviewdog's UTF-8 columns two.
const SOURCE = 'Intro line.\n\nÉlysée: the regime said the air strike hit.\n\n<!-- framelens-disable-next-line -->\nThe regime again.\n';
const result = audit('desk/é.md', SOURCE, style);
const index = new LineIndex(SOURCE);
const report: AuditReport = {
  tool: { name: 'framelens', version: '0.1.0' },
  files: [{ file: 'desk/é.md', findings: result.findings }],
  rules: style.style.rules,
  color: false,
  byteColumn: (_file, offset) => index.byteColumn(offset),
};

describe('audit output formats', () => {
  it('line: file:line:col: level rule-id message, suppressed findings left out', () => {
    expect(FORMATS.line(report)).toBe(['desk/é.md:3:13: error no-regime Write "Israeli government", not "regime"', 'desk/é.md:3:29: suggestion airstrike One word: "air strike"', ''].join('\n'));
  });

  it('stylish: grouped by file, a summary, no colour unless asked', () => {
    const out = FORMATS.stylish(report);
    expect(out).toContain('desk/é.md\n  3:13  error       Write "Israeli government", not "regime"  no-regime\n');
    expect(out).toContain('✖ 2 problems (1 error, 0 warnings, 1 suggestion)');
    expect(out).not.toContain('\u001b[');
    expect(FORMATS.stylish({ ...report, color: true })).toContain('\u001b[31merror');
    expect(FORMATS.stylish({ ...report, files: [{ file: 'x.txt', findings: [] }] })).toBe('');
  });

  it('json: valid against src/schemas/findings.schema.json', () => {
    const doc = JSON.parse(FORMATS.json(report)) as { summary: unknown; files: { findings: { line: number; column: number; fix: unknown }[] }[] };
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(findingsSchema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.summary).toEqual({ files: 1, errors: 1, warnings: 0, suggestions: 1, fixable: 2 });
    expect(doc.files[0]?.findings[0]).toMatchObject({ line: 3, column: 13, fix: { offset: 25, endOffset: 31, text: 'Israeli government' } });
  });

  it('rdjsonl: one diagnostic a line, columns in UTF-8 bytes', () => {
    const lines = FORMATS.rdjsonl(report).trim().split('\n').map((l) => JSON.parse(l) as { location: { range: { start: { column: number }; end: { column: number } } }; severity: string; code: { value: string } });
    expect(lines.map((l) => [l.code.value, l.severity, l.location.range.start.column, l.location.range.end.column])).toEqual([
      ['no-regime', 'ERROR', 15, 21],
      ['airstrike', 'INFO', 31, 41],
    ]);
  });

  it('sarif: valid SARIF 2.1.0 against the official schema, with rules, UTF-16 columns, fingerprints, fixes and in-source suppressions', () => {
    const sarifSchema = JSON.parse(readFileSync('../shared/data/sarif/sarif-schema-2.1.0.json', 'utf8')) as object;
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(sarifSchema);
    const log = JSON.parse(FORMATS.sarif(report)) as {
      runs: { columnKind: string; tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startColumn: number } } }[]; partialFingerprints: Record<string, string>; suppressions?: unknown[]; fixes?: unknown[] }[] }[];
    };
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['no-regime', 'airstrike', 'headline-claims', 'body-so-called', 'zionist-anywhere', 'hedges', 'unused-disable', 'unknown-rule']);
    expect(run.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.region.startColumn, r.suppressions?.length ?? 0, r.fixes?.length ?? 0])).toEqual([
      ['no-regime', 13, 0, 1],
      ['airstrike', 29, 0, 1],
      ['no-regime', 5, 1, 1],
    ]);
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('desk/%C3%A9.md');
    const prints = run.results.map((r) => r.partialFingerprints['framelensFinding/v1']);
    expect(new Set(prints).size).toBe(3);
    // A fingerprint survives an edit elsewhere in the file.
    const edited = audit('desk/é.md', `A new first paragraph.\n\n${SOURCE}`, style);
    const again = JSON.parse(FORMATS.sarif({ ...report, files: [{ file: 'desk/é.md', findings: edited.findings }] })) as typeof log;
    expect(again.runs[0]!.results.map((r) => r.partialFingerprints['framelensFinding/v1'])).toEqual(prints);
  });
});
