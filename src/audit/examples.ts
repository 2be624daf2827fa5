import { identityMap } from '../corpus/offset-map.js';
import type { MarkupSpan } from '../corpus/types.js';
import { checkDocument, DEFAULT_CHECK } from './check.js';
import type { CompiledStyle } from './compile-style.js';
import type { AuditDocument } from './document.js';
import type { ExampleReport } from '../tag/examples.js';
import type { StyleRule } from './style.js';

/** A one-sentence article: the headline for a headline rule, otherwise a paragraph of the body after a first one. */
function exampleDocument(rule: StyleRule, sentence: string): AuditDocument {
  const headline = rule.parts.includes('headline');
  const text = headline ? sentence : `Example.\n\n${sentence}`;
  const markup: MarkupSpan[] = headline ? [{ start: 0, end: sentence.length, kind: 'headline' }] : [];
  return { file: `example of ${rule.id}`, format: 'text', source: text, text, markup, facts: {}, map: identityMap(text.length), comments: [], frozen: [] };
}

/**
 * Every rule's `examples.match` sentences must be flagged by it and its
 * `examples.noMatch` sentences must not: in the rule's scope, so a sentence
 * that quotes someone shows that quoted words are left alone.
 */
export function checkStyleExamples(compiled: CompiledStyle): ExampleReport {
  const report: ExampleReport = { checked: 0, failures: [], untested: [] };
  for (const rule of compiled.style.rules) {
    const { match = [], noMatch = [] } = rule.source.examples ?? {};
    if (match.length === 0 || noMatch.length === 0) report.untested.push(rule.id);
    const cases: [string, 'match' | 'no match'][] = [...match.map((s): [string, 'match'] => [s, 'match']), ...noMatch.map((s): [string, 'no match'] => [s, 'no match'])];
    for (const [sentence, expected] of cases) {
      report.checked++;
      const audit = checkDocument(exampleDocument(rule, sentence), compiled, DEFAULT_CHECK);
      const matched = (audit.counts.get(rule.id) ?? 0) > 0;
      if (matched !== (expected === 'match')) {
        report.failures.push({ id: rule.id, sentence, expected, got: audit.findings.filter((f) => f.rule === rule.id).map((f) => f.match) });
      }
    }
  }
  return report;
}
