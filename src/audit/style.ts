import { createHash } from 'node:crypto';
import styleSchema from '../schemas/style.schema.json' with { type: 'json' };
import { UserInputError, type Problem } from '../errors.js';
import { formatOf, parseDataFile, type DataFile } from '../schema/data-file.js';
import { assertSchema } from '../schema/validate.js';
import type { Rule, ScopeValue, StyleFile } from './style-file.generated.js';

/** How serious a finding is, in rising order. */
export const LEVELS = ['suggestion', 'warning', 'error'] as const;
export type Level = (typeof LEVELS)[number];

export const levelRank = (level: Level): number => LEVELS.indexOf(level);

/** Placeholders a message may use; the last four only in a rule with a limit. */
const PLACEHOLDERS = ['match', 'suggestion', 'count', 'words', 'rate', 'limit'];
const LIMIT_PLACEHOLDERS = new Set(['count', 'words', 'rate', 'limit']);

/** One rule of a style file, as the audit applies it. */
export interface StyleRule {
  id: string;
  level: Level;
  message: string;
  description?: string;
  suggestions: string[];
  link?: string;
  /** Whether quoted words are looked at too (own voice always is). */
  quoted: boolean;
  /** The parts looked at; empty means every part of the article (page boilerplate never). */
  parts: ('headline' | 'body')[];
  /** An aggregate rule's most matches per 1,000 own words. */
  limit?: number;
  /** The lexicon variant ids the rule reports, as written (`lexicon/referent/*` for a whole referent). */
  variants: string[];
  /** The rule's own patterns, as the schema types them. */
  source: Rule;
  /** The rule's place in the file. */
  pointer: string;
  line?: number;
}

/** A style file, checked against its schema and for what a schema cannot say. */
export interface Style {
  file: string;
  title?: string;
  rules: StyleRule[];
  sha256: string;
  /** Where each rule's parts are in the file: for messages about patterns and variants. */
  data: DataFile;
}

function scopeOf(scope: Rule['scope']): ScopeValue[] {
  if (scope === undefined) return ['own'];
  return typeof scope === 'string' ? [scope] : scope;
}

function problemAt(data: DataFile, pointer: string, problem: Omit<Problem, 'file' | 'pointer' | 'line' | 'column'>): Problem {
  const at = data.locate(pointer);
  return { file: data.file, pointer, line: at?.line, column: at?.column, ...problem };
}

/** What the schema cannot say: ids once, something to match, placeholders known, pattern fields with patterns. */
function semanticProblems(file: StyleFile, data: DataFile): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  file.rules.forEach((rule, r) => {
    const at = `/rules/${r}`;
    const first = ids.get(rule.id);
    if (first !== undefined) problems.push(problemAt(data, `${at}/id`, { message: `duplicate rule id (also /rules/${first})`, value: rule.id, expected: 'each rule id once in the style file' }));
    else ids.set(rule.id, r);
    if (rule.variants === undefined && rule.patterns === undefined) {
      problems.push(problemAt(data, at, { message: `rule "${rule.id}" has nothing to match`, expected: '"variants" (lexicon variant ids) or "patterns" (phrases of its own), or both' }));
    }
    for (const field of ['exceptions', 'notBefore', 'notAfter'] as const) {
      if (rule[field] !== undefined && rule.patterns === undefined) {
        problems.push(problemAt(data, `${at}/${field}`, { message: `"${field}" applies to the rule's own "patterns", and it has none`, expected: `"patterns" beside "${field}", or put the exception in the lexicon` }));
      }
    }
    for (const m of rule.message.matchAll(/\{([^{}]*)\}/g)) {
      const name = m[1] as string;
      if (!PLACEHOLDERS.includes(name)) {
        problems.push(problemAt(data, `${at}/message`, { message: `unknown placeholder {${name}} in the message`, value: rule.message, expected: `one of ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}` }));
      } else if (LIMIT_PLACEHOLDERS.has(name) && rule.limit === undefined) {
        problems.push(problemAt(data, `${at}/message`, { message: `{${name}} means something only in a rule with a "limit"`, value: rule.message, expected: '{match} or {suggestion}, or add "limit": {"per1000Words": n}' }));
      }
    }
    const scope = scopeOf(rule.scope);
    if (scope.includes('headline') && scope.includes('body')) {
      problems.push(problemAt(data, `${at}/scope`, { message: 'a scope of both headline and body leaves out only subheads and captions, which is rarely meant', value: rule.scope, expected: 'one of headline or body, or neither (the whole article)' }));
    }
  });
  return problems;
}

/** Parses and checks a style file (JSON or YAML by its name); lexicon ids are checked when the style is compiled against the lexicons of the run. */
export function loadStyle(file: string, text: string): Style {
  const data = parseDataFile(file, text, formatOf(file));
  const styleFile = assertSchema<StyleFile>(styleSchema, data);
  const problems = semanticProblems(styleFile, data);
  if (problems.length > 0) throw new UserInputError(problems);
  const rules = styleFile.rules.map((rule, r): StyleRule => {
    const scope = scopeOf(rule.scope);
    return {
      id: rule.id,
      level: rule.level,
      message: rule.message,
      ...(rule.description === undefined ? {} : { description: rule.description }),
      suggestions: rule.suggestions ?? [],
      ...(rule.link === undefined ? {} : { link: rule.link }),
      quoted: scope.includes('quoted'),
      parts: scope.filter((s): s is 'headline' | 'body' => s === 'headline' || s === 'body'),
      ...(rule.limit === undefined ? {} : { limit: rule.limit.per1000Words }),
      variants: rule.variants ?? [],
      source: rule,
      pointer: `/rules/${r}`,
      line: data.locate(`/rules/${r}`)?.line,
    };
  });
  return { file, title: styleFile.title, rules, sha256: createHash('sha256').update(text, 'utf8').digest('hex'), data };
}
