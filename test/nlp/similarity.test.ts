import { readdirSync, readFileSync } from 'node:fs';
import diceCoefficient from 'natural/lib/natural/distance/dice_coefficient.js';
import { describe, expect, it } from 'vitest';
import { dice, fingerprint } from '../../src/nlp/similarity.js';

// Pairs where natural's Dice is worked out by hand as well: [a, b, expected].
const pairs: [string, string, number][] = [
  ['night', 'nacht', 0.25], // bigrams ni ig gh ht / na ac ch ht: 1 shared of 4 + 4
  ['We will not comport', 'We will not align', 22 / 34], // 18 and 16 distinct bigrams, 11 shared ("we will not ")
  ['a', 'a', 1],
  ['a', 'b', 0],
  ['aaaa', 'aa', 1], // one distinct bigram each
  ['Israel’s army', 'Israel\'s army', 1], // both comparable as "israel's army"
  ['Ölçer said', 'olcer said', 12 / 18], // 9 bigrams each; er, "r ", " s", sa, ai, id shared
  ['“Hostages,” he said', 'hostages he said', 1],
];

describe('dice', () => {
  it.each(pairs)('dice(%j, %j) is natural’s Dice of the comparable forms', (a, b, expected) => {
    const [x, y] = [fingerprint(a), fingerprint(b)];
    expect(dice(x, y)).toBe(diceCoefficient(x.comparable, y.comparable));
    expect(dice(x, y)).toBeCloseTo(expected, 10);
    // Asked again (bigrams now kept), and the other way round: the same.
    expect(dice(y, x)).toBe(dice(x, y));
  });

  it('equals natural’s Dice on every pair of seed paragraphs', () => {
    const dir = new URL('../../seeds/', import.meta.url);
    const paragraphs = readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .flatMap((n) => readFileSync(new URL(n, dir), 'utf8').split(/\n\s*\n/))
      .map(fingerprint);
    expect(paragraphs.length).toBeGreaterThan(30);
    for (const a of paragraphs) for (const b of paragraphs) expect(dice(a, b)).toBe(diceCoefficient(a.comparable, b.comparable));
  });
});
