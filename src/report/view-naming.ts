import type { AnalysisResult } from '../analyze/index.js';
import type { ReferentEntry } from '../lexicon/catalogue.js';
import type { VariantStat } from '../score/comparison-types.js';
import type { OutletScores, ReferentNaming, Scores } from '../score/types.js';
import { fixed, percent } from './format.js';
import { referentPagePath } from './pages.js';
import { slug } from './slug.js';

/** |z| at or above this, on enough evidence, marks an outlet as using a variant more (or less) than the others. */
const SIGNIFICANT_Z = 1.96;

export type StatsIndex = Map<string, VariantStat>;

/** Table columns use an outlet's short name where the corpus gives one; the full name stays in the tooltip. */
export function shortName(analysis: AnalysisResult, outlet: string): string {
  return analysis.articles.find((a) => a.article.outlet === outlet && a.article.outletShort !== undefined)?.article.outletShort ?? outlet;
}

/** The outlet columns of every comparison table, in outlet order. */
export function outletColumns(analysis: AnalysisResult): { name: string; short: string }[] {
  return analysis.outlets.map((o) => ({ name: o.outlet, short: shortName(analysis, o.outlet) }));
}

export function statsIndex(analysis: AnalysisResult): StatsIndex {
  return new Map(analysis.comparison.variants.map((s) => [`${s.outlet}\u0000${s.id}`, s]));
}

function shareBand(share: number, count: number): string {
  if (count === 0) return 's0';
  return `s${Math.min(4, 1 + Math.floor(share * 4))}`;
}

/** over / under when the log-odds z is large and the sample is not small; '' otherwise. */
export function significance(z: number | null, small: boolean): string {
  if (small || z === null || Math.abs(z) < SIGNIFICANT_Z) return '';
  return z > 0 ? 'over' : 'under';
}

export function variantAnchor(variantId: string): string {
  return `v-${slug(variantId.split('/').pop() ?? variantId)}`;
}

/** Which of an outlet's scores a table shows: its own voice (the default), quoted words, or headline and lede. */
export type VoicePick = (o: OutletScores) => Scores;

/**
 * The table of one referent in one voice: each variant any outlet used, a
 * column per outlet with count and share. For the outlet's own voice, which
 * the statistics are about, each cell also gives the 95 % interval of the
 * share, marks a clear difference, and links to its passages. `root` is the
 * path from the page to the report folder.
 */
export function namingTable(entry: ReferentEntry, analysis: AnalysisResult, stats: StatsIndex | undefined, root: string, pick: VoicePick = (o) => o) {
  const outlets = analysis.outlets;
  const namings = outlets.map((o) => pick(o).referents.find((r) => r.id === entry.key) ?? ({ id: entry.key, mentions: 0, variants: [] } as ReferentNaming));
  const page = `${root}${referentPagePath(entry.key)}`;
  const used = entry.referent.variants.filter((v) => namings.some((n) => (n.variants.find((x) => x.id === `${entry.key}/${v.id}`)?.count ?? 0) > 0));
  const rows = used.map((variant) => {
    const id = `${entry.key}/${variant.id}`;
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
        sig: significance(z, small),
        band: shareBand(plain.share, count),
        href: count > 0 && stats !== undefined ? `${page}#${variantAnchor(id)}-${slug(o.outlet)}` : undefined,
        title: `${o.outlet}: ${count} of ${naming.mentions} mentions of ${entry.referent.label}${interval ? `; 95% interval of the share ${interval}` : ''}${z !== null ? `; log-odds z ${fixed(z)} against the other outlets` : ''}${small ? '; small sample' : ''}`,
      };
    });
    // The referent page lists the passages the own-voice counts are made of, so only that table links to it.
    const href = stats !== undefined ? `${page}#${variantAnchor(id)}` : undefined;
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
