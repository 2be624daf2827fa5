import { resolve } from 'node:path';
import { mergePartials, mismatch, type PartialResult } from '../analyze/partial.js';
import { UserInputError, type Problem } from '../errors.js';
import { displayPath } from './display-path.js';
import { generatedAt } from './generated-at.js';
import { mergedRecords, partialLookup, readPartial, type PartialFile } from './partial-file.js';
import { outputFolder } from './report-command.js';
import { writeStreamedReport } from './report-output.js';

export interface MergeCommandOptions {
  out: string;
  force?: boolean;
  quiet?: boolean;
}

/** Every shard of each split named in the partials is there, once: a report of half a corpus would look like a whole one. */
function missingShards(partial: PartialResult): Problem[] {
  const splits = new Map<string, Set<number>>();
  for (const s of partial.shards) {
    const key = `${s.corpus}\u0000${s.count}`;
    splits.set(key, (splits.get(key) ?? new Set()).add(s.index));
  }
  const problems: Problem[] = [];
  for (const [key, have] of splits) {
    const count = Number(key.split('\u0000')[1]);
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !have.has(k));
    if (missing.length > 0) problems.push({ file: 'merge', message: `shard(s) ${missing.map((k) => `${k}/${count}`).join(', ')} of the corpus are missing`, expected: `every shard 1/${count} … ${count}/${count}, each analysed with \`framelens analyze --shard k/${count}\`` });
  }
  return problems;
}

/**
 * `framelens merge <partial>… --out <folder>`: the partials' sums merged,
 * their articles read in id order, and the report written exactly as
 * `framelens report` would have written it for the whole corpus.
 */
export async function runMerge(paths: string[], options: MergeCommandOptions): Promise<string> {
  const when = generatedAt(process.env);
  const files: PartialFile[] = paths.map((p) => readPartial(resolve(p)));
  let merged = (files[0] as PartialFile).partial;
  for (const file of files.slice(1)) {
    const problem = mismatch(merged, file.partial);
    if (problem !== undefined) throw new UserInputError([{ file: displayPath(file.path), message: `cannot be merged with the partials before it: ${problem}`, expected: 'partials of one corpus, made with the same framelens, lexicons and options' }]);
    merged = mergePartials(merged, file.partial);
  }
  const missing = missingShards(merged);
  if (missing.length > 0) throw new UserInputError(missing);
  // The frame and options of the first shard in shard order: every partial's are the same but for the paths in options.
  const first = [...files].sort((a, b) => (a.header.shards[0]?.index ?? 0) - (b.header.shards[0]?.index ?? 0))[0] as PartialFile;
  const { lookup, records } = partialLookup(files);
  const { index, warnings } = await writeStreamedReport(
    {
      partial: merged,
      sumRecords: false,
      frame: first.header.frame,
      records: mergedRecords(files),
      total: merged.articles,
      lookup,
      recordsOf: records,
      meta: { generator: merged.settings.generator, generatedAt: when, options: first.partial.settings.options },
    },
    { out: outputFolder(options.out), force: options.force === true, quiet: options.quiet === true },
  );
  for (const warning of warnings) process.stderr.write(`framelens: ${warning}\n`);
  return index;
}
