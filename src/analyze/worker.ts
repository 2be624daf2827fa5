import type { Article } from '../corpus/types.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { analyzeArticle, prepare, type Prepared } from './article.js';
import type { ArticleFindings, StructureSettings } from './types.js';

export interface ShardTask {
  lexicons: LoadedLexicon[];
  settings: StructureSettings;
  articles: Article[];
}

let prepared: { key: string; value: Prepared } | undefined;

/** Runs in a worker thread: the same analyzeArticle as in the main thread, over one shard of articles. */
export default function analyzeShard(task: ShardTask): ArticleFindings[] {
  const key = JSON.stringify([task.lexicons.map((l) => l.sha256), task.settings]);
  if (prepared?.key !== key) prepared = { key, value: prepare(task.lexicons, task.settings) };
  const ready = prepared.value;
  return task.articles.map((article) => analyzeArticle(article, ready));
}
