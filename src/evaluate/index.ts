/**
 * Accuracy against hand annotation: annotations of articles (a person's, or
 * framelens's own findings put in the same form) compared span by span.
 * Pure: the CLI reads the files and prints.
 */
export { parseAnnotation, resolveAnnotation, type AnnotationFile, type ParsedAnnotation } from './annotation.js';
export { toolAnnotation } from './tool.js';
export { evaluate, voiceOf, QUOTE_OVERLAP, type AnnotatedPair, type Disagreement, type Evaluation, type NamingScores } from './evaluate.js';
export { cohensKappa, counts, type Counts, type Share } from './measures.js';
export { checkTargets, headlineF1, type TargetCheck } from './targets.js';
export { evaluationTable } from './table.js';
export type { ArticleAnnotation } from './types.js';
