import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../../src/nlp/fold.js';
import { analyzeText, tokenList } from '../../src/nlp/tokenize.js';
import { countWords } from '../../src/nlp/words.js';
import { brief, fixtureLexicon, hitsIn, matcherOf } from '../helpers.js';

const matcher = matcherOf(fixtureLexicon('basics'));

describe('characters that hide a word from matching', () => {
  it.each([
    ['a zero-width space inside a word', 'The Israeli re\u200Bgime said.', 'Israeli re\u200Bgime'],
    ['a soft hyphen inside a word', 'The Israeli re\u00ADgime said.', 'Israeli re\u00ADgime'],
    ['a zero-width joiner and a word joiner', 'The Israeli re\u200Dgi\u2060me said.', 'Israeli re\u200Dgi\u2060me'],
    ['a byte-order mark inside a word', 'The Israeli re\uFEFFgime said.', 'Israeli re\uFEFFgime'],
    ['a ligature', 'The Israeli regime’s ﬂag.', 'Israeli regime'],
    ['fullwidth letters', 'The Israeli ｒｅｇｉｍｅ said.', 'Israeli ｒｅｇｉｍｅ'],
    ['Turkish dotted capital İ', 'THE ISRAELİ REGİME SAID.', 'ISRAELİ REGİME'],
    ['Turkish dotless ı', 'the israelı regıme said.', 'israelı regıme'],
    ['mathematical letters outside the BMP', 'The Israeli 𝐫𝐞𝐠𝐢𝐦𝐞 said.', 'Israeli 𝐫𝐞𝐠𝐢𝐦𝐞'],
  ])('%s: the marker is found, its offsets in the original text', (_name, text, matched) => {
    const hits = hitsIn(text, matcher);
    expect(hits.map(brief)).toEqual([`israel-state/regime "${matched}"`]);
    const [hit] = hits;
    expect(text.slice(hit?.start, hit?.end)).toBe(matched);
  });

  it('gives no partial-word hit for a word with a dotless ı', () => {
    expect(hitsIn('the israelı said so.', matcher).map(brief)).toEqual(['israel-state/israeli "israelı"']);
  });

  it('counts a word with an invisible character inside as one word', () => {
    expect(countWords('re\u200Bgime con\u00ADflict al\u2060Aqsa')).toBe(3);
  });

  it('leaves text without such characters as it is', () => {
    const text = 'Plain text: the regime’s “forces”, 34.904 — done…';
    expect(foldForMatching(text).text).toBe(text);
  });

  it('maps every token back to characters of the original, in order, whatever is mixed in', () => {
    const pieces = fc.constantFrom('regime', 'Israeli', ' ', '\n', '.', '\u200B', '\u00AD', '\u200D', '\uFEFF', 'ﬂ', 'ﬁ', 'ｒｅｇ', 'İ', 'ı', '𝐫', '’s', '-', 'سلام', 'é', 'e\u0301');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        let previousEnd = 0;
        for (const token of tokenList(analyzeText(text))) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          // wink gives an empty token between two full stops ("..."): empty, but in its place.
          expect(token.end).toBeGreaterThanOrEqual(token.start);
          expect(token.end).toBeLessThanOrEqual(text.length);
          // The original characters, folded, are the token as matching saw it.
          expect(foldForMatching(text.slice(token.start, token.end)).text).toBe(token.text);
          previousEnd = token.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
