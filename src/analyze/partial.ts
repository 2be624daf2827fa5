import type { LoadedLexicon } from '../lexicon/types.js';
import type { StructurePatterns } from '../structure/patterns.js';
import { emptyAggregates, mergeAggregates, type Aggregates } from './aggregates.js';

export const PARTIAL_FORMAT = 'framelens-partial';
/** The partial file's version: a merge refuses partials of another major version. */
export const PARTIAL_VERSION = '1.0.0';

/** What must be the same in every partial merged together: the same lexicons, patterns and options give comparable counts. */
export interface PartialSettings {
  generator: { name: string; version: string };
  lexicons: LoadedLexicon[];
  structurePatterns: StructurePatterns;
  includeBoilerplate: boolean;
  countSharedOnce: boolean;
  /** α₀ of the log-odds prior, when not the corpus's word count. */
  priorStrength: number | null;
  /** The run's options as the user gave them (corpus path, lexicon files, flags), for the report's provenance; a merge takes the first shard's. */
  options: Record<string, string | string[] | boolean>;
}

/** An article set aside (no words), as the report lists it. */
export interface SkippedSummary {
  id: string;
  outlet: string;
  title: string | null;
  source: string;
  characters: number;
  reason: string;
}

/** Which shard of which split of a corpus a partial holds; a merged partial holds several. */
export interface ShardName {
  index: number;
  count: number;
  /** Digest of the whole corpus's ids and texts, so shards of different corpora are not taken for one split. */
  corpus: string;
}

/**
 * The result of analysing a set of articles, short of the report: the
 * settings, the compact sums every statistic is made from, and the articles
 * set aside. Each article's record goes to the partial file beside it (and
 * to the report's per-article outputs); this is what stays in memory.
 */
export interface PartialResult {
  settings: PartialSettings;
  corpus: { title: string | null; description: string | null };
  shards: ShardName[];
  /** Articles analysed (records), whether or not they count. */
  articles: number;
  skipped: SkippedSummary[];
  aggregates: Aggregates;
}

export function emptyPartial(settings: PartialSettings, corpus: PartialResult['corpus'], shards: ShardName[]): PartialResult {
  return { settings, corpus, shards, articles: 0, skipped: [], aggregates: emptyAggregates() };
}

/** Why two partials cannot be merged, or undefined when they can. */
export function mismatch(a: PartialResult, b: PartialResult): string | undefined {
  const digests = (p: PartialResult) => p.settings.lexicons.map((l) => `${l.lexicon.id}@${l.sha256}`).join(', ');
  if (digests(a) !== digests(b)) return `made with other lexicons (${digests(b)}, not ${digests(a)})`;
  if (JSON.stringify(a.settings.structurePatterns) !== JSON.stringify(b.settings.structurePatterns)) return 'made with other structure patterns (--structure)';
  if (a.settings.includeBoilerplate !== b.settings.includeBoilerplate) return 'made with a different --include-boilerplate';
  if (a.settings.countSharedOnce !== b.settings.countSharedOnce) return 'made with a different --count-shared-once';
  if (a.settings.priorStrength !== b.settings.priorStrength) return 'made with a different prior strength';
  if (a.settings.generator.version !== b.settings.generator.version) return `made by framelens ${b.settings.generator.version}, not ${a.settings.generator.version}`;
  const shards = new Set(a.shards.map((s) => `${s.corpus}/${s.index}/${s.count}`));
  const twice = b.shards.find((s) => shards.has(`${s.corpus}/${s.index}/${s.count}`));
  if (twice) return `shard ${twice.index}/${twice.count} is in both`;
  return undefined;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const shardOrder = (a: ShardName, b: ShardName): number => byText(a.corpus, b.corpus) || a.count - b.count || a.index - b.index;

/**
 * Two partials as one: associative and commutative, so shards merge in any
 * order and grouping to the same result. Neither input is changed. The
 * caller checks `mismatch` first; the corpus title is the first given in
 * shard order.
 */
export function mergePartials(a: PartialResult, b: PartialResult): PartialResult {
  const problem = mismatch(a, b);
  if (problem !== undefined) throw new Error(`partials cannot be merged: ${problem}`);
  const aggregates = emptyAggregates();
  mergeAggregates(aggregates, a.aggregates);
  mergeAggregates(aggregates, b.aggregates);
  const shards = [...a.shards, ...b.shards].sort(shardOrder);
  const [first] = [a, b].sort((x, y) => shardOrder(x.shards[0] as ShardName, y.shards[0] as ShardName));
  return {
    settings: a.settings,
    corpus: (first as PartialResult).corpus,
    shards,
    articles: a.articles + b.articles,
    skipped: [...a.skipped, ...b.skipped].sort((x, y) => byText(x.id, y.id)),
    aggregates,
  };
}
