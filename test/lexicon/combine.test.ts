import { describe, expect, it } from 'vitest';
import { combineLexicons } from '../../src/lexicon/combine.js';
import { brief, fixtureLexicon, hitsIn, matcherOf, problemsOf } from '../helpers.js';
import { readFileSync } from 'node:fs';
import { loadLexicon } from '../../src/lexicon/load.js';

const shipped = loadLexicon('lexicons/israel-gaza.json', readFileSync('lexicons/israel-gaza.json', 'utf8'));
const override = fixtureLexicon('override');

describe('combineLexicons (extends)', () => {
  const combined = combineLexicons([shipped, override]);

  it('replaces a variant by id, adds a new one to the shipped referent, and keeps its own referents', () => {
    expect(combined.overrides.map((o) => `${o.kind} ${o.id} by ${o.by}`)).toEqual([
      'replaced israel-gaza/israel-state/regime by house-style',
      'added israel-gaza/israel-state/cabinet-of-netanyahu by house-style',
    ]);
    expect(combined.overrides[0]?.previous?.patterns).toContain('Tel Aviv regime');
    expect(combined.lexicons.map((l) => `${l.lexicon.id}: ${l.lexicon.referents.map((r) => r.id).join(' ')}`)[1]).toBe('house-style: desk-terms');
  });

  it('counts the replacement under the shipped id, and the original no longer', () => {
    const matcher = matcherOf(...combined.lexicons);
    const hits = hitsIn('The ruling regime said the regime would not yield. The cabinet of Netanyahu and the flotilla.', matcher);
    expect(hits.filter((h) => h.referent === 'israel-state' || h.referent === 'desk-terms').map((h) => `${h.id} "${h.text}"`)).toEqual([
      'israel-gaza/israel-state/regime "ruling regime"',
      'israel-gaza/israel-state/cabinet-of-netanyahu "cabinet of Netanyahu"',
      'house-style/desk-terms/flotilla "flotilla"',
    ]);
    expect(hits.map(brief)).not.toContain('israel-state/regime "regime"');
  });

  it('leaves its inputs unchanged', () => {
    expect(shipped.lexicon.referents[0]?.variants.find((v) => v.id === 'regime')?.patterns).toContain('Tel Aviv regime');
  });

  it('refuses to extend a lexicon that is not in the run', () => {
    expect(problemsOf(() => combineLexicons([override]))[0]).toMatchObject({ pointer: '/extends/0', value: 'israel-gaza', message: 'extends a lexicon that is not in this run' });
  });
});
