import type { AnalysisResult } from '../analyze/index.js';
import type { Speaker } from '../structure/types.js';
import { countWords } from '../nlp/words.js';
import { percent, thousands } from './format.js';
import { wordDiff } from './word-diff.js';

/** Per outlet, who is quoted: quotations, words quoted, and their share of the outlet's article words (boilerplate left out). */
export function whoIsQuoted(analysis: AnalysisResult, speakers: Map<string, Speaker>, shortName: (outlet: string) => string) {
  return analysis.outlets.map((o) => {
    const articles = analysis.articles.filter((a) => a.article.outlet === o.outlet);
    const words = articles.reduce((n, a) => n + a.partWords.total - a.partWords.boilerplate, 0);
    const bySpeaker = new Map<string, { quotes: number; words: number }>();
    for (const a of articles) {
      for (const q of a.structure.quotes) {
        const key = q.speaker ?? '';
        const row = bySpeaker.get(key) ?? { quotes: 0, words: 0 };
        row.quotes += 1;
        row.words += countWords(a.article.text, q.start, q.end);
        bySpeaker.set(key, row);
      }
    }
    const rows = [...bySpeaker.entries()]
      .sort(([a, x], [b, y]) => y.words - x.words || (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, row]) => ({
        speaker: id === '' ? 'unknown speaker' : speakers.get(id)?.name ?? id,
        unknown: id === '',
        quotes: row.quotes,
        words: thousands(row.words),
        share: percent(words === 0 ? 0 : row.words / words),
      }));
    return { outlet: o.outlet, short: shortName(o.outlet), rows };
  });
}

/** Each statement several outlets rendered, with every word that differs from the first rendering marked. */
export function quoteComparison(analysis: AnalysisResult, speakers: Map<string, Speaker>, pagePaths: Map<string, string>) {
  return analysis.quoteGroups.map((g) => {
    const reference = (g.renderings[0] as (typeof g.renderings)[number]).text;
    return {
      id: g.id,
      speaker: g.speaker === null ? 'unknown speaker' : speakers.get(g.speaker)?.name ?? g.speaker,
      renderings: g.renderings.map((r, i) => ({
        outlet: r.outlet,
        href: pagePaths.get(r.articleId),
        kind: r.kind,
        kindLabel: r.kind === 'quoted' ? 'quoted' : 'paraphrased in its own voice',
        similarity: percent(r.similarity),
        pieces: i === 0 ? [{ text: r.text, differs: false }] : wordDiff(r.text, reference),
      })),
    };
  });
}
