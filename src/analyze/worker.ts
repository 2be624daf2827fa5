import type { Article } from '../corpus/types.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { analyzeArticle, prepare, type Prepared } from './article.js';
import type { ArticleFindings } from './types.js';

export interface ShardTask {
  lexicons: LoadedLexicon[];
  articles: Article[];
}

let prepared: { key: string; value: Prepared } | undefined;

/** Runs in a worker thread: the same analyzeArticle as in the main thread, over one shard of articles. */
export default function analyzeShard(task: ShardTask): ArticleFindings[] {
  const key = task.lexicons.map((l) => l.sha256).join(',');
  if (prepared?.key !== key) prepared = { key, value: prepare(task.lexicons) };
  const ready = prepared.value;
  return task.articles.map((article) => analyzeArticle(article, ready));
}
