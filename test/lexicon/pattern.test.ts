import { describe, expect, it } from 'vitest';
import { expandPattern, parsePattern, PatternSyntaxError, type PatternStep } from '../../src/lexicon/pattern.js';

/** A path as one string: text as is, `=X` cased, `x*` prefix, `[A|B]` POS; steps joined by ` · `. */
function show(path: PatternStep[]): string {
  return path.map((s) => (s.kind === 'text' ? s.text : s.kind === 'cased' ? `=${s.text}` : s.kind === 'prefix' ? `${s.prefix}*` : s.kind === 'gap' ? `~${s.max}` : `[${s.tags.join('|')}]`)).join(' · ');
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

describe('pattern limits', () => {
  it('refuses a pattern nested thousands deep with a syntax error, not a stack overflow', () => {
    const deep = `${'('.repeat(20000)}a${')?'.repeat(20000)}`;
    expect(syntaxError(deep).message).toContain('nested more than 12 deep');
    const alternatives = `${'{a|'.repeat(20000)}b${'}'.repeat(20000)}`;
    expect(syntaxError(alternatives).message).toContain('nested more than 12 deep');
  });

  it('expands an ordinary rule with several sets of alternatives', () => {
    const rule = 'Israeli {strike|strikes|airstrike|airstrikes|air strike|air strikes} {on|in|against} ~3 {Gaza|Rafah|Khan Younis|Khan Yunis|Nuseirat|Jabalia|Deir al-Balah|Gaza City}';
    expect(expandPattern(parsePattern(rule))).toHaveLength(6 * 3 * 8);
  });
});

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
    ['a gap of up to n words', 'offensive ~3 Rafah', ['offensive · ~3 · Rafah']],
    ['a gap to the end of the sentence', 'offensive ~ Rafah', ['offensive · ~30 · Rafah']],
    ['an escaped tilde is text', 'about \\~3 km', ['about ~3 km']],
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
    ['too many phrases', '{a|b|c|d} {a|b|c|d} {a|b|c|d} {a|b|c|d} {a|b|c|d} {a|b|c|d}', 50, 'expands to more than 1024 phrases'],
    ['groups nested too deep', `${'('.repeat(13)}a${')?'.repeat(13)}`, 12, 'nested more than 12 deep'],
    ['a gap at the start', '~3 Rafah', 0, 'at the edge of a phrase'],
    ['a gap at the end', 'offensive ~', 10, 'at the edge of a phrase'],
    ['a gap out of range', 'offensive ~11 Rafah', 10, 'out of range'],
    ['two gaps in a row', 'offensive ~ ~2 Rafah', 12, 'two "~" gaps in a row'],
    ['a gap glued to a word', 'offensive ~3Rafah', 12, 'must stand alone'],
    ['too many gaps', 'a ~ b ~ c ~ d', 2, 'more than 2 "~" gaps'],
  ])('rejects %s with its position', (_name, pattern, position, message) => {
    const error = syntaxError(pattern);
    expect(error.message).toContain(message);
    expect(error.position).toBe(position);
    expect(error.expected.length).toBeGreaterThan(5);
  });
});
