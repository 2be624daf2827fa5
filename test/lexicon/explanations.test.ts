import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const seeds = JSON.parse(readFileSync('seeds/corpus.json', 'utf8')) as { articles: { outlet: string; outletShort?: string }[] };
/** The names a reader would recognise each seed outlet by: its short name, its name without the note in brackets, and its first word. */
const seedNames = seeds.articles.flatMap((a) => [a.outletShort, a.outlet.replace(/\s*\(.*$/u, ''), a.outlet.split(/\s+/u)[0]].filter((n): n is string => typeof n === 'string' && n.length > 1));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function seedOutletsIn(text: string): string[] {
  return [...new Set(seedNames.filter((n) => new RegExp(`\\b${escape(n)}\\b`, 'u').test(text)))];
}

const bundled = ['israel-gaza', 'news-general', 'russia-ukraine', 'us-immigration'].map((id) => JSON.parse(readFileSync(`lexicons/${id}.json`, 'utf8')) as { referents: { variants: { id: string; explanation: string }[] }[] });

describe('bundled lexicon explanations', () => {
  it('finds a seed outlet where an explanation names one', () => {
    expect(seedOutletsIn('as Press TV writes, and in Anadolu copy')).toEqual(expect.arrayContaining(['Press TV', 'Anadolu']));
    expect(seedOutletsIn('as Iranian state media write')).toEqual([]);
  });

  it('name no seed outlet, so a blind report can hide the outlets (examples may quote them)', () => {
    const named = bundled.flatMap((l) => l.referents.flatMap((r) => r.variants.flatMap((v) => seedOutletsIn(v.explanation).map((n) => `${v.id}: ${n}`))));
    expect(named).toEqual([]);
  });
});
