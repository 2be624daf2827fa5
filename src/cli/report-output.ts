import { join } from 'node:path';
import { addToPartial, recountedIds, settleCounting } from '../analyze/index.js';
import { CrossArticleStage, type ArticleLookup } from '../analyze/cross-article.js';
import type { PartialResult } from '../analyze/partial.js';
import type { ArticleRecord } from '../analyze/types.js';
import { UserInputError } from '../errors.js';
import { categoriesOf } from '../lexicon/categories.js';
import { combineLexicons } from '../lexicon/combine.js';
import { buildModel } from '../model/build.js';
import type { ScoringFrame } from '../score/score.js';
import type { ReportMeta } from '../report/meta.js';
import { ReportBuilder } from '../report/render.js';
import { displayPath } from './display-path.js';
import { TEMPLATE_DIR } from './package-info.js';
import { startProgress } from './progress.js';
import { readTemplates } from './read-templates.js';
import { ReportStage } from './write-report.js';

/** Where a report's articles come from: analysed now (report) or read from partial files (merge). */
export interface ReportInputs {
  /** The partial the report is made of: empty to be summed as records come (report), or summed already (merge). */
  partial: PartialResult;
  sumRecords: boolean;
  frame: ScoringFrame;
  /** Every article's record, in id order. */
  records: AsyncIterable<ArticleRecord> | Iterable<ArticleRecord>;
  total: number;
  lookup: ArticleLookup;
  recordsOf: (ids: readonly string[]) => AsyncIterable<ArticleRecord> | Iterable<ArticleRecord>;
  meta: ReportMeta;
}

export interface OutputOptions {
  out: string;
  force: boolean;
  quiet: boolean;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Streams a report into `out`: each article's page and rows as its record
 * comes, the cross-article stage, the counting settled, the model, and
 * everything made from it; then the swap. `framelens report` and `framelens
 * merge` both end here, so the same records and sums give the same bytes.
 * Returns index.html's path as shown to the user, and warnings.
 */
export async function writeStreamedReport(inputs: ReportInputs, options: OutputOptions): Promise<{ index: string; warnings: string[] }> {
  const { partial, frame, meta } = inputs;
  const { settings } = partial;
  if (partial.articles === 0 && !inputs.sumRecords) noneAnalysed(partial);
  const shown = displayPath(options.out);
  // Named before writing: the swap may move the folder the process is working in.
  const index = displayPath(join(options.out, 'index.html'));
  const stage = ReportStage.open(options.out, { force: options.force, cwd: process.cwd(), shown });
  try {
    const builder = new ReportBuilder(
      readTemplates(TEMPLATE_DIR),
      { matched: combineLexicons(settings.lexicons).lexicons, categories: categoriesOf(settings.lexicons.map((l) => l.lexicon)), includeBoilerplate: settings.includeBoilerplate, corpusTitle: partial.corpus.title, meta },
      stage,
    );
    const cross = new CrossArticleStage(settings.includeBoilerplate);
    const progress = startProgress(inputs.total, 'articles', { quiet: options.quiet });
    let n = 0;
    for await (const record of inputs.records) {
      builder.add(record);
      if (inputs.sumRecords) addToPartial(partial, record);
      cross.add(record);
      progress.tick();
      // Synchronous writes between two looks at the event loop, so Ctrl-C is handled at once even when nothing else awaits.
      if (++n % 100 === 0) await nextTurn();
    }
    progress.done();
    if (partial.articles === 0) noneAnalysed(partial);
    const found = await cross.finish(inputs.lookup, settings.countSharedOnce);
    await settleCounting(partial, found.counting, inputs.recordsOf(recountedIds(found.counting)));
    builder.finish(buildModel(partial, frame, found));
    return { index, warnings: stage.commit() };
  } catch (error) {
    stage.abort();
    throw error;
  }
}

/** A report with nothing analysed is no report: every article was empty or wordless. */
function noneAnalysed(partial: PartialResult): never {
  throw new UserInputError(
    partial.skipped.length === 0
      ? [{ file: 'corpus', message: 'no article to analyse', expected: 'at least one article with text' }]
      : partial.skipped.map((s) => ({ file: s.source, message: `no words to analyse (${s.reason})`, expected: 'at least one article in the corpus with text' })),
  );
}
