import { describe, expect, it } from 'vitest';
import { brief, fixtureLexicon, hitsIn, matcherOf } from '../helpers.js';

const matcher = matcherOf(fixtureLexicon('proximity'));

// Cases from the gold standard (test/gold/): words that belong together but do not stand side by side.
describe('proximity and metonyms', () => {
  it.each([
    ['words apart, within the gap', 'Israel plans an offensive in the southern Gaza city of Rafah.', ['rafah/offensive "offensive in the southern Gaza city of Rafah"']],
    ['no gap needed', 'an offensive in Rafah', ['rafah/offensive "offensive in Rafah"']],
    ['too far apart', 'an offensive in the south of the Gaza Strip, not far from the city of Rafah', []],
    ['a bare ~ reaches the end of the sentence', 'A major ground invasion would cost many lives in Rafah, officials said.', ['rafah/invasion "invasion would cost many lives in Rafah"']],
    ['but never into the next sentence', 'An invasion is coming. Rafah waits.', []],
    ['a metonym as the subject of a verb', 'Tel Aviv also blocked water to Gaza.', ['state/tel-aviv "Tel Aviv also blocked"']],
    ['a metonym as a possessor', "Tel Aviv's actions drew condemnation.", ['state/tel-aviv "Tel Aviv\'s actions"']],
    ['the city as a place is no metonym', 'Netanyahu returned to Tel Aviv following the incident.', []],
  ])('%s', (_name, text, expected) => {
    expect(hitsIn(text, matcher).map(brief)).toEqual(expected);
  });

  it('keeps offsets exact across a gap', () => {
    const text = 'Israel plans an offensive in the southern Gaza city of Rafah.';
    for (const hit of hitsIn(text, matcher)) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
  });
});
