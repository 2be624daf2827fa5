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
  const categoryCounts = new Map<string, number>();
  for (const hit of hits) {
    variantCounts.set(hit.id, (variantCounts.get(hit.id) ?? 0) + 1);
    categoryCounts.set(hit.category, (categoryCounts.get(hit.category) ?? 0) + 1);
  }
  return scoresFromCounts(words, hits.length, variantCounts, categoryCounts, frame, zeros);
}

/** scoreText from counts already made: hits by variant id and by category id. */
export function scoresFromCounts(
  words: number,
  hits: number,
  variantCounts: ReadonlyMap<string, number>,
  categoryCounts: ReadonlyMap<string, number>,
  frame: ScoringFrame,
  zeros = true,
): Scores {
  const rate = (count: number): Rate => ({ count, ratePer1000Words: per1000(count, words) });

  const byVariant: Record<string, Rate> = {};
  for (const id of [...variantCounts.keys()].sort()) {
    const count = variantCounts.get(id) ?? 0;
    if (count > 0) byVariant[id] = rate(count);
  }
  const byCategory: Record<string, Rate> = {};
  for (const category of frame.categories) byCategory[category] = rate(categoryCounts.get(category) ?? 0);
  for (const category of [...categoryCounts.keys()].sort()) if (!(category in byCategory)) byCategory[category] = rate(categoryCounts.get(category) ?? 0);

  const referents = new Map<string, ReferentNaming>();
  const listed = zeros ? frame.variants : frame.variants.filter((v) => (variantCounts.get(v.id) ?? 0) > 0);
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
  return { words, hits, ratePer1000Words: per1000(hits, words), byVariant, byCategory, referents: [...referents.values()] };
}

