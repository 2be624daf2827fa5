/**
 * framelens as a library: read nothing from disk, write nothing; give it a
 * corpus and lexicons as data and get hits and scores back.
 */
export { analyze } from './analyze/index.js';
export type { AnalysisResult, AnalyzeOptions, ArticleAnalysis, ArticleFindings, SkippedArticle } from './analyze/index.js';
export type { Article, Corpus } from './corpus/types.js';
export { corpusFromDirectory, type DirectoryInput } from './corpus/from-directory.js';
export { articleFromJsonLine, corpusFromJsonl } from './corpus/from-jsonl.js';
export { articleFromHtml, articleFromPageFile } from './corpus/from-html.js';
export { articleFromCsvRecord, corpusFromCsv, csvLayout, csvRows, DEFAULT_COLUMNS, type CsvField, type CsvLayout, type CsvOptions } from './corpus/from-csv.js';
export { extractPage, type ExtractOptions } from './extract/extract.js';
export { pageRefusal } from './extract/limits.js';
export type { ExtractedPage, PageMetadata, PageSpan, PageSpanKind } from './extract/types.js';
export { loadLexicon } from './lexicon/load.js';
export { combineLexicons, type CombinedLexicons, type Override } from './lexicon/combine.js';
export { parsePattern, expandPattern, PatternSyntaxError } from './lexicon/pattern.js';
export { compileLexicons } from './tag/compile.js';
export { checkExamples, formatFailure, type ExampleReport } from './tag/examples.js';
export type { Lexicon, LoadedLexicon, Referent, Variant } from './lexicon/types.js';
export { BUILT_IN_CATEGORIES } from './lexicon/categories.js';
export type { Hit, Voice, VoicedHit } from './tag/types.js';
export { DEFAULT_PATTERNS, extendPatterns, type StructurePatterns } from './structure/patterns.js';
export { loadStructurePatterns } from './structure/load-patterns.js';
export type { ArticleStructure, Quote, QuoteKind, Segment, SegmentKind, Speaker } from './structure/types.js';
export type { QuoteGroup, Rendering } from './structure/compare-quotes.js';
export type { ArticleScores, OutletScores, Scores } from './score/types.js';
export { renderReport, type TemplateSet } from './report/render.js';
export { resultsDocument } from './report/results-json.js';
export type { ReportFile, ReportMeta } from './report/meta.js';
export { UserInputError, formatProblem, type Problem } from './errors.js';
export { parseMarkdown, type MarkdownArticle } from './corpus/markdown.js';
export { loadStyle, LEVELS, type Level, type Style, type StyleRule } from './audit/style.js';
export { compileStyle, type CompiledStyle } from './audit/compile-style.js';
export { auditDocument, type AuditDocument } from './audit/document.js';
export { checkDocument, type FileAudit, type Finding, type Fix } from './audit/check.js';
export { applyFixes } from './audit/fix.js';
export { FORMATS, type AuditReport, type FormatName } from './audit/format/index.js';
export { buildScorecard, type ArchiveArticle, type Scorecard } from './audit/scorecard.js';
export { evaluate, parseAnnotation, resolveAnnotation, toolAnnotation, checkTargets, evaluationTable, cohensKappa } from './evaluate/index.js';
export type { AnnotatedPair, ArticleAnnotation, Evaluation, TargetCheck } from './evaluate/index.js';
