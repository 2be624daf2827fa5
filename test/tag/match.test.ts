import { describe, expect, it } from 'vitest';
import { brief, fixtureLexicon, hitsIn, matcherOf } from '../helpers.js';

const matcher = matcherOf(fixtureLexicon('basics'));

describe('matching', () => {
  it.each([
    ['inflection: plural', 'All hostages were freed.', ['held/hostages "hostages"']],
    ['inflection off: plural not matched', 'The captives and a captive.', ['held/captives "captive"']],
    ['possessive with curly apostrophe', 'the regime’s goal', ['israel-state/regime "regime"']],
    ['possessive with straight apostrophe', "the regime's goal", ['israel-state/regime "regime"']],
    ['pattern apostrophe typed either way', 'Israel’s government said', ['israel-state/government "Israel’s government"']],
    ['hyphen or space: al-Aqsa', 'after al-Aqsa Storm began', ['oct7/al-aqsa-storm "al-Aqsa Storm"']],
    ['hyphen or space: Al Aqsa', 'after Al Aqsa Storm began', ['oct7/al-aqsa-storm "Al Aqsa Storm"']],
    ['hyphen or space: Al-Aqsa, upper case', 'AFTER AL-AQSA STORM', ['oct7/al-aqsa-storm "AL-AQSA STORM"']],
    ['en dash between words', 'after Al–Aqsa Storm began', ['oct7/al-aqsa-storm "Al–Aqsa Storm"']],
    ['non-breaking space between words', 'the Israeli\u00a0regime', ['israel-state/regime "Israeli\u00a0regime"']],
    ['exception cancels its variant', 'The Israeli war cabinet met.', ['israel-state/israeli "Israeli"']],
    ['exception does not cancel outside it', 'The Israeli war on Gaza.', ['war/israeli-war "Israeli war"', 'israel-state/israeli "Israeli"']],
    ['exception of another state', 'The Iranian regime and the regime change debate.', []],
    ['longest match wins in a referent', 'the Israeli regime said', ['israel-state/regime "Israeli regime"']],
    ['longest match wins: long phrase', 'defeating the Hamas Palestinian militant group', ['hamas/militant-group "Hamas Palestinian militant group"']],
    ['punctuation blocks a match', 'Israeli, regime', ['israel-state/israeli "Israeli"', 'israel-state/regime "regime"']],
    ['no match across sentences', 'He was Israeli. War came later.', ['israel-state/israeli "Israeli"']],
    ['word boundaries: no partial words', 'regimented hostageship', []],
  ])('%s', (_name, text, expected) => {
    const hits = hitsIn(text, matcher);
    expect(hits.map(brief).sort()).toEqual([...expected].sort());
  });

  it('lets different referents overlap but counts a span once per referent', () => {
    const hits = hitsIn('figures from the Hamas-run health ministry', matcher);
    expect(hits.map(brief).sort()).toEqual(['casualties/hamas-run-ministry "Hamas-run health ministry"', 'hamas/hamas "Hamas"']);
  });

  it('gives offsets into the original text', () => {
    const text = '“Hostages,” he said — the Israeli\u00a0regime’s claim; Al-Aqsa Storm.';
    for (const hit of hitsIn(text, matcher)) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(hitsIn(text, matcher)).toHaveLength(3);
  });

  it('keys hits on lexicon/referent/variant ids', () => {
    const [hit] = hitsIn('all hostages', matcher);
    expect(hit).toMatchObject({ id: 'basics/held/hostages', lexicon: 'basics', referent: 'held', variant: 'hostages', category: 'neutral' });
  });
});
