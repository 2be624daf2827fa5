import type { Article, Corpus } from '../corpus/types.js';
import { sortArticles } from '../corpus/sort.js';
import { checkLexiconSet } from '../lexicon/load.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { buildModel } from '../model/build.js';
import type { ReportModel } from '../model/types.js';
import type { ScoringFrame } from '../score/score.js';
import { DEFAULT_PATTERNS } from '../structure/patterns.js';
import type { CountingPlan } from '../syndication/counting.js';
import { addRecord, recount } from './aggregates.js';
import { prepare, type Prepared } from './article.js';
import { CrossArticleStage, type ArticleLookup } from './cross-article.js';
import { inThisThread, threadCount, workerThreads, type Executor } from './executor.js';
import { emptyPartial, type PartialResult, type PartialSettings, type ShardName, type SkippedSummary } from './partial.js';
import { setAsideWordless } from './skip.js';
import { analyzeStream } from './stream.js';
import type { AnalyzeOptions, ArticleAnalysis, ArticleRecord, SkippedArticle, StructureSettings } from './types.js';

export type { AnalyzeOptions, ArticleAnalysis, ArticleFindings, ArticleRecord, SkippedArticle } from './types.js';

/*
 * The pipeline, as a reader meets it:
 *   1. startRun: lexicons compiled, threads started (they load wink's model meanwhile);
 *   2. run.records(articles): the per-article stages (nlp → structure → tag → score) on the threads, records in id order;
 *   3. for each record: its outputs are written (by the caller), addToPartial sums it, the cross-article stage takes its fingerprints and quotations;
 *   4. the cross-article stage: shared copies and the quotation comparison, reading again only the articles it needs;
 *   5. settleCounting: with countSharedOnce, copies taken away from the sums;
 *   6. buildModel: statistics and the report model from the sums.
 * A sharded run stops after 3 and writes its partial; a merge starts at 4 from the partials.
 */

/** A run of the pipeline: its settings, its compiled lexicons, and the threads that read articles. */
export interface Run {
  settings: PartialSettings;
  frame: ScoringFrame;
  prepared: Prepared;
  executor: Executor;
  /** The per-article stages over articles given in id order. */
  records(articles: AsyncIterable<Article> | Iterable<Article>): AsyncGenerator<ArticleRecord>;
  close(): Promise<void>;
}

export interface RunInputs {
  lexicons: LoadedLexicon[];
  options: AnalyzeOptions;
  /** Characters of text to analyse: whether threads repay starting them. */
  chars: number;
  generator?: { name: string; version: string };
}

export function startRun({ lexicons, options, chars, generator = { name: 'framelens', version: 'library' } }: RunInputs): Run {
  checkLexiconSet(lexicons);
  const structure: StructureSettings = { patterns: options.structure ?? DEFAULT_PATTERNS, includeBoilerplate: options.includeBoilerplate ?? false };
  const threads = threadCount(chars, options.workers ?? 'auto');
  // The threads load wink's model while this one compiles the lexicons; a bad lexicon is reported from here, once, before any thread is given work.
  const executorOf = (prepared: Prepared): Executor => (threads > 0 ? workerThreads({ lexicons, settings: structure }, threads) : inThisThread(prepared));
  const prepared = prepare(lexicons, structure);
  const executor = executorOf(prepared);
  return {
    settings: {
      generator,
      lexicons,
      structurePatterns: structure.patterns,
      includeBoilerplate: structure.includeBoilerplate,
      countSharedOnce: options.countSharedOnce === true,
      priorStrength: options.priorStrength ?? null,
      options: {},
    },
    frame: prepared.frame,
    prepared,
    executor,
    records: (articles) => analyzeStream(articles, executor, prepared, options.batchChars),
    close: () => executor.close(),
  };
}

/** Adds an analysed article to a partial's sums. */
export function addToPartial(partial: PartialResult, record: ArticleRecord): void {
  partial.articles += 1;
  addRecord(partial.aggregates, record, partial.settings.includeBoilerplate);
}

export function skippedSummary({ article, reason }: SkippedArticle): SkippedSummary {
  return { id: article.id, outlet: article.outlet, title: article.title ?? null, source: article.source, characters: article.text.length, reason };
}

/** The ids whose counting changes once groups of copies count once: the copies left out, and each group's first when it moves to the agency. */
export function recountedIds(counting: CountingPlan): string[] {
  return [...new Set([...counting.leftOut, ...Object.keys(counting.countedAs)])].sort();
}

/** With countSharedOnce: the copies taken away from the sums, and a group's first moved to the agency (records of recountedIds, any order). */
export async function settleCounting(partial: PartialResult, counting: CountingPlan, records: AsyncIterable<ArticleRecord> | Iterable<ArticleRecord>): Promise<void> {
  const leftOut = new Set(counting.leftOut);
  const includeBoilerplate = partial.settings.includeBoilerplate;
  for await (const record of records) {
    // An own key only: an article id such as `toString` must not find Object's method.
    const agency = Object.hasOwn(counting.countedAs, record.article.id) ? counting.countedAs[record.article.id] : undefined;
    if (leftOut.has(record.article.id)) recount(partial.aggregates, record, includeBoilerplate, -1);
    else if (agency !== undefined) {
      recount(partial.aggregates, record, includeBoilerplate, -1);
      recount(partial.aggregates, record, includeBoilerplate, 1, agency);
    }
  }
}

/** What analyze() returns: the report model, and every analysed article in id order (a library user's corpus is in memory already). */
export interface AnalysisResult extends ReportModel {
  articles: ArticleAnalysis[];
}

/**
 * The whole analysis of a corpus held in memory, with no file system,
 * process or terminal: the same pipeline the CLI streams, every record
 * kept. An article without words cannot have a rate, so it is set aside
 * in `skipped` with its reason, not analysed. Articles are processed in id
 * order and each article's findings depend only on its text, its manifest
 * entry, the lexicons and the options, so the result is the same whatever
 * order the articles come in and however the work is shared between threads.
 */
export async function analyze(corpus: Corpus, lexicons: LoadedLexicon[], options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const { analysable, skipped } = setAsideWordless(sortArticles(corpus.articles));
  const run = startRun({ lexicons, options, chars: analysable.reduce((n, a) => n + a.text.length, 0) });
  try {
    const shards: ShardName[] = [{ index: 1, count: 1, corpus: '' }];
    const partial = emptyPartial(run.settings, { title: corpus.title ?? null, description: corpus.description ?? null }, shards);
    partial.skipped = skipped.map(skippedSummary);
    const stage = new CrossArticleStage(run.settings.includeBoilerplate);
    const records: ArticleRecord[] = [];
    for await (const record of run.records(analysable)) {
      records.push(record);
      addToPartial(partial, record);
      stage.add(record);
    }
    const byId = new Map(records.map((r) => [r.article.id, r]));
    const lookup: ArticleLookup = async function* (ids) {
      for (const id of ids) {
        const record = byId.get(id);
        if (record) yield { article: record.article, structure: record.structure };
      }
    };
    const cross = await stage.finish(lookup, run.settings.countSharedOnce);
    await settleCounting(
      partial,
      cross.counting,
      recountedIds(cross.counting).map((id) => byId.get(id) as ArticleRecord),
    );
    const model = buildModel(partial, run.frame, cross);
    return { ...model, articles: records.map(({ vocabulary: _v, fingerprint: _f, signature: _s, ...analysis }) => analysis) };
  } finally {
    await run.close();
  }
}
