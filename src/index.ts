/**
 * framelens as a library: read nothing from disk, write nothing; give it a
 * corpus and lexicons as data and get hits and scores back.
 */
export { analyze } from './analyze/index.js';
export type { AnalysisResult, AnalyzeOptions, ArticleAnalysis, ArticleFindings, SkippedArticle } from './analyze/index.js';
export type { Article, Corpus } from './corpus/types.js';
export { corpusFromDirectory, type DirectoryInput } from './corpus/from-directory.js';
export { corpusFromJsonl } from './corpus/from-jsonl.js';
export { loadLexicon } from './lexicon/load.js';
export type { Lexicon, LoadedLexicon, Referent, Variant } from './lexicon/types.js';
export { BUILT_IN_CATEGORIES } from './lexicon/categories.js';
export type { Hit } from './tag/types.js';
export type { ArticleScores, OutletScores, Scores } from './score/types.js';
export { renderReport, type TemplateSet } from './report/render.js';
export { resultsDocument } from './report/results-json.js';
export type { ReportFile, ReportMeta } from './report/meta.js';
export { UserInputError, formatProblem, type Problem } from './errors.js';
