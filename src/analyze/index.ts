import type { Corpus } from '../corpus/types.js';
import { sortArticles } from '../corpus/sort.js';
import { categoriesOf } from '../lexicon/categories.js';
import { checkLexiconSet } from '../lexicon/load.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { WORD_COUNT_RULE } from '../nlp/words.js';
import type { ScoringFrame } from '../score/score.js';
import type { OutletScores } from '../score/types.js';
import { scoreVoices } from '../score/voices.js';
import { compareQuotes } from '../structure/compare-quotes.js';
import { DEFAULT_PATTERNS } from '../structure/patterns.js';
import { mergeSpeakers } from '../structure/speakers.js';
import { analyzeArticle, prepare } from './article.js';
import { analyzeInWorkers, workerCount } from './parallel.js';
import type { AnalysisResult, AnalyzeOptions, ArticleAnalysis, StructureSettings } from './types.js';

export type { AnalysisResult, AnalyzeOptions, ArticleAnalysis, ArticleFindings } from './types.js';

function outletScores(articles: ArticleAnalysis[], frame: ScoringFrame, includeBoilerplate: boolean): OutletScores[] {
  const byOutlet = new Map<string, ArticleAnalysis[]>();
  for (const a of articles) {
    const own = byOutlet.get(a.article.outlet);
    if (own) own.push(a);
    else byOutlet.set(a.article.outlet, [a]);
  }
  return [...byOutlet.keys()].sort().map((outlet) => {
    const own = byOutlet.get(outlet) ?? [];
    const sum = (f: (a: ArticleAnalysis) => number): number => own.reduce((n, a) => n + f(a), 0);
    const words = {
      own: sum((a) => a.partWords.narrator + (includeBoilerplate ? a.partWords.boilerplate : 0)),
      quoted: sum((a) => a.partWords.quoted),
      top: sum((a) => a.partWords.topNarrator),
    };
    const voices = scoreVoices(own.flatMap((a) => a.hits), words, frame, true, includeBoilerplate);
    return { outlet, articles: own.length, ...voices.own, quoted: voices.quoted, top: voices.top };
  });
}

/**
 * The whole analysis, with no file system, process or terminal: a corpus and
 * lexicons in, structure, hits and scores out. Articles are processed in id
 * order and each article's findings depend only on its text, its manifest
 * entry, the lexicons and the options, so the result is the same whatever
 * order the articles come in and however the work is shared between threads.
 */
export async function analyze(corpus: Corpus, lexicons: LoadedLexicon[], options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  checkLexiconSet(lexicons);
  const settings: StructureSettings = { patterns: options.structure ?? DEFAULT_PATTERNS, includeBoilerplate: options.includeBoilerplate ?? false };
  // Compiling here first reports a bad lexicon once, before any thread starts.
  const prepared = prepare(lexicons, settings);
  const sorted = sortArticles(corpus.articles);
  const workers = workerCount(sorted, options.workers ?? 'auto');
  const findings = workers > 0 ? await analyzeInWorkers(sorted, lexicons, settings, workers, options.shardChars) : sorted.map((a) => analyzeArticle(a, prepared));
  const articles: ArticleAnalysis[] = sorted.map((article, i) => ({ article, ...findings[i]! }));
  const outlets = outletScores(articles, prepared.frame, settings.includeBoilerplate);
  return {
    corpus: { title: corpus.title, description: corpus.description },
    articles,
    outlets,
    totals: {
      articles: articles.length,
      outlets: outlets.length,
      words: articles.reduce((n, a) => n + a.words, 0),
      hits: articles.reduce((n, a) => n + a.hits.length, 0),
    },
    lexicons,
    variants: prepared.matcher.variants,
    categories: categoriesOf(lexicons.map((l) => l.lexicon)),
    wordCountRule: WORD_COUNT_RULE,
    speakers: mergeSpeakers(articles.map((a) => a.structure.speakers)),
    quoteGroups: compareQuotes(articles.map((a) => ({ articleId: a.article.id, outlet: a.article.outlet, text: a.article.text, structure: a.structure }))),
    includeBoilerplate: settings.includeBoilerplate,
    structurePatterns: settings.patterns,
  };
}
