import type { Article } from '../corpus/types.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { prepare, type Prepared } from './article.js';
import { analyzeShard, type ShardResult } from './shard.js';

export interface ShardTask {
  lexicons: LoadedLexicon[];
  articles: Article[];
}

let prepared: { key: string; value: Prepared } | undefined;

/** Runs in a worker thread: the same analyzeShard as in the main thread. */
export default function runShard(task: ShardTask): ShardResult {
  const key = task.lexicons.map((l) => l.sha256).join(',');
  if (prepared?.key !== key) prepared = { key, value: prepare(task.lexicons) };
  return analyzeShard(task.articles, prepared.value);
}
