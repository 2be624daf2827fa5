import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDictionaryFile } from '../../src/cli/lexicon-import.js';
import { formatFinding, validateLexicons } from '../../src/cli/lexicon-validate.js';
import { tempDir } from '../e2e/cli.js';
import { problemsOf } from '../helpers.js';

/** A lexicon file in a fresh folder, from a base with one variant changed. */
type Change = (variant: Record<string, unknown>, lexicon: Record<string, unknown>) => unknown;

function lexiconFile(change: Change): string {
  const variant: Record<string, unknown> = { id: 'regime', label: 'regime', patterns: ['regime'], category: 'delegitimising-label', explanation: 'Test.' };
  const lexicon: Record<string, unknown> = { id: 'test', version: '1.0.0', title: 'Test', description: 'Test.', licence: 'CC0-1.0', sources: [], referents: [{ id: 'state', label: 'State', description: 'Test.', variants: [variant, { id: 'government', label: 'government', patterns: ['government'], category: 'neutral', explanation: 'Test.' }] }] };
  change(variant, lexicon);
  const path = join(tempDir(), 'lex.json');
  writeFileSync(path, `${JSON.stringify(lexicon, null, 2)}\n`);
  return path;
}

describe('lexicon validate (checks)', () => {
  it.each([
    ['a pattern syntax error, with its position', (v: Record<string, unknown>, _l: Record<string, unknown>) => (v.patterns = ['regime', '(so-called regime']), 'error', ':19:13: pattern syntax: "(" is not closed at position 1', '/referents/0/variants/0/patterns/1'],
    ['an empty explanation', (v: Record<string, unknown>, _l: Record<string, unknown>) => (v.explanation = '   '), 'error', ':21:26: empty text (only spaces)', '/referents/0/variants/0/explanation'],
    ['an unknown category', (v: Record<string, unknown>, _l: Record<string, unknown>) => (v.category = 'propaganda'), 'error', ':20:23: unknown category', '/referents/0/variants/0/category'],
    ['a duplicate variant id', (v: Record<string, unknown>, _l: Record<string, unknown>) => (v.id = 'government'), 'error', ':24:17: duplicate variant id in referent "state"', '/referents/0/variants/1/id'],
    ['a pattern that tokenises to nothing', (v: Record<string, unknown>, _l: Record<string, unknown>) => (v.patterns = ['“ — ”']), 'error', ':18:13: pattern has no words to match', '/referents/0/variants/0/patterns/0'],
    ['a schema violation', (v: Record<string, unknown>, _l: Record<string, unknown>) => (v.inflect = 'no'), 'error', ':22:22: wrong type', '/referents/0/variants/0/inflect'],
    ['one phrase under two variants', (v: Record<string, unknown>, _l: Record<string, unknown>) => (v.patterns = ['regime', 'government']), 'warning', 'the phrase "government" is also a pattern', '/referents/0/variants/1/patterns/0'],
    ['an exception that can never apply', (v: Record<string, unknown>, _l: Record<string, unknown>) => (v.exceptions = ['Iranian government']), 'warning', 'contains no match', '/referents/0/variants/0/exceptions/0'],
    ['an extends of a lexicon that is nowhere', (_v: Record<string, unknown>, l: Record<string, unknown>) => (l.extends = ['no-such-pack']), 'error', 'extends a lexicon that is not in this run', '/extends/0'],
  ])('finds %s, with line, column, pointer and a fix', (_name, change, severity, message, pointer) => {
    const file = lexiconFile(change);
    const { findings } = validateLexicons([file]);
    const found = findings.find((f) => f.pointer === pointer);
    expect(found, findings.map(formatFinding).join('\n')).toBeDefined();
    expect(found?.severity).toBe(severity);
    expect(formatFinding(found!)).toContain(message);
    expect(found?.expected?.length).toBeGreaterThan(5);
    expect(found?.line).toBeGreaterThan(0);
  });
});

describe('lexicon validate (several files)', () => {
  it('finds two files with one lexicon id', () => {
    const one = lexiconFile(() => undefined);
    const two = lexiconFile(() => undefined);
    const { findings } = validateLexicons([one, two]);
    expect(findings.map(formatFinding)).toEqual([`error: ${two}:2:9: lexicon id already used by ${one}; at /id; got "test"; expected a lexicon id unique among the lexicons of a run`]);
  });
});

describe('lexicon import (files)', () => {
  it.each([
    ['liwc', 'framing.dic'],
    ['quanteda-yaml', 'framing.yml'],
    ['csv', 'terms.csv'],
  ])('imports --from %s into a lexicon that declares $schema and validates', (from, file) => {
    const out = join(tempDir(), `${from} import.json`);
    const { text } = importDictionaryFile(`test/fixtures/dictionaries/${file}`, { from, out, licence: 'CC0-1.0' });
    const json = JSON.parse(text) as { $schema: string; id: string };
    expect(existsSync(join(out, '..', json.$schema))).toBe(true);
    // The id follows the file written, so that two imports into two files never share one.
    expect(json.id).toBe(`${from}-import`);
    writeFileSync(out, text);
    expect(validateLexicons([out]).findings).toEqual([]);
  });

  it('names the formats it knows when given another', () => {
    expect(problemsOf(() => importDictionaryFile('x.cat', { from: 'wordstat', out: 'x.json' }))[0]?.expected).toBe('one of liwc, quanteda-yaml, csv');
  });
});
