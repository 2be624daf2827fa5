import { describe, expect, it } from 'vitest';
import { expandPattern, parsePattern, PatternSyntaxError, type PatternStep } from '../../src/lexicon/pattern.js';

/** A path as one string: text as is, `=X` cased, `x*` prefix, `[A|B]` POS; steps joined by ` · `. */
function show(path: PatternStep[]): string {
  return path.map((s) => (s.kind === 'text' ? s.text : s.kind === 'cased' ? `=${s.text}` : s.kind === 'prefix' ? `${s.prefix}*` : `[${s.tags.join('|')}]`)).join(' · ');
}

function syntaxError(pattern: string): PatternSyntaxError {
  try {
    expandPattern(parsePattern(pattern));
  } catch (error) {
    if (error instanceof PatternSyntaxError) return error;
    throw error;
  }
  throw new Error(`"${pattern}" parsed`);
}

describe('pattern syntax', () => {
  it.each([
    ['a plain phrase', 'Israeli regime', ['Israeli regime']],
    ['a prefix wildcard', 'genocid*', ['genocid*']],
    ['an optional part', '(so-called)? regime', ['regime', 'so-called regime']],
    ['alternatives of several words', '{Hamas|Islamic Resistance Movement} fighters', ['Hamas fighters', 'Islamic Resistance Movement fighters']],
    ['a POS slot', '[ADJ|PROPN] war', ['[ADJ|PROPN] · war']],
    ['a case-sensitive word', 'the =IDF said', ['the · =IDF · said']],
    ['nesting', '({Zionist|Israeli} state)? regime', ['regime', 'Zionist state regime', 'Israeli state regime']],
    ['an optional choice', '(could|can)? not verify', ['not verify', 'could not verify', 'can not verify']],
    ['escaped marks', 'a \\(b\\) c\\*', ['a (b) c*']],
    ['apostrophes and hyphens stay text', "Israel's so-called army", ["Israel's so-called army"]],
  ])('reads %s', (_name, pattern, expected) => {
    expect(expandPattern(parsePattern(pattern)).map(show)).toEqual(expected);
  });

  it.each([
    ['an unclosed group', '(so-called regime', 0, '"(" is not closed'],
    ['a group that is not optional', '(so-called) regime', 11, 'a group must be optional'],
    ['one alternative', '{Hamas} x', 0, 'only one alternative'],
    ['an empty alternative', '{Hamas|} x', 7, 'empty alternative'],
    ['an empty group', '()? x', 1, 'empty alternative'],
    ['an unknown POS tag', 'the [ADJECTIVE] war', 5, 'unknown part-of-speech tag "ADJECTIVE"'],
    ['a star inside a word', 'geno*cide', 5, '"*" only at the end of a word'],
    ['a prefix too short', 'g* x', 0, 'not a word prefix'],
    ['a lone star', '* war', 0, 'cannot start a word'],
    ['= without a word', '= IDF', 1, 'must be followed by a word'],
    ['a stray closing brace', 'war }', 4, 'unexpected "}"'],
    ['too many phrases', '{a|b|c|d} {a|b|c|d} {a|b|c|d} {a|b}', 30, 'expands to more than 64 phrases'],
  ])('rejects %s with its position', (_name, pattern, position, message) => {
    const error = syntaxError(pattern);
    expect(error.message).toContain(message);
    expect(error.position).toBe(position);
    expect(error.expected.length).toBeGreaterThan(5);
  });
});
