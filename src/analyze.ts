import type { Article, Corpus } from './corpus/types.js';
import { sortArticles } from './corpus/sort.js';
import { categoriesOf } from './lexicon/categories.js';
import { checkLexiconSet } from './lexicon/load.js';
import type { CategoryDefinition, LoadedLexicon } from './lexicon/types.js';
import { countWords, WORD_COUNT_RULE } from './nlp/words.js';
import { analyzeText } from './nlp/tokenize.js';
import { scoreText, type ScoringFrame } from './score/score.js';
import type { ArticleScores, OutletScores } from './score/types.js';
import { compileLexicons, type Matcher } from './tag/compile.js';
import { matchText } from './tag/match.js';
import type { Hit, VariantInfo } from './tag/types.js';

export type AnalyzeOptions = Record<string, never>;

export interface ArticleAnalysis {
  article: Article;
  words: number;
  hits: Hit[];
  scores: ArticleScores;
}

export interface AnalysisResult {
  corpus: { title?: string; description?: string };
  articles: ArticleAnalysis[];
  outlets: OutletScores[];
  totals: { articles: number; outlets: number; words: number; hits: number };
  lexicons: LoadedLexicon[];
  variants: VariantInfo[];
  categories: CategoryDefinition[];
  wordCountRule: string;
  options: AnalyzeOptions;
}

/** Tags and scores one article; depends on nothing but the article and the matcher. */
export function analyzeArticle(article: Article, matcher: Matcher, frame: ScoringFrame): ArticleAnalysis {
  const hits = matchText(article.text, analyzeText(article.text), matcher);
  const words = countWords(article.text);
  return { article, words, hits, scores: { articleId: article.id, outlet: article.outlet, ...scoreText(words, hits, frame) } };
}

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
 * lexicons in, hits and scores out. Articles are processed in id order, so
 * the result does not depend on the order they were given in.
 */
export function analyze(corpus: Corpus, lexicons: LoadedLexicon[], options: AnalyzeOptions = {}): AnalysisResult {
  checkLexiconSet(lexicons);
  const matcher = compileLexicons(lexicons);
  const categories = categoriesOf(lexicons.map((l) => l.lexicon));
  const frame: ScoringFrame = { variants: matcher.variants, categories: categories.map((c) => c.id) };
  const articles = sortArticles(corpus.articles).map((a) => analyzeArticle(a, matcher, frame));
  const outlets = outletScores(articles, frame);
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
    variants: matcher.variants,
    categories,
    wordCountRule: WORD_COUNT_RULE,
    options,
  };
}
