import type { ReferentEntry } from '../lexicon/catalogue.js';
import type { OutletSummary, ReportModel } from '../model/types.js';
import type { VariantStat } from '../score/comparison-types.js';
import type { ReferentNaming, Scores } from '../score/types.js';
import { fixed, percent } from './format.js';
import { concordancePagePath, referentPagePath } from './pages.js';
import { slug } from './slug.js';

export type StatsIndex = Map<string, VariantStat>;

/** What a comparison table needs of a model or of one story's part of it. */
export interface Scope {
  outlets: OutletSummary[];
  comparison: ReportModel['comparison'];
}

/** The outlet columns of every comparison table, in outlet order. */
export function outletColumns(scope: Scope): { name: string; short: string }[] {
  return scope.outlets.map((o) => ({ name: o.outlet, short: o.short }));
}

export function statsIndex(scope: Scope): StatsIndex {
  return new Map(scope.comparison.variants.map((s) => [`${s.outlet}\u0000${s.id}`, s]));
}

function shareBand(share: number, count: number): string {
  if (count === 0) return 's0';
  return `s${Math.min(4, 1 + Math.floor(share * 4))}`;
}

export function variantAnchor(variantId: string): string {
  return `v-${slug(variantId.split('/').pop() ?? variantId)}`;
}

/** Which of an outlet's scores a table shows: its own voice (the default), quoted words, or headline and lede. */
export type VoicePick = (o: OutletSummary) => Scores;

/**
 * The table of one referent in one voice: each variant any outlet used, a
 * column per outlet with count and share. For the outlet's own voice, which
 * the statistics are about, each cell also gives the 95 % interval of the
 * share, marks a clear difference (as the model decided it), and links to
 * its passages. `root` is the path from the page to the report folder.
 */
export function namingTable(entry: ReferentEntry, scope: Scope, stats: StatsIndex | undefined, root: string, pick: VoicePick = (o) => o) {
  const outlets = scope.outlets;
  const namings = outlets.map((o) => pick(o).referents.find((r) => r.id === entry.key) ?? ({ id: entry.key, mentions: 0, variants: [] } as ReferentNaming));
  const page = `${root}${referentPagePath(entry.key)}`;
  const used = entry.referent.variants.filter((v) => namings.some((n) => (n.variants.find((x) => x.id === `${entry.key}/${v.id}`)?.count ?? 0) > 0));
  const rows = used.map((variant) => {
    const id = `${entry.key}/${variant.id}`;
    const passages = `${root}${concordancePagePath(id, 1)}`;
    let total = 0;
    const cells = outlets.map((o, i) => {
      const naming = namings[i] as ReferentNaming;
      const plain = naming.variants.find((x) => x.id === id) ?? { count: 0, share: 0 };
      const stat = stats?.get(`${o.outlet}\u0000${id}`);
      const count = plain.count;
      total += count;
      const interval = stat?.shareLow != null && stat.shareHigh != null ? `${percent(stat.shareLow)}–${percent(stat.shareHigh)}` : '';
      const z = stat?.logOddsZ ?? null;
      const small = stats !== undefined && (stat?.smallSample ?? true);
      return {
        count,
        share: count > 0 ? percent(plain.share) : '',
        interval,
        small,
        // A small sample's interval is shown, but never as if it were precise.
        imprecise: small && interval !== '',
        sig: stat?.difference ?? '',
        band: shareBand(plain.share, count),
        href: count > 0 && stats !== undefined ? `${passages}#${slug(o.outlet)}` : undefined,
        title: `${o.outlet}: ${count} of ${naming.mentions}${interval ? `; share ${interval}${small ? ' (not precise)' : ''}` : ''}${z !== null ? `; z ${fixed(z)}` : ''}${small ? '; small sample' : ''}`,
      };
    });
    // The passages behind the own-voice counts are a click away, so only that table links to them.
    const href = stats !== undefined ? passages : undefined;
    return { id, anchor: variantAnchor(id), href, label: variant.label, category: variant.category, explanation: variant.explanation, cells, total };
  });
  const mentions = namings.map((n) => n.mentions);
  return {
    key: entry.key,
    href: page,
    label: entry.referent.label,
    description: entry.referent.description,
    rows,
    mentions,
    mentioned: mentions.some((m) => m > 0),
    unused: entry.referent.variants.length - used.length,
  };
}
