import type { Article } from '../corpus/types.js';
import { categoriesOf } from '../lexicon/categories.js';
import { combineLexicons, type CombinedLexicons } from '../lexicon/combine.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { analyzeText } from '../nlp/tokenize.js';
import { countWords } from '../nlp/words.js';
import { scoreText, type ScoringFrame } from '../score/score.js';
import { compileLexicons, type Matcher } from '../tag/compile.js';
import { matchText } from '../tag/match.js';
import type { ArticleFindings } from './types.js';

/** The compiled lexicons and the frame scores are reported in: built once per thread. */
export interface Prepared {
  /** The lexicons as matched, after `extends` overrides. */
  combined: CombinedLexicons;
  matcher: Matcher;
  frame: ScoringFrame;
}

export function prepare(lexicons: LoadedLexicon[]): Prepared {
  const combined = combineLexicons(lexicons);
  const matcher = compileLexicons(combined.lexicons);
  const categories = categoriesOf(lexicons.map((l) => l.lexicon));
  return { combined, matcher, frame: { variants: matcher.variants, categories: categories.map((c) => c.id) } };
}

/** Tags and scores one article; depends on nothing but the article and the lexicons. */
export function analyzeArticle(article: Article, { matcher, frame }: Prepared): ArticleFindings {
  const hits = matchText(article.text, analyzeText(article.text), matcher);
  const words = countWords(article.text);
  return { words, hits, scores: { articleId: article.id, outlet: article.outlet, ...scoreText(words, hits, frame, false) } };
}
