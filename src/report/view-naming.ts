import type { Catalogue } from '../lexicon/catalogue.js';
import type { OutletScores, ReferentNaming, Scores } from '../score/types.js';
import { percent } from './format.js';

function shareBand(share: number, count: number): string {
  if (count === 0) return 's0';
  return `s${Math.min(4, 1 + Math.floor(share * 4))}`;
}

/**
 * For each referent, which variants each outlet used and what share of its
 * mentions, in one voice (`pick` chooses the outlet's own, quoted, or
 * headline-and-lede scores), so the same table can be shown per voice.
 */
export function namingTables(catalogue: Catalogue, outlets: OutletScores[], pick: (o: OutletScores) => Scores) {
  return catalogue.referents.map((entry) => {
    const namings = outlets.map((o) => pick(o).referents.find((r) => r.id === entry.key) ?? { id: entry.key, mentions: 0, variants: [] } as ReferentNaming);
    const used = entry.referent.variants.filter((v) => namings.some((n) => (n.variants.find((x) => x.id === `${entry.key}/${v.id}`)?.count ?? 0) > 0));
    const rows = used.map((variant) => {
      const id = `${entry.key}/${variant.id}`;
      let total = 0;
      const cells = namings.map((naming, i) => {
        const share = naming.variants.find((x) => x.id === id) ?? { count: 0, share: 0 };
        total += share.count;
        const outlet = (outlets[i] as OutletScores).outlet;
        return {
          count: share.count,
          share: share.count > 0 ? percent(share.share) : '',
          band: shareBand(share.share, share.count),
          title: `${outlet}: ${share.count} of ${naming.mentions} mentions of ${entry.referent.label}`,
        };
      });
      return { id, label: variant.label, category: variant.category, cells, total };
    });
    const mentions = namings.map((n) => n.mentions);
    return {
      key: entry.key,
      label: entry.referent.label,
      description: entry.referent.description,
      rows,
      mentions,
      mentioned: mentions.some((m) => m > 0),
      unused: entry.referent.variants.length - used.length,
    };
  });
}
