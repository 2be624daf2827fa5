import { describe, expect, it } from 'vitest';
import { cohensKappa, counts, evaluate, voiceOf, type ArticleAnnotation } from '../../src/evaluate/index.js';

const TEXT = 'Home\nThe regime held the hostages, "the regime" said.\nThe “regime” spoke.';
const at = (words: string, from = 0): { start: number; end: number } => {
  const start = TEXT.indexOf(words, from);
  return { start, end: start + words.length };
};
const lines = (kinds: ArticleAnnotation['lines'][number]['kind'][]) => [at('Home'), at('The regime held the hostages, "the regime" said.'), at('The “regime” spoke.')].map((span, i) => ({ ...span, kind: kinds[i] ?? 'body' }));

const reference: ArticleAnnotation = {
  article: 'a',
  lexicons: ['x'],
  markers: [
    { ...at('regime'), id: 'x/state/regime' },
    { ...at('hostages'), id: 'x/held/hostages' },
    { ...at('regime', 35), id: 'x/state/regime' },
    { ...at('“regime”'), id: 'x/state/regime' },
  ],
  quotes: [
    { ...at('"the regime"'), kind: 'direct', speakers: [] },
    { ...at('“regime”'), kind: 'scare', speakers: [] },
  ],
  lines: lines(['furniture', 'body', 'body']),
  datelines: [],
};

describe('evaluate', () => {
  it('derives a marker’s voice from the quotations and lines: a scare quote is the outlet’s own', () => {
    expect(reference.markers.map((m) => voiceOf(reference, m))).toEqual(['narrator', 'narrator', 'quoted', 'narrator']);
  });

  it('scores a candidate against the reference, by voice, with its disagreements', () => {
    const candidate: ArticleAnnotation = {
      ...reference,
      // Found the first regime and the hostages; took the scare quote for someone's words; one marker of another lexicon is ignored.
      markers: [
        { ...at('regime'), id: 'x/state/regime', voice: 'narrator' },
        { ...at('hostages'), id: 'x/held/captives', voice: 'narrator' },
        { ...at('“regime”'), id: 'x/state/regime', voice: 'quoted' },
        { ...at('Home'), id: 'other/a/b', voice: 'boilerplate' },
      ],
      quotes: [{ ...at('"the regime"'), kind: 'direct', speakers: [] }],
      lines: lines(['body', 'body', 'body']),
    };
    const e = evaluate([{ text: TEXT, reference, candidate }], (id) => (id.endsWith('regime') ? 'delegitimising-label' : 'neutral'));
    expect(e.naming.allVoices.overall).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(e.naming.allVoices.byReferent['x/held']).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(e.naming.allVoices.byVariant['x/held/hostages']).toMatchObject({ tp: 0, fn: 1 });
    expect(e.naming.ownVoice.overall).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(e.quotations.scareQuotes).toMatchObject({ tp: 0, fn: 1 });
    expect(e.voice).toEqual({ right: 1, total: 2, share: 0.5 });
    expect(e.segments.furnitureOut).toEqual({ right: 0, total: 1, share: 0 });
    expect(e.disagreements.map((d) => `${d.layer} ${d.kind}`)).toContain('voice wrong');
  });
});

describe('measures', () => {
  it.each([
    ['perfect agreement', ['a', 'b', 'a'], ['a', 'b', 'a'], 1],
    ['agreement no better than chance', ['a', 'a', 'b', 'b'], ['a', 'b', 'a', 'b'], 0],
    ['one label throughout, in both', ['O', 'O'], ['O', 'O'], 1],
    ['partial agreement', ['a', 'a', 'a', 'b'], ['a', 'a', 'b', 'b'], 0.5],
  ])("Cohen's kappa: %s", (_name, a, b, kappa) => {
    expect(cohensKappa(a, b)).toBeCloseTo(kappa, 6);
  });

  it('gives F1 from counts, and 1 where there was nothing to find', () => {
    expect(counts(3, 1, 2)).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(counts(3, 1, 2).f1).toBeCloseTo(2 / 3, 6);
    expect(counts(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});
