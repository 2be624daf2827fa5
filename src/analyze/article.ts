import type { Article } from '../corpus/types.js';
import { categoriesOf } from '../lexicon/categories.js';
import { combineLexicons, type CombinedLexicons } from '../lexicon/combine.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import type { AnalyzedText } from '../nlp/types.js';
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

/** What language processing and structure found in an article's text, before tagging. */
export interface TextReading {
  analyzed: AnalyzedText;
  structure: ArticleStructure;
}

/** The article's structure, from its text, the patterns and its manifest overrides. */
export function structureOfArticle(article: Article, { patterns }: Prepared): ArticleStructure {
  return structureOf(article.text, patterns, { bodyEnds: article.bodyEnds, boilerplate: article.boilerplate, title: article.title, markup: article.markup });
}

/** Tags the article by voice and counts its words by part, from its text's reading. */
export function readArticle(article: Article, { analyzed, structure }: TextReading, { matcher, includeBoilerplate }: Prepared): ReadArticle {
  const hits = voiceHits(matchText(article.text, analyzed, matcher), structure);
  const partWords = wordsByPart(article.text, structure);
  const words = includeBoilerplate ? partWords.total : partWords.total - partWords.boilerplate;
  return { words, partWords, structure, hits };
}

/** The words an outlet wrote itself: its narration, and boilerplate only when the user asked for it back (the words `isOwnVoice` hits are rated over). */
export function ownWords(parts: PartWords, includeBoilerplate: boolean): number {
  return parts.narrator + (includeBoilerplate ? parts.boilerplate : 0);
}

/** An article's scores by voice, from what reading it found. */
export function scoreArticle(article: Article, read: ReadArticle, { frame, includeBoilerplate }: Prepared): ArticleFindings {
  return scoreRead(article, read, frame, includeBoilerplate);
}

/** scoreArticle with the frame and setting given apart (a merge has them without compiling lexicons). */
export function scoreRead(article: Article, read: ReadArticle, frame: ScoringFrame, includeBoilerplate: boolean): ArticleFindings {
  const parts = read.partWords;
  const voices = scoreVoices(read.hits, { own: ownWords(parts, includeBoilerplate), quoted: parts.quoted, top: parts.topNarrator }, frame, false, includeBoilerplate);
  return {
    words: read.words,
    partWords: parts,
    hits: read.hits,
    structure: read.structure,
    scores: { articleId: article.id, outlet: article.outlet, ...voices.own, quoted: voices.quoted, top: voices.top },
  };
}
