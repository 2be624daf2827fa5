import type { Hit, VariantInfo } from '../tag/types.js';
import { per1000 } from './rate.js';
import type { Rate, ReferentNaming, Scores } from './types.js';

/** What scoring needs to know about the run: every variant and category, so zeros are reported too. */
export interface ScoringFrame {
  variants: VariantInfo[];
  categories: string[];
}

/**
 * Scores of a body of text: its word count and the hits found in it. With
 * `zeros`, every referent and variant of the run is listed, so outlets line up
 * in a table; without, only what occurs (an article's scores stay small on a
 * large lexicon).
 */
export function scoreText(words: number, hits: Hit[], frame: ScoringFrame, zeros = true): Scores {
  const variantCounts = new Map<string, number>();
  const categoryCounts = new Map<string, number>(frame.categories.map((c) => [c, 0]));
  for (const hit of hits) {
    variantCounts.set(hit.id, (variantCounts.get(hit.id) ?? 0) + 1);
    categoryCounts.set(hit.category, (categoryCounts.get(hit.category) ?? 0) + 1);
  }
  const rate = (count: number): Rate => ({ count, ratePer1000Words: per1000(count, words) });

  const byVariant: Record<string, Rate> = {};
  for (const id of [...variantCounts.keys()].sort()) byVariant[id] = rate(variantCounts.get(id) ?? 0);
  const byCategory: Record<string, Rate> = {};
  for (const [category, count] of categoryCounts) byCategory[category] = rate(count);

  const referents = new Map<string, ReferentNaming>();
  const listed = zeros ? frame.variants : frame.variants.filter((v) => variantCounts.has(v.id));
  for (const v of listed) {
    const count = variantCounts.get(v.id) ?? 0;
    let naming = referents.get(v.referentKey);
    if (!naming) {
      naming = { id: v.referentKey, mentions: 0, variants: [] };
      referents.set(v.referentKey, naming);
    }
    naming.mentions += count;
    naming.variants.push({ id: v.id, count, share: 0 });
  }
  for (const naming of referents.values()) {
    for (const variant of naming.variants) variant.share = naming.mentions === 0 ? 0 : variant.count / naming.mentions;
  }
  return { words, hits: hits.length, ratePer1000Words: per1000(hits.length, words), byVariant, byCategory, referents: [...referents.values()] };
}

