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
import { partWords as wordsByPart, type PartWords } from '../structure/word-counts.js';
import type { ArticleStructure } from '../structure/types.js';
import type { VoicedHit } from '../tag/types.js';
import { compileLexicons, type Matcher } from '../tag/compile.js';
import { matchText } from '../tag/match.js';
import { voiceHits } from '../tag/voice.js';
import type { ArticleFindings, StructureSettings } from './types.js';

/** The compiled lexicons and patterns and the frame scores are reported in: built once per thread. */
export interface Prepared {
  /** The lexicons as matched, after `extends` overrides. */
  combined: CombinedLexicons;
  matcher: Matcher;
  /** Each variant id's place in `matcher.variants`. */
  variantIndex: Map<string, number>;
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
    variantIndex: new Map(matcher.variants.map((v, i) => [v.id, i])),
    frame: { variants: matcher.variants, categories: categories.map((c) => c.id) },
    patterns: compilePatterns(settings.patterns),
    includeBoilerplate: settings.includeBoilerplate,
  };
}

/** What reading an article finds before scoring: its words by part, its structure, and its hits by voice. */
export interface ReadArticle {
  words: number;
  partWords: PartWords;
  structure: ArticleStructure;
  hits: VoicedHit[];
}

/** Finds the article's structure and tags it by voice; also hands back the tokens, so later per-article work need not split the text into words again. */
export function readArticle(article: Article, { matcher, patterns, includeBoilerplate }: Prepared): { read: ReadArticle; tokens: Token[] } {
  const structure = structureOf(article.text, patterns, { bodyEnds: article.bodyEnds, boilerplate: article.boilerplate, title: article.title });
  const analyzed = analyzeText(article.text);
  const hits = voiceHits(matchText(article.text, analyzed, matcher), structure);
  const partWords = wordsByPart(article.text, structure);
  const words = includeBoilerplate ? partWords.total : partWords.total - partWords.boilerplate;
  return { read: { words, partWords, structure, hits }, tokens: analyzed.tokens };
}

/** An article's scores by voice, from what reading it found. */
export function scoreArticle(article: Article, read: ReadArticle, { frame, includeBoilerplate }: Prepared): ArticleFindings {
  const parts = read.partWords;
  const own = parts.narrator + (includeBoilerplate ? parts.boilerplate : 0);
  const voices = scoreVoices(read.hits, { own, quoted: parts.quoted, top: parts.topNarrator }, frame, false, includeBoilerplate);
  return {
    words: read.words,
    partWords: parts,
    hits: read.hits,
    structure: read.structure,
    scores: { articleId: article.id, outlet: article.outlet, ...voices.own, quoted: voices.quoted, top: voices.top },
  };
}
