import type { Finding } from './check.js';
import type { AuditDocument } from './document.js';
import type { LineIndex } from './positions.js';

/** Rule ids of findings about suppression comments themselves. */
export const UNUSED_DISABLE = 'unused-disable';
export const UNKNOWN_RULE = 'unknown-rule';

type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  start: number;
  end: number;
}

const DIRECTIVE = /^framelens-(disable-next-line|disable|enable)(?:\s+([\s\S]*))?$/;

/** `<!-- framelens-disable rule-a, rule-b -- why -->`: the rules before an optional `--` reason. */
function parse(doc: AuditDocument): Directive[] {
  const out: Directive[] = [];
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const list = (m[2] ?? '').split(/\s--\s|^--\s|\s--$/)[0] ?? '';
    out.push({ kind: m[1] as DirectiveKind, rules: list.split(/[\s,]+/).filter((r) => r !== ''), start: c.start, end: c.end });
  }
  return out;
}

/** A stretch of the file where some rules are off, and the comment that turned them off. */
interface Quiet {
  directive: Directive;
  rules: string[];
  start: number;
  end: number;
  used: boolean;
}

const covers = (rules: string[], rule: string): boolean => rules.length === 0 || rules.includes(rule);

/** The line a disable-next-line comment silences: the next one after it that holds text. */
function nextTextLine(lines: LineIndex, after: number): number {
  const from = lines.position(after).line + 1;
  for (let line = from; line <= lines.lineCount; line++) if (lines.lineText(line).trim() !== '') return line;
  return from;
}

/**
 * Honours suppression comments in Markdown: `framelens-disable-next-line`
 * silences the rules it names (all, if none) on the next line with text;
 * `framelens-disable` silences them until a `framelens-enable` that names
 * them (or names none) or the end of the file. Findings covered are marked
 * suppressed. Returns findings about the comments: rule ids the style does
 * not have, always; comments that silenced nothing, when asked.
 */
export function applyDirectives(doc: AuditDocument, findings: Finding[], lines: LineIndex, known: Set<string>, reportUnused: boolean): Finding[] {
  const directives = parse(doc);
  if (directives.length === 0) return [];
  const quiet: Quiet[] = [];
  const open: Quiet[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-next-line') {
      const line = nextTextLine(lines, d.end);
      const start = lines.position(d.end).line < line ? lines.lineStart(line) : d.end;
      quiet.push({ directive: d, rules: d.rules, start, end: lines.lineStart(line + 1), used: false });
    } else if (d.kind === 'disable') {
      open.push({ directive: d, rules: d.rules, start: d.end, end: doc.source.length, used: false });
    } else {
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i] as Quiet;
        if (d.rules.length === 0 || o.rules.some((r) => d.rules.includes(r))) {
          o.end = d.start;
          quiet.push(o);
          open.splice(i, 1);
        }
      }
    }
  }
  quiet.push(...open);
  for (const f of findings) {
    for (const q of quiet) {
      if (f.start.offset >= q.start && f.start.offset < q.end && covers(q.rules, f.rule)) {
        f.suppressed = true;
        q.used = true;
      }
    }
  }
  const notes: Finding[] = [];
  const about = (d: Directive, rule: string, level: Finding['level'], message: string): Finding => ({
    file: doc.file,
    rule,
    level,
    message,
    match: doc.source.slice(d.start, d.end),
    suggestions: [],
    start: lines.position(d.start),
    end: lines.position(d.end),
    voice: 'own',
    segment: 'body',
  });
  for (const d of directives) {
    for (const r of d.rules) if (!known.has(r)) notes.push(about(d, UNKNOWN_RULE, 'warning', `framelens-${d.kind} names "${r}", which is not a rule of the style file`));
  }
  if (reportUnused) {
    for (const q of quiet) {
      if (q.used) continue;
      const which = q.rules.length === 0 ? 'any rule' : q.rules.join(', ');
      notes.push(about(q.directive, UNUSED_DISABLE, 'error', `framelens-${q.directive.kind} for ${which} suppresses nothing: remove it`));
    }
  }
  return notes;
}
