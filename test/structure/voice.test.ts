import { describe, expect, it } from 'vitest';
import { fixtureLexicon, hitsIn, matcherOf } from '../helpers.js';
import { compilePatterns, DEFAULT_PATTERNS } from '../../src/structure/patterns.js';
import { structureOf } from '../../src/structure/structure.js';
import { partWords } from '../../src/structure/word-counts.js';
import { voiceHits } from '../../src/tag/voice.js';

const patterns = compilePatterns(DEFAULT_PATTERNS);
const matcher = matcherOf(fixtureLexicon('basics'));

const TEXT = [
  'Hostages still held in Gaza',
  'The hostages were taken on 7 October, the army said.',
  '"Hamas is holding hostages," Kirby said.',
  'More from World news',
  'Hamas hostages story elsewhere.',
].join('\n');

describe('voiceHits', () => {
  const structure = structureOf(TEXT, patterns);
  const hits = voiceHits(hitsIn(TEXT, matcher), structure);
  const voiced = hits.map((h) => `${h.text}: ${h.voice}${h.speaker ? `/${h.speaker}` : ''} in ${h.segment}`);

  it('gives each hit its voice, speaker and segment', () => {
    expect(voiced.filter((v) => v.startsWith('Hostages') || v.startsWith('hostages'))).toEqual([
      'Hostages: narrator in headline',
      'hostages: narrator in lede',
      'hostages: quoted/kirby in body',
      'hostages: boilerplate in boilerplate',
    ]);
  });

  it('counts words by part so that the parts add up', () => {
    const words = partWords(TEXT, structure);
    expect(words).toEqual({ total: 29, boilerplate: 8, quoted: 4, narrator: 17, topNarrator: 15 });
  });
});
