import { copiedExactly, sourceEnd, sourceStart } from '../corpus/offset-map.js';
import { analyzeText } from '../nlp/tokenize.js';
import { per1000 } from '../score/rate.js';
import { compilePatterns, DEFAULT_PATTERNS, type CompiledPatterns } from '../structure/patterns.js';
import { structureOf } from '../structure/structure.js';
import { partWords } from '../structure/word-counts.js';
import type { SegmentKind } from '../structure/types.js';
import { matchText } from '../tag/match.js';
import type { VoicedHit } from '../tag/types.js';
import { voiceHits } from '../tag/voice.js';
import type { CompiledStyle } from './compile-style.js';
import { applyDirectives } from './directives.js';
import type { AuditDocument } from './document.js';
import { LineIndex, type Position } from './positions.js';
import type { Level, StyleRule } from './style.js';

/** A replacement in the source file: `source.slice(start, end)` becomes `text`. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

/** One thing the style guide says about a file. Positions are in the file as written (for Markdown, not the parsed text). */
export interface Finding {
  file: string;
  rule: string;
  level: Level;
  message: string;
  /** The matched words as they read in the article text. */
  match: string;
  suggestions: string[];
  start: Position;
  /** Exclusive: the place just after the match. */
  end: Position;
  /** Whose words: the desk's own, or quoted (a rule whose scope includes quoted words). */
  voice: 'own' | 'quoted';
  segment: SegmentKind;
  /** The one replacement `--fix` may apply: only where the rule has one suggestion, in the desk's own voice, where the file holds the words as matched. */
  fix?: Fix;
  /** Set when a suppression comment covers the finding. */
  suppressed?: boolean;
}

/** What the audit of one file found, and what the scorecard needs of it. */
export interface FileAudit {
  document: AuditDocument;
  /** Findings in file order, suppressed ones included (marked). */
  findings: Finding[];
  /** Words in the desk's own voice (narration; not quoted, not page furniture). */
  ownWords: number;
  /** Per rule id, how many matches the rule saw in its scope (suppressed or not): the scorecard's counts. */
  counts: Map<string, number>;
}

export interface CheckSettings {
  patterns: CompiledPatterns;
}

export const DEFAULT_CHECK: CheckSettings = { patterns: compilePatterns(DEFAULT_PATTERNS) };

function inScope(rule: StyleRule, hit: VoicedHit): boolean {
  if (hit.voice === 'boilerplate') return false;
  if (hit.voice === 'quoted' && !rule.quoted) return false;
  if (rule.parts.length === 0) return true;
  if (rule.parts.includes('headline') && hit.segment === 'headline') return true;
  return rule.parts.includes('body') && (hit.segment === 'lede' || hit.segment === 'body');
}

/** A suggestion written with the match's capital: "Regime" → "Israeli government" stays, "regime" at a sentence start → "The…" keeps the capital. */
export function casedLike(match: string, suggestion: string): string {
  const first = match.charAt(0);
  const s = suggestion.charAt(0);
  return first !== first.toLowerCase() && s !== s.toUpperCase() ? s.toUpperCase() + suggestion.slice(1) : suggestion;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(match|suggestion|count|words|rate|limit)\}/g, (_, name: string) => values[name] ?? '');
}

const round1 = (n: number): string => (Math.round(n * 10) / 10).toString();

/** The characters a Markdown replacement must not bring in: they would become markup. */
const MARKDOWN_MARKS = /[\\`*_<>[\]!#|&]/;

/**
 * Checks one file against a style: language processing, structure (whose
 * words are whose) and tagging as `report` does them, then each hit the
 * style has a rule for, in the rule's scope. An aggregate rule (with a limit)
 * gives one finding for a file whose rate is over the limit, at the first
 * match past it.
 */
export function checkDocument(doc: AuditDocument, compiled: CompiledStyle, settings: CheckSettings = DEFAULT_CHECK, reportUnused = false): FileAudit {
  const { text } = doc;
  const analyzed = analyzeText(text);
  const structure = structureOf(text, settings.patterns, { title: doc.facts.title, markup: doc.markup });
  const hits = voiceHits(matchText(text, analyzed, compiled.matcher), structure);
  const ownWords = partWords(text, structure).narrator;
  const lines = new LineIndex(doc.source);
  const counts = new Map<string, number>(compiled.style.rules.map((r) => [r.id, 0]));
  const limited = new Map<StyleRule, VoicedHit[]>();
  const findings: Finding[] = [];

  const finding = (rule: StyleRule, hit: VoicedHit, message: string): Finding => {
    const from = sourceStart(doc.map, hit.start);
    const to = Math.max(from, sourceEnd(doc.map, hit.end));
    const suggestions = rule.suggestions.map((s) => casedLike(hit.text, s));
    const f: Finding = {
      file: doc.file,
      rule: rule.id,
      level: rule.level,
      message,
      match: hit.text,
      suggestions,
      start: lines.position(from),
      end: lines.position(to),
      voice: hit.voice === 'quoted' ? 'quoted' : 'own',
      segment: hit.segment,
    };
    const only = suggestions.length === 1 ? (suggestions[0] as string) : undefined;
    const fixable =
      only !== undefined &&
      rule.limit === undefined &&
      hit.voice === 'narrator' &&
      copiedExactly(doc.map, hit.start, hit.end) &&
      doc.source.slice(from, to) === hit.text &&
      !doc.frozen.some((z) => from < z.end && to > z.start) &&
      !(doc.format === 'markdown' && MARKDOWN_MARKS.test(only));
    if (fixable) f.fix = { start: from, end: to, text: only };
    return f;
  };

  for (const hit of hits) {
    for (const rule of compiled.rulesByHit.get(hit.id) ?? []) {
      if (!inScope(rule, hit)) continue;
      counts.set(rule.id, (counts.get(rule.id) ?? 0) + 1);
      if (rule.limit !== undefined) {
        const list = limited.get(rule);
        if (list) list.push(hit);
        else limited.set(rule, [hit]);
        continue;
      }
      findings.push(finding(rule, hit, fill(rule.message, { match: hit.text, suggestion: casedLike(hit.text, rule.suggestions[0] ?? '') })));
    }
  }
  for (const [rule, matched] of limited) {
    const limit = rule.limit as number;
    const rate = per1000(matched.length, ownWords);
    if (rate <= limit) continue;
    // The first match past what the limit allows in this many words: the one too many.
    const allowed = Math.floor((limit * ownWords) / 1000);
    const hit = matched[Math.min(allowed, matched.length - 1)] as VoicedHit;
    const values = { match: hit.text, suggestion: rule.suggestions[0] ?? '', count: String(matched.length), words: String(ownWords), rate: round1(rate), limit: String(limit) };
    findings.push(finding(rule, hit, fill(rule.message, values)));
  }
  findings.sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const rules = new Set(compiled.style.rules.map((r) => r.id));
  const all = [...findings, ...applyDirectives(doc, findings, lines, rules, reportUnused)];
  all.sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset);
  return { document: doc, findings: all, ownWords, counts };
}
