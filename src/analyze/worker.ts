import type { Article } from '../corpus/types.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { bootstrapBlockIntervals } from '../score/bootstrap.js';
import type { BootstrapInput } from '../score/compare.js';
import type { Interval } from '../score/wilson.js';
import { prepare, type Prepared } from './article.js';
import { analyzeShard, type ShardResult } from './shard.js';
import type { StructureSettings } from './types.js';

export { compareQuotes } from '../structure/compare-quotes.js';

/** Outlets' bootstrap intervals, for analyze() to run beside the quotation comparison. */
export function bootstrap(inputs: BootstrapInput[]): Map<string, Interval>[] {
  return inputs.map(({ block, keys }) => bootstrapBlockIntervals(block, keys));
}

export interface ShardTask {
  lexicons: LoadedLexicon[];
  settings: StructureSettings;
  articles: Article[];
}

let prepared: { key: string; value: Prepared } | undefined;

/** Runs in a worker thread: the same analyzeShard as in the main thread. */
export function runShard(task: ShardTask): ShardResult {
  const key = JSON.stringify([task.lexicons.map((l) => l.sha256), task.settings]);
  if (prepared?.key !== key) prepared = { key, value: prepare(task.lexicons, task.settings) };
  return analyzeShard(task.articles, prepared.value);
}
