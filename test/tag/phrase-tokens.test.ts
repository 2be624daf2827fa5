import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { compileLexicons } from '../../src/tag/compile.js';
import { phraseUnits, phraseUnitsAlone } from '../../src/tag/phrase-tokens.js';
import { fixtureLexicon, problemsOf } from '../helpers.js';

const packs = readdirSync('lexicons')
  .filter((n) => n.endsWith('.json'))
  .map((n) => loadLexicon(`lexicons/${n}`, readFileSync(`lexicons/${n}`, 'utf8')).lexicon);

describe('phrase tokenisation in one batch', () => {
  it('gives every phrase of the shipped packs the units it has when tokenised alone', () => {
    const phrases = packs.flatMap((l) => l.referents.flatMap((r) => r.variants.flatMap((v) => [...v.patterns, ...(v.exceptions ?? []), ...(v.notBefore ?? []), ...(v.notAfter ?? [])])));
    // Plus the tokenizer's awkward cases: contractions, possessives, abbreviations, dashes, numbers.
    phrases.push('cannot', "can't stop", 'Israel’s', "Hamas'", 'U.S. officials', 'Oct. 7', 'al–Aqsa', '34.904 dead', 'Mr. Kirby', '“so-called”');
    expect(phrases.length).toBeGreaterThan(500);
    expect(phraseUnits(phrases)).toEqual(phrases.map(phraseUnitsAlone));
  });
});

describe('pattern syntax errors in a lexicon', () => {
  it('names the file, the pointer, the pattern and the position', () => {
    const loaded = fixtureLexicon('basics');
    loaded.lexicon.referents[0]!.variants[0]!.patterns = ['regime', '{Zionist|Israeli regime'];
    const [problem] = problemsOf(() => compileLexicons([loaded]));
    expect(problem).toMatchObject({
      file: 'test/fixtures/lexicons/basics.json',
      pointer: '/referents/0/variants/0/patterns/1',
      value: '{Zionist|Israeli regime',
      message: expect.stringContaining('"{" is not closed at position 1'),
    });
  });
});
