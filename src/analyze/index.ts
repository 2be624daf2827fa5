import type { Corpus } from '../corpus/types.js';
import { sortArticles } from '../corpus/sort.js';
import { categoriesOf } from '../lexicon/categories.js';
import { checkLexiconSet } from '../lexicon/load.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { WORD_COUNT_RULE } from '../nlp/words.js';
import { scoreText, type ScoringFrame } from '../score/score.js';
import type { OutletScores } from '../score/types.js';
import { analyzeArticle, prepare } from './article.js';
import { analyzeInWorkers, workerCount } from './parallel.js';
import { setAsideWordless } from './skip.js';
import type { AnalysisResult, AnalyzeOptions, ArticleAnalysis } from './types.js';

export type { AnalysisResult, AnalyzeOptions, ArticleAnalysis, ArticleFindings, SkippedArticle } from './types.js';

function outletScores(articles: ArticleAnalysis[], frame: ScoringFrame): OutletScores[] {
  const byOutlet = new Map<string, ArticleAnalysis[]>();
  for (const a of articles) {
    const own = byOutlet.get(a.article.outlet);
    if (own) own.push(a);
    else byOutlet.set(a.article.outlet, [a]);
  }
  return [...byOutlet.keys()].sort().map((outlet) => {
    const own = byOutlet.get(outlet) ?? [];
    const words = own.reduce((n, a) => n + a.words, 0);
    return { outlet, articles: own.length, ...scoreText(words, own.flatMap((a) => a.hits), frame) };
  });
}

/**
 * The whole analysis, with no file system, process or terminal: a corpus and
 * lexicons in, hits and scores out. Articles are processed in id order and
 * each article's findings depend only on its text and the lexicons, so the
 * result is the same whatever order the articles come in and however the
 * work is shared between threads. An article without words cannot have a
 * rate, so it is set aside in `skipped` with its reason, not analysed.
 */
export async function analyze(corpus: Corpus, lexicons: LoadedLexicon[], options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  checkLexiconSet(lexicons);
  // Compiling here first reports a bad lexicon once, before any thread starts.
  const prepared = prepare(lexicons);
  const { analysable: sorted, skipped } = setAsideWordless(sortArticles(corpus.articles));
  const workers = workerCount(sorted, options.workers ?? 'auto');
  const findings = workers > 0 ? await analyzeInWorkers(sorted, lexicons, workers, options.shardChars) : sorted.map((a) => analyzeArticle(a, prepared));
  const articles: ArticleAnalysis[] = sorted.map((article, i) => ({ article, ...findings[i]! }));
  const outlets = outletScores(articles, prepared.frame);
  return {
    corpus: { title: corpus.title, description: corpus.description },
    articles,
    skipped,
    outlets,
    totals: {
      articles: articles.length,
      skipped: skipped.length,
      outlets: outlets.length,
      words: articles.reduce((n, a) => n + a.words, 0),
      hits: articles.reduce((n, a) => n + a.hits.length, 0),
    },
    lexicons,
    variants: prepared.matcher.variants,
    categories: categoriesOf(lexicons.map((l) => l.lexicon)),
    wordCountRule: WORD_COUNT_RULE,
  };
}
