import type { CompiledPatterns } from './patterns.js';
import { findQuotes } from './quotes.js';
import { segmentArticle, type StructureOverrides } from './segment.js';
import type { ArticleStructure } from './types.js';

/** An article's parts, its quotations and who spoke them: a function of its text, the patterns and its manifest overrides alone. */
export function structureOf(text: string, patterns: CompiledPatterns, overrides: StructureOverrides = {}): ArticleStructure {
  const segments = segmentArticle(text, patterns, overrides);
  return { segments, ...findQuotes(text, segments, overrides.markup ?? []) };
}
