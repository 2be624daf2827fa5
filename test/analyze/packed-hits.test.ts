import { describe, expect, it } from 'vitest';
import { packHits, unpackHits } from '../../src/analyze/packed-hits.js';
import type { VariantInfo, VoicedHit } from '../../src/tag/types.js';

const variants: VariantInfo[] = [
  { id: 'lx/israel/regime', lexicon: 'lx', referent: 'israel', referentKey: 'lx/israel', variant: 'regime', category: 'delegitimising', order: 0 },
  { id: 'lx/people/hostages', lexicon: 'lx', referent: 'people', referentKey: 'lx/people', variant: 'hostages', category: 'neutral', order: 1 },
];
const index = new Map(variants.map((v, i) => [v.id, i]));

const texts = ['The regime said the hostages were held.', '', '“Hostages,” Kirby said. The regime’s army.'];

function hit(article: number, variant: number, start: number, end: number, rest: Pick<VoicedHit, 'sentence' | 'voice' | 'speaker' | 'segment'>): VoicedHit {
  const info = variants[variant] as VariantInfo;
  const text = (texts[article] as string).slice(start, end);
  return { id: info.id, lexicon: info.lexicon, referent: info.referent, variant: info.variant, category: info.category, start, end, text, ...rest };
}

// Every voice and several segments, a known and an unknown speaker, an article without hits.
const perArticle: VoicedHit[][] = [
  [hit(0, 0, 4, 10, { sentence: 0, voice: 'narrator', speaker: null, segment: 'headline' }), hit(0, 1, 20, 28, { sentence: 0, voice: 'boilerplate', speaker: null, segment: 'boilerplate' })],
  [],
  [
    hit(2, 1, 1, 9, { sentence: 0, voice: 'quoted', speaker: 'kirby', segment: 'lede' }),
    hit(2, 0, 28, 34, { sentence: 1, voice: 'quoted', speaker: null, segment: 'body' }),
    hit(2, 0, 28, 36, { sentence: 1, voice: 'narrator', speaker: null, segment: 'caption' }),
  ],
];

describe('packed hits', () => {
  it('unpack to the very hits that were packed, article by article', () => {
    const packed = packHits(perArticle, index);
    expect(packed.counts).toEqual([2, 0, 3]);
    expect(packed.speakers).toEqual(['kirby']);
    expect(unpackHits(packed, texts, variants)).toEqual(perArticle);
  });

  it('keep the key order of a hit, so results.json does not change', () => {
    const [unpacked] = unpackHits(packHits(perArticle, index), texts, variants);
    expect(Object.keys(unpacked?.[0] ?? {})).toEqual(Object.keys(perArticle[0]?.[0] ?? {}));
  });
});
