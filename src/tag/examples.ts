import type { LoadedLexicon } from '../lexicon/types.js';
import { analyzeText } from '../nlp/tokenize.js';
import type { Matcher } from './compile.js';
import { matchText } from './match.js';

export interface ExampleFailure {
  id: string;
  sentence: string;
  expected: 'match' | 'no match';
  /** What the variant matched in the sentence (for an unexpected match). */
  got: string[];
}

export interface ExampleReport {
  /** Sentences checked. */
  checked: number;
  failures: ExampleFailure[];
  /** Variant ids with no example to match, or none not to match. */
  untested: string[];
}

/** `lexicon/referent/variant: "sentence" expected match, got none` */
export function formatFailure(f: ExampleFailure): string {
  const got = f.got.length === 0 ? 'none' : f.got.map((t) => `"${t}"`).join(', ');
  return `${f.id}: "${f.sentence}" expected ${f.expected}, got ${got}`;
}

/**
 * Every variant's `examples.match` sentences must give it a hit and its
 * `examples.noMatch` sentences must not, with all lexicons of the run
 * matched together (as ESLint's RuleTester runs a rule's valid and invalid
 * cases). The lexicons are the ones compiled into the matcher.
 */
export function checkExamples(lexicons: LoadedLexicon[], matcher: Matcher): ExampleReport {
  const report: ExampleReport = { checked: 0, failures: [], untested: [] };
  for (const { lexicon } of lexicons) {
    for (const referent of lexicon.referents) {
      for (const variant of referent.variants) {
        const id = `${lexicon.id}/${referent.id}/${variant.id}`;
        const { match = [], noMatch = [] } = variant.examples ?? {};
        if (match.length === 0 || noMatch.length === 0) report.untested.push(id);
        const cases: [string, 'match' | 'no match'][] = [...match.map((s) => [s, 'match'] as [string, 'match']), ...noMatch.map((s) => [s, 'no match'] as [string, 'no match'])];
        for (const [sentence, expected] of cases) {
          report.checked++;
          const got = matchText(sentence, analyzeText(sentence), matcher).filter((h) => h.id === id).map((h) => h.text);
          if ((got.length > 0) !== (expected === 'match')) report.failures.push({ id, sentence, expected, got });
        }
      }
    }
  }
  return report;
}
