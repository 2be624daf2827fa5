import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, type FileAudit, type Finding } from '../../src/audit/check.js';
import { compileStyle, type CompiledStyle } from '../../src/audit/compile-style.js';
import { auditDocument } from '../../src/audit/document.js';
import { loadStyle } from '../../src/audit/style.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import type { LoadedLexicon } from '../../src/lexicon/types.js';

/** The bundled lexicons, as `audit` loads them by default. */
export function bundledLexicons(): LoadedLexicon[] {
  return readdirSync('lexicons')
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => loadLexicon(`lexicons/${n}`, readFileSync(join('lexicons', n), 'utf8')));
}

const lexicons = bundledLexicons();

/** A style from YAML text, compiled against the bundled lexicons. */
export function styleOf(yaml: string, file = 'style.yaml'): CompiledStyle {
  return compileStyle(loadStyle(file, yaml), lexicons);
}

export function audit(file: string, source: string, style: CompiledStyle, reportUnused = false): FileAudit {
  return checkDocument(auditDocument(file, source), style, undefined, reportUnused);
}

/** A finding as one compact string, `line:col-line:col rule "match"` (+ ` [suppressed]`), so one expected value checks place, rule and words. */
export function brief(f: Finding): string {
  return `${f.start.line}:${f.start.column}-${f.end.line}:${f.end.column} ${f.rule} "${f.match}"${f.suppressed ? ' [suppressed]' : ''}`;
}

/** The style most tests use: a variant rule, an own-pattern rule, a headline rule, a body rule, a quoted-too rule and an aggregate rule. */
export const DESK_STYLE = `
title: Test desk
rules:
  - id: no-regime
    level: error
    message: Write "Israeli government", not "{match}"
    variants: [israel-gaza/israel-state/regime]
    suggestions: [Israeli government]
  - id: airstrike
    level: suggestion
    message: 'One word: "{match}"'
    patterns: ["air strike"]
    suggestions: [airstrike]
  - id: headline-claims
    level: warning
    message: '"{match}" in a headline'
    variants: [news-general/attribution-verb/claimed]
    scope: headline
  - id: body-so-called
    level: warning
    message: 'Avoid "{match}"'
    variants: [news-general/distancing/so-called]
    scope: body
  - id: zionist-anywhere
    level: error
    message: '"{match}", even quoted, needs an editor'
    variants: [israel-gaza/israel-state/zionist-entity]
    scope: [own, quoted]
  - id: hedges
    level: suggestion
    message: '{count} hedges in {words} words ({rate} per 1,000; at most {limit})'
    variants: [news-general/hedging/reportedly]
    limit: { per1000Words: 50 }
`;
