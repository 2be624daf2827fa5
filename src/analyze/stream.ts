import type { Article } from '../corpus/types.js';
import type { Prepared } from './article.js';
import { recordsOf } from './batch.js';
import type { Executor } from './executor.js';
import type { ArticleRecord } from './types.js';

/** Text per batch handed to a thread: small enough that threads finish together and a batch's data dies young, large enough to repay the hand-over. */
export const BATCH_CHARS = 100_000;

/**
 * The per-article stages over a stream of articles: batches are handed to
 * the executor's threads, at most two per thread ahead of what the caller
 * has taken, and records come out in the order the articles came in. The
 * caller pulls: while it writes one article's outputs the threads read the
 * next ones, and no more than a few batches are ever held in memory.
 */
export async function* analyzeStream(articles: AsyncIterable<Article> | Iterable<Article>, executor: Executor, prepared: Prepared, batchChars = BATCH_CHARS): AsyncGenerator<ArticleRecord> {
  const ahead = Math.max(1, executor.threads * 2);
  const pending: Promise<ArticleRecord[]>[] = [];
  const submit = (batch: Article[]): void => {
    const read = executor.run('readBatch', batch).then((result) => recordsOf(result, batch, prepared));
    // Should the caller stop early, a failure of a batch it never takes is not reported as unhandled.
    read.catch(() => undefined);
    pending.push(read);
  };
  let batch: Article[] = [];
  let filled = 0;
  for await (const article of articles) {
    batch.push(article);
    filled += article.text.length;
    if (filled < batchChars) continue;
    submit(batch);
    batch = [];
    filled = 0;
    while (pending.length >= ahead) yield* await (pending.shift() as Promise<ArticleRecord[]>);
  }
  if (batch.length > 0) submit(batch);
  while (pending.length > 0) yield* await (pending.shift() as Promise<ArticleRecord[]>);
}
