import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAME_THEN_VERB } from '../../src/structure/mentions.js';
import { nameMatches } from '../../src/structure/name-scan.js';
import { NAME_PHRASE } from '../../src/structure/speech.js';

const BARE_NAMES = new RegExp(`(?<![\\p{L}\\p{M}'’-])${NAME_PHRASE}`, 'gu');

const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0]]);

const texts = [
  'National Security Council Spokesman John Kirby said the talks went on.',
  'Hamas official Izzat al-Rishq told Al Jazeera that the group, which runs Gaza, had agreed.',
  'Kirby, a retired admiral, also said on Thursday that bin Salman and van der Berg had met.',
  'Ἀθῆναι and Łódź: Žižek said so. Ölçer added, “no”; ab-Kirby said; O’Neill noted it.',
  'Emoji 😀Kirby said, 𝐀lpha Beta said, al-Qassam Brigades warned – de Gaulle said.',
  "Mr. Smith's aide\u00a0Jones said\u2003it; \u00c9lodie Dupont remarked; d'Estaing said.",
  'no capital letters here at all, el said, abu said, der said and von said.',
  '',
];

describe('nameMatches', () => {
  it.each(texts.map((t) => [t]))('finds what a global search finds in %j', (text) => {
    for (const pattern of [NAME_THEN_VERB, BARE_NAMES]) expect(spans(nameMatches(text, pattern))).toEqual(spans(text.matchAll(pattern)));
  });

  it('finds what a global search finds in every seed article', () => {
    const dir = new URL('../../seeds/', import.meta.url);
    const seeds = readdirSync(dir).filter((n) => n.endsWith('.txt'));
    expect(seeds.length).toBe(5);
    for (const name of seeds) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      const found = spans(nameMatches(text, NAME_THEN_VERB));
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(spans(text.matchAll(NAME_THEN_VERB)));
    }
  });
});
