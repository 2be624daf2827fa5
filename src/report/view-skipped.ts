import type { AnalysisResult } from '../analyze/index.js';

/** The articles that were read but not analysed, as the index and methodology pages list them. */
export function skippedView(analysis: AnalysisResult) {
  return analysis.skipped.map(({ article, reason }) => ({
    id: article.id,
    title: article.title ?? article.id,
    outlet: article.outlet,
    source: article.source,
    reason,
  }));
}
