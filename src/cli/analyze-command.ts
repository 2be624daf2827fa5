import { resolve } from 'node:path';
import { addToPartial } from '../analyze/index.js';
import { articleLine, headerLine, summaryLine } from '../analyze/partial-json.js';
import { UserInputError } from '../errors.js';
import type { ShardOption } from './corpus-index.js';
import { displayPath } from './display-path.js';
import { PartialWriter } from './partial-file.js';
import { startProgress } from './progress.js';
import { startAnalysis, type ReportCommandOptions } from './report-command.js';

/** `--shard k/N`: the k-th of N shards (1 ≤ k ≤ N). */
export function parseShard(value: string | undefined): ShardOption {
  if (value === undefined) return { index: 1, count: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UserInputError([{ file: '--shard', value, message: 'not a shard', expected: 'k/N with 1 ≤ k ≤ N, e.g. 2/8 for the second of eight shards' }]);
  }
  return { index, count };
}

export interface AnalyzeCommandOptions extends ReportCommandOptions {
  shard?: string;
}

/**
 * `framelens analyze <corpus> --shard k/N --out <partial>`: the per-article
 * stages over one shard of the corpus (the articles whose id hashes to k),
 * written as a partial file for `framelens merge`. Returns the file's path.
 */
export async function runAnalyze(corpusPath: string, options: AnalyzeCommandOptions): Promise<string> {
  const shard = parseShard(options.shard);
  const { corpus, run, partial } = startAnalysis(corpusPath, options, shard);
  const out = resolve(options.out);
  const writer = new PartialWriter(out);
  try {
    writer.line(headerLine(partial, run.frame));
    const progress = startProgress(corpus.size, `shard ${shard.index}/${shard.count}: articles`, { quiet: options.quiet === true });
    for await (const record of run.records(corpus.articles())) {
      writer.line(articleLine(record, run.prepared.variantIndex));
      addToPartial(partial, record);
      progress.tick();
    }
    progress.done();
    for (const s of partial.skipped) writer.line({ kind: 'skipped', ...s });
    writer.line(summaryLine(partial));
    writer.commit();
    return displayPath(out);
  } catch (error) {
    writer.abort();
    throw error;
  } finally {
    await run.close();
    corpus.close();
  }
}
