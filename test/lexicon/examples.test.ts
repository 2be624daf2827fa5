import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { combineLexicons } from '../../src/lexicon/combine.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { compileLexicons } from '../../src/tag/compile.js';
import { checkExamples, formatFailure } from '../../src/tag/examples.js';
import { fixtureLexicon } from '../helpers.js';

/*
 * Every variant of every bundled lexicon carries sentences it must and must
 * not match, checked like ESLint's RuleTester: the examples are the
 * lexicon's own tests, and `framelens lexicon test` runs the same check.
 */
const lexicons = readdirSync('lexicons')
  .filter((n) => n.endsWith('.json'))
  .map((n) => loadLexicon(`lexicons/${n}`, readFileSync(`lexicons/${n}`, 'utf8')));

describe('bundled lexicons', () => {
  const report = checkExamples(lexicons, compileLexicons(lexicons));

  it('exist, and every variant has examples to match and not to match', () => {
    expect(lexicons.map((l) => l.lexicon.id).sort()).toEqual(['israel-gaza', 'news-general', 'russia-ukraine', 'us-immigration']);
    expect(report.checked).toBeGreaterThan(300);
    expect(report.untested).toEqual([]);
  });

  it('pass their examples', () => {
    expect(report.failures.map(formatFailure)).toEqual([]);
  });
});

describe('checkExamples', () => {
  it('reports each failing sentence with the variant id, like a test runner', () => {
    const loaded = fixtureLexicon('basics');
    const regime = loaded.lexicon.referents[0]!.variants[0]!;
    regime.examples = { match: ['The regime said.', 'The government said.'], noMatch: ['The regime fell.', 'The Iranian regime fell.'] };
    const { lexicons: matched } = combineLexicons([loaded]);
    const report = checkExamples(matched, compileLexicons(matched));
    expect(report.failures.map(formatFailure)).toEqual([
      'basics/israel-state/regime: "The government said." expected match, got none',
      'basics/israel-state/regime: "The regime fell." expected no match, got "regime"',
    ]);
    expect(report.checked).toBe(4);
    expect(report.untested).toContain('basics/israel-state/government');
  });
});
