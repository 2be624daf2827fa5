import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Article } from '../corpus/types.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import type { BootstrapInput } from '../score/compare.js';
import type { Interval } from '../score/wilson.js';
import type { QuoteGroup, QuoteSource } from '../structure/compare-quotes.js';
import { shardsBySize } from './shards.js';
import type { ShardResult } from './shard.js';
import type { AnalyzeOptions, StructureSettings } from './types.js';

/** Below this much text, starting threads (each loads wink's model, ~0.2 s) costs more than it saves. */
const PARALLEL_THRESHOLD_CHARS = 2_000_000;
/** Shards small enough that the threads finish at about the same time. */
const SHARD_CHARS = 500_000;

export function workerCount(articles: Article[], option: AnalyzeOptions['workers']): number {
  if (typeof option === 'number') return Math.max(0, Math.floor(option));
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  return chars >= PARALLEL_THRESHOLD_CHARS ? Math.min(availableParallelism(), 4) : 0;
}

/** Worker threads that analyse shards of articles and then take whole-corpus steps off this thread. */
export interface AnalysisPool {
  /**
   * Shard results in the order of the articles given; each is handed to
   * `receive` (with the shard's articles) as soon as it arrives, so this
   * thread's part overlaps the workers'.
   */
  analyzeShards<T>(articles: Article[], receive: (result: ShardResult, shard: Article[]) => T, shardChars?: number): Promise<T[]>;
  /** compareQuotes in a worker, while this thread goes on with the scores. */
  compareQuotes(sources: QuoteSource[]): Promise<QuoteGroup[]>;
  /** bootstrapBlockIntervals of each input, in one worker. */
  bootstrap(inputs: BootstrapInput[]): Promise<Map<string, Interval>[]>;
  destroy(): Promise<void>;
}

export function startPool(lexicons: LoadedLexicon[], settings: StructureSettings, workers: number): AnalysisPool {
  const pool = new Piscina({ filename: new URL('./worker.js', import.meta.url).href, minThreads: workers, maxThreads: workers, idleTimeout: 100 });
  return {
    analyzeShards: (articles, receive, shardChars = SHARD_CHARS) => {
      const shards = shardsBySize(articles, (a) => a.text.length, shardChars);
      return Promise.all(shards.map(async (shard) => receive((await pool.run({ lexicons, settings, articles: shard }, { name: 'runShard' })) as ShardResult, shard)));
    },
    compareQuotes: async (sources) => (await pool.run(sources, { name: 'compareQuotes' })) as QuoteGroup[],
    bootstrap: async (inputs) => (await pool.run(inputs, { name: 'bootstrap' })) as Map<string, Interval>[],
    destroy: () => pool.destroy(),
  };
}
