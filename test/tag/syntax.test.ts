import { describe, expect, it } from 'vitest';
import { brief, fixtureLexicon, hitsIn, matcherOf } from '../helpers.js';

const matcher = matcherOf(fixtureLexicon('syntax'));

describe('pattern syntax in matching', () => {
  it.each([
    ['prefix wildcard: genocide', 'It was genocide.', ['genocide/genocide "genocide"']],
    ['prefix wildcard: genocidal, upper case', 'A GENOCIDAL campaign', ['genocide/genocide "GENOCIDAL"']],
    ['prefix wildcard after a word', 'ethnic cleansing of Gaza', ['genocide/genocide "ethnic cleansing"']],
    ['prefix wildcard needs the whole prefix', 'a genome study', []],
    ['optional part present', 'the so-called Zionist regime', ['regime/regime "so-called Zionist regime"']],
    ['optional part absent, one alternative', 'the occupying regime said', ['regime/regime "occupying regime"']],
    ['another alternative', 'the Israeli regime said', ['regime/regime "Israeli regime"']],
    ['notAfter cancels', 'the Iranian regime said', []],
    ['notAfter alternative cancels', 'the Assad regime fell', []],
    ['notBefore cancels', 'calls for regime change', []],
    ['notBefore looks only after the match', 'they want to change the regime', ['regime/regime "regime"']],
    ['POS slot: adjective', 'a brutal war', ['war/adjective-war "brutal war"']],
    ['POS slot: PROPN (Israeli)', 'the Israeli war on Gaza', ['war/adjective-war "Israeli war"']],
    ['POS slot: not a determiner', 'the war began', []],
    ['POS slot inside an exception', 'the Israeli war cabinet met', []],
    ['case-sensitive word', 'IDF troops', ['military/idf "IDF"']],
    ['case-sensitive word: other case', 'idf troops', []],
    ['case-sensitive variant', 'AP reported, citing Associated Press', ['military/ap "AP"', 'military/ap "Associated Press"']],
    ['case-sensitive variant: other case', 'the ap said, citing associated press', []],
    ['scare quotes', 'the “State of Israel” said', ['israel/distanced-israel "“State of Israel”"']],
    ['scare quotes, straight', 'attacks by "Israel" continue', ['israel/distanced-israel ""Israel""']],
    ['so-called', 'the so-called Israel said', ['israel/distanced-israel "so-called Israel"']],
    ['so-called and quotes', 'the so-called “Israel” said', ['israel/distanced-israel "so-called “Israel”"']],
    ['quoted speech is not a scare quote', 'He said: “Israel is strong.”', ['israel/israel "Israel"']],
    ['quote closing elsewhere', '“Israel, he said, will act”', ['israel/israel "Israel"']],
    ['plain name', 'Israel said', ['israel/israel "Israel"']],
  ])('%s', (_name, text, expected) => {
    expect(hitsIn(text, matcher).map(brief).sort()).toEqual([...expected].sort());
  });

  it('reaches a distanced variant only through its marks, so its POS slots are not tried at every word', () => {
    const lexicon = fixtureLexicon('syntax');
    lexicon.lexicon.referents[4]!.variants[1]!.patterns = ['[NOUN|PROPN]'];
    const { root } = matcherOf(lexicon);
    expect(root.pos?.map((e) => e.key)).toEqual(['ADJ|PROPN']); // the war variant's slot, not the distanced one's
    expect([...(root.next?.keys() ?? [])]).toEqual(expect.arrayContaining(['"', "'", 'so']));
    expect(hitsIn('the “junta” and the junta', matcherOf(lexicon)).map(brief)).toEqual(['israel/distanced-israel "“junta”"']);
  });
});
