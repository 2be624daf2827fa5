import type { Article } from '../corpus/types.js';
import { categoriesOf } from '../lexicon/categories.js';
import { combineLexicons, type CombinedLexicons } from '../lexicon/combine.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { analyzeText } from '../nlp/tokenize.js';
import type { Token } from '../nlp/types.js';
import type { ScoringFrame } from '../score/score.js';
import { scoreVoices } from '../score/voices.js';
import { compilePatterns, type CompiledPatterns } from '../structure/patterns.js';
import { structureOf } from '../structure/structure.js';
import { partWords } from '../structure/word-counts.js';
import { compileLexicons, type Matcher } from '../tag/compile.js';
import { matchText } from '../tag/match.js';
import { voiceHits } from '../tag/voice.js';
import type { ArticleFindings, StructureSettings } from './types.js';

/** The compiled lexicons and patterns and the frame scores are reported in: built once per thread. */
export interface Prepared {
  /** The lexicons as matched, after `extends` overrides. */
  combined: CombinedLexicons;
  matcher: Matcher;
  frame: ScoringFrame;
  patterns: CompiledPatterns;
  includeBoilerplate: boolean;
}

export function prepare(lexicons: LoadedLexicon[], settings: StructureSettings): Prepared {
  const combined = combineLexicons(lexicons);
  const matcher = compileLexicons(combined.lexicons);
  const categories = categoriesOf(lexicons.map((l) => l.lexicon));
  return {
    combined,
    matcher,
    frame: { variants: matcher.variants, categories: categories.map((c) => c.id) },
    patterns: compilePatterns(settings.patterns),
    includeBoilerplate: settings.includeBoilerplate,
  };
}

/** Finds the article's structure, tags it and scores it by voice; depends on nothing but the article, the lexicons and the settings. */
export function analyzeArticle(article: Article, prepared: Prepared): ArticleFindings {
  return analyzeArticleTokens(article, prepared).findings;
}

/** analyzeArticle, also handing back the tokens, so later per-article work need not split the text into words again. */
export function analyzeArticleTokens(article: Article, { matcher, frame, patterns, includeBoilerplate }: Prepared): { findings: ArticleFindings; tokens: Token[] } {
  const structure = structureOf(article.text, patterns, { bodyEnds: article.bodyEnds, boilerplate: article.boilerplate, title: article.title });
  const analyzed = analyzeText(article.text);
  const hits = voiceHits(matchText(article.text, analyzed, matcher), structure);
  const parts = partWords(article.text, structure);
  const own = parts.narrator + (includeBoilerplate ? parts.boilerplate : 0);
  const voices = scoreVoices(hits, { own, quoted: parts.quoted, top: parts.topNarrator }, frame, false, includeBoilerplate);
  const findings: ArticleFindings = {
    words: includeBoilerplate ? parts.total : parts.total - parts.boilerplate,
    partWords: parts,
    hits,
    structure,
    scores: { articleId: article.id, outlet: article.outlet, ...voices.own, quoted: voices.quoted, top: voices.top },
  };
  return { findings, tokens: analyzed.tokens };
}
