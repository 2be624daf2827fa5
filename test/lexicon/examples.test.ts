import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { hitsIn, matcherOf } from '../helpers.js';

/*
 * Every variant of every bundled lexicon carries sentences it must and must
 * not match, checked like ESLint's RuleTester: the examples are the
 * lexicon's own tests.
 */
const lexicons = readdirSync('lexicons')
  .filter((n) => n.endsWith('.json'))
  .map((n) => loadLexicon(`lexicons/${n}`, readFileSync(`lexicons/${n}`, 'utf8')));

const cases = lexicons.flatMap(({ lexicon }) =>
  lexicon.referents.flatMap((referent) =>
    referent.variants.map((variant) => ({ id: `${lexicon.id}/${referent.id}/${variant.id}`, examples: variant.examples ?? {} })),
  ),
);

describe('bundled lexicons', () => {
  it('exist and are valid', () => {
    expect(lexicons.length).toBeGreaterThan(0);
    expect(cases.length).toBeGreaterThan(40);
  });

  const matcher = matcherOf(...lexicons);

  it.each(cases.map((c) => [c.id, c] as const))('%s: examples', (id, { examples }) => {
    const match = examples.match ?? [];
    const noMatch = examples.noMatch ?? [];
    expect(match.length, `${id} has no example it should match`).toBeGreaterThan(0);
    expect(noMatch.length, `${id} has no example it should not match`).toBeGreaterThan(0);
    for (const sentence of match) {
      expect(hitsIn(sentence, matcher).map((h) => h.id), `${id}: "${sentence}" expected match, got none`).toContain(id);
    }
    for (const sentence of noMatch) {
      expect(hitsIn(sentence, matcher).map((h) => h.id), `${id}: "${sentence}" expected no match`).not.toContain(id);
    }
  });
});
