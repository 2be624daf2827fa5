import type { ReportModel } from '../model/types.js';

/** The articles that were read but not analysed, as the index and methodology pages list them. */
export function skippedView(model: ReportModel) {
  return model.skipped.map((s) => ({ id: s.id, title: s.title ?? s.id, outlet: s.outlet, source: s.source, reason: s.reason }));
}
