import type { Article, Corpus } from '../corpus/types.js';
import { sortArticles } from '../corpus/sort.js';
import { categoriesOf } from '../lexicon/categories.js';
import { checkLexiconSet } from '../lexicon/load.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { WORD_COUNT_RULE } from '../nlp/words.js';
import type { ScoringFrame } from '../score/score.js';
import type { OutletScores } from '../score/types.js';
import { scoreVoices, isOwnVoice } from '../score/voices.js';
import { articleText } from '../structure/own-text.js';
import { compareQuotes } from '../structure/compare-quotes.js';
import { DEFAULT_PATTERNS } from '../structure/patterns.js';
import { mergeSpeakers } from '../structure/speakers.js';
import { ownWords, prepare, type Prepared } from './article.js';
import { groupBy } from './group.js';
import { analyzeShard, expandShard, mergeVocabularies, type ShardResult } from './shard.js';
import { bootstrapInput, compareOutlets, type BootstrapInput } from '../score/compare.js';
import type { Interval } from '../score/wilson.js';
import { findSharedCopies } from '../syndication/groups.js';
import { countingPlan } from '../syndication/counting.js';
import { startPool, workerCount, type AnalysisPool } from './parallel.js';
import { setAsideWordless } from './skip.js';
import { bootstrap } from './worker.js';
import type { AnalysisResult, AnalyzeOptions, ArticleAnalysis, SkippedArticle, StoryAnalysis, StructureSettings } from './types.js';

export type { AnalysisResult, AnalyzeOptions, ArticleAnalysis, ArticleFindings, SkippedArticle, StoryAnalysis } from './types.js';

function outletScores(byOutlet: Map<string, ArticleAnalysis[]>, frame: ScoringFrame, includeBoilerplate: boolean): OutletScores[] {
  return [...byOutlet.keys()].sort().map((outlet) => {
    const own = byOutlet.get(outlet) ?? [];
    const sum = (f: (a: ArticleAnalysis) => number): number => own.reduce((n, a) => n + f(a), 0);
    const words = {
      own: sum((a) => ownWords(a.partWords, includeBoilerplate)),
      quoted: sum((a) => a.partWords.quoted),
      top: sum((a) => a.partWords.topNarrator),
    };
    const voices = scoreVoices(own.flatMap((a) => a.hits), words, frame, true, includeBoilerplate);
    return { outlet, articles: own.length, ...voices.own, quoted: voices.quoted, top: voices.top };
  });
}

function articleTextOf(a: ArticleAnalysis, includeBoilerplate: boolean): string {
  return articleText(a.article.text, a.structure, includeBoilerplate);
}

/** Bootstrap intervals of outlets' rates, in this thread or a worker's. */
type Bootstrap = (inputs: BootstrapInput[]) => Promise<Map<string, Interval>[]>;

const bootstrapHere: Bootstrap = async (inputs) => bootstrap(inputs);

/** Outlet scores and their comparison over a set of counted articles, in the outlets' own voice. */
async function compareAll(counted: ArticleAnalysis[], prepared: Prepared, vocabulary: Map<string, Map<string, number>>, priorStrength: number | undefined, bootstrap: Bootstrap) {
  const { includeBoilerplate } = prepared;
  const byOutlet = groupBy(counted, (a) => a.article.outlet);
  // Statistics compare what outlets wrote themselves: own-voice hits over own-voice words, as the scores do.
  const ownVoice = (a: ArticleAnalysis) => ({
    words: ownWords(a.partWords, includeBoilerplate),
    hits: a.hits.filter((h) => isOwnVoice(h, includeBoilerplate)),
  });
  const own = new Map([...byOutlet].map(([outlet, articles]) => [outlet, articles.map(ownVoice)]));
  const { variants } = prepared.matcher;
  const { categories } = prepared.frame;
  // The bootstraps (the costliest statistics) are handed out first, as one task: a worker then runs them back to back while this thread scores the outlets.
  const bootstrapped = [...own.keys()];
  const intervals = bootstrap([...own.values()].map((articles) => bootstrapInput({ articles }, variants, categories)));
  // Should scoring fail first, the bootstraps' answer is not waited for, and their failure is not reported twice.
  intervals.catch(() => undefined);
  const outlets = outletScores(byOutlet, prepared.frame, includeBoilerplate);
  const inputs = outlets.map((scores) => ({ scores, articles: own.get(scores.outlet) ?? [], vocabulary: vocabulary.get(scores.outlet) ?? new Map<string, number>() }));
  const byOutletIntervals = new Map((await intervals).map((found, i) => [bootstrapped[i] as string, found]));
  const comparison = compareOutlets(inputs, variants, categories, priorStrength, byOutletIntervals);
  return { outlets, comparison };
}

/** With several stories, each compared on its own (distinctive words are left to the whole corpus). */
async function storyComparisons(counted: ArticleAnalysis[], prepared: Prepared, priorStrength: number | undefined, bootstrap: Bootstrap): Promise<StoryAnalysis[]> {
  const byStory = groupBy(counted, (a) => a.article.story ?? '');
  if (byStory.size < 2) return [];
  return Promise.all(
    [...byStory.keys()].sort().map(async (story) => {
      const own = byStory.get(story) ?? [];
      return { story: story === '' ? 'no story given' : story, articles: own.map((a) => a.article.id), ...(await compareAll(own, prepared, new Map(), priorStrength, bootstrap)) };
    }),
  );
}

/**
 * The whole analysis, with no file system, process or terminal: a corpus and
 * lexicons in, structure, hits and scores out. Articles are processed in id
 * order and each article's findings depend only on its text, its manifest
 * entry, the lexicons and the options, so the result is the same whatever
 * order the articles come in and however the work is shared between threads.
 * An article without words cannot have a rate, so it is set aside in
 * `skipped` with its reason, not analysed.
 */
export async function analyze(corpus: Corpus, lexicons: LoadedLexicon[], options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  checkLexiconSet(lexicons);
  const settings: StructureSettings = { patterns: options.structure ?? DEFAULT_PATTERNS, includeBoilerplate: options.includeBoilerplate ?? false };
  const { analysable: sorted, skipped } = setAsideWordless(sortArticles(corpus.articles));
  const workers = workerCount(sorted, options.workers ?? 'auto');
  // The threads load wink's model while this one compiles the lexicons; a bad lexicon is reported from here, once, before any thread is given work.
  const pool = workers > 0 ? startPool(lexicons, settings, workers) : undefined;
  try {
    const prepared = prepare(lexicons, settings);
    return await analyzeSorted({ corpus, sorted, skipped, lexicons, prepared, settings, options }, pool);
  } finally {
    await pool?.destroy();
  }
}

/** What analyze() has settled before the articles are read. */
interface Run {
  corpus: Corpus;
  /** The articles to analyse, in id order. */
  sorted: Article[];
  skipped: SkippedArticle[];
  lexicons: LoadedLexicon[];
  prepared: Prepared;
  settings: StructureSettings;
  options: AnalyzeOptions;
}

async function analyzeSorted({ corpus, sorted, skipped, lexicons, prepared, settings, options }: Run, pool: AnalysisPool | undefined): Promise<AnalysisResult> {
  const receive = (result: ShardResult, shard: Article[]) => ({ ...expandShard(result, shard, prepared), vocabulary: result.vocabulary });
  const shards = pool ? await pool.analyzeShards(sorted, receive, options.shardChars) : [receive(analyzeShard(sorted, prepared), sorted)];
  const findings = shards.flatMap((s) => s.findings);
  const fingerprints = shards.flatMap((s) => s.fingerprints);
  const signatures = shards.flatMap((s) => s.signatures);
  const articles: ArticleAnalysis[] = sorted.map((article, i) => ({ article, ...findings[i]! }));
  // The quotation comparison needs nothing the scores need: with workers, one of them does it meanwhile.
  const quoteSources = articles.map((a) => ({ articleId: a.article.id, outlet: a.article.outlet, text: a.article.text, structure: a.structure }));
  const quoteGroupsInWorker = pool?.compareQuotes(quoteSources);
  // Should this thread fail first, the worker's answer is not waited for, and its failure is not reported twice.
  quoteGroupsInWorker?.catch(() => undefined);
  const { includeBoilerplate } = prepared;
  const findCopies = () =>
    findSharedCopies(
      sorted.map((a, i) => ({ id: a.id, text: articleTextOf(articles[i]!, includeBoilerplate), fingerprint: fingerprints[i] ?? [], signature: signatures[i], title: a.title, wireSource: a.wireSource })),
    );
  const countOnce = options.countSharedOnce === true;
  // Only when each group counts once do the copies decide what counts; otherwise they are found while the statistics are worked out.
  const copiesFirst = countOnce ? findCopies() : undefined;
  const counting = countingPlan(copiesFirst ?? [], countOnce);
  const leftOut = new Set(counting.leftOut);
  const counted = articles
    .filter((a) => !leftOut.has(a.article.id))
    .map((a) => {
      // An own key only: an article id such as `toString` must not find Object's method.
      const outlet = Object.hasOwn(counting.countedAs, a.article.id) ? counting.countedAs[a.article.id] : undefined;
      return outlet === undefined ? a : { ...a, article: { ...a.article, outlet }, scores: { ...a.scores, outlet } };
    });
  const vocabulary = mergeVocabularies(shards);
  // With workers, the bootstraps (the costliest statistics) run there, beside the quotation comparison.
  const bootstrap: Bootstrap = pool ? (inputs) => pool.bootstrap(inputs) : bootstrapHere;
  const statistics = Promise.all([compareAll(counted, prepared, vocabulary, options.priorStrength, bootstrap), storyComparisons(counted, prepared, options.priorStrength, bootstrap)]);
  // Should the copies fail, the statistics' answer is not waited for, and their failure is not reported twice.
  statistics.catch(() => undefined);
  const sharedCopies = copiesFirst ?? findCopies();
  const [{ outlets, comparison }, stories] = await statistics;
  const speakers = mergeSpeakers(articles.map((a) => a.structure.speakers));
  const quoteGroups = quoteGroupsInWorker ? await quoteGroupsInWorker : compareQuotes(quoteSources);

  return {
    corpus: { title: corpus.title, description: corpus.description },
    articles,
    skipped,
    outlets,
    comparison,
    sharedCopies,
    counting,
    stories,
    totals: {
      articles: counted.length,
      skipped: skipped.length,
      outlets: outlets.length,
      words: counted.reduce((n, a) => n + a.words, 0),
      hits: counted.reduce((n, a) => n + a.hits.length, 0),
    },
    lexicons,
    matched: prepared.combined.lexicons,
    overrides: prepared.combined.overrides,
    variants: prepared.matcher.variants,
    categories: categoriesOf(lexicons.map((l) => l.lexicon)),
    wordCountRule: WORD_COUNT_RULE,
    speakers,
    quoteGroups,
    includeBoilerplate,
    structurePatterns: settings.patterns,
  };
}
