import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import type { Variant } from '../../src/lexicon/types.js';
import { compileVariants } from '../../src/tag/compile-variants.js';
import { lintVariants } from '../../src/tag/lint.js';

/** One referent holding the given variants (category and explanation filled in). */
function lint(...variants: Partial<Variant>[]) {
  const lexicon = {
    id: 'lint',
    version: '1.0.0',
    title: 'Lint fixture',
    description: 'Built per test.',
    licence: 'CC0-1.0',
    sources: [],
    referents: [{ id: 'r', label: 'r', description: 'r', variants: variants.map((v, i) => ({ id: `v${i}`, label: `v${i}`, patterns: ['x'], category: 'neutral', explanation: 'Fixture.', ...v })) }],
  };
  const { variants: compiled, problems } = compileVariants([loadLexicon('lint.json', JSON.stringify(lexicon))]);
  expect(problems).toEqual([]);
  return lintVariants(compiled).map((f) => `${f.pointer} ${f.severity}: ${f.message}`);
}

describe('lexicon lint', () => {
  it.each([
    ['one phrase under two variants', [{ patterns: ['Israeli regime'] }, { patterns: ['regime', 'Israeli  regime'] }], ['/referents/0/variants/1/patterns/1 warning: lint/r/v1: the phrase "Israeli  regime" is also a pattern of lint/r/v0']],
    ['the same phrase up to inflection', [{ patterns: ['hostage'] }, { patterns: ['hostages'] }], ['/referents/0/variants/1/patterns/0 warning: lint/r/v1: shadowed: lint/r/v0 ("hostage")']],
    ['a pattern shadowed by a wildcard', [{ patterns: ['genocid*'] }, { patterns: ['genocide'] }], ['/referents/0/variants/1/patterns/0 warning: lint/r/v1: shadowed: lint/r/v0 ("genocid*")']],
    ['a pattern shadowed by a POS slot', [{ patterns: ['[ADJ|PROPN] war'] }, { patterns: ['[PROPN] war'] }], ['/referents/0/variants/1/patterns/0 warning: lint/r/v1: shadowed: lint/r/v0 ("[ADJ|PROPN] war")']],
    ['an exception that can never apply', [{ patterns: ['regime'], exceptions: ['regime change', 'Iranian government'] }], ['/referents/0/variants/0/exceptions/1 warning: lint/r/v0: the exception "Iranian government" contains no match']],
  ])('warns about %s', (_name, variants, expected) => {
    const found = lint(...variants);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(found[i]).toContain(e));
  });

  it.each([
    ['a later, more general variant', [{ patterns: ['genocide'] }, { patterns: ['genocid*'] }]],
    ['a longer phrase in another variant', [{ patterns: ['regime'] }, { patterns: ['Israeli regime'] }]],
    ['no inflection against inflection', [{ patterns: ['hostages'], inflect: false }, { patterns: ['hostage'] }]],
    ['an earlier variant with exceptions (it may lose the match)', [{ patterns: ['regime'], exceptions: ['regime change'] }, { patterns: ['regime'] }]],
    ['an exception around an inflected match', [{ patterns: ['hostage'], exceptions: ['hostages held'] }]],
    ['an exception around a wildcard', [{ patterns: ['genocid*'], exceptions: ['genocidal maniac'] }]],
  ])('says nothing about %s', (_name, variants) => {
    expect(lint(...variants)).toEqual([]);
  });
});
