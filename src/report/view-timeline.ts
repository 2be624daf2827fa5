import type { AnalysisResult } from '../analyze/index.js';
import type { ReferentEntry } from '../lexicon/catalogue.js';
import { periodOf } from './periods.js';

const BAR_WIDTH = 18;
const GAP = 6;
const HEIGHT = 60;

/**
 * For one referent, each outlet's naming choices per period as stacked bars
 * (one colour per variant's category), drawn as numbers for an inline SVG.
 * Only when the dated articles span more than one period.
 */
export function timelineView(entry: ReferentEntry, analysis: AnalysisResult) {
  const dated = analysis.articles.filter((a) => a.article.date !== undefined);
  const periodRule = periodOf(dated.map((a) => a.article.date as string));
  if (!periodRule) return undefined;
  const period = periodRule.of;
  const periods = [...new Set(dated.map((a) => period(a.article.date as string)))].sort();
  if (periods.length < 2) return undefined;
  const variants = entry.referent.variants.map((v) => ({ id: `${entry.key}/${v.id}`, label: v.label, category: v.category }));
  const counts = new Map<string, number>();
  let max = 0;
  for (const a of dated) {
    const p = period(a.article.date as string);
    for (const h of a.hits) {
      if (`${h.lexicon}/${h.referent}` !== entry.key) continue;
      const key = `${a.article.outlet}\u0000${p}\u0000${h.id}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const totals = new Map<string, number>();
  for (const [key, n] of counts) {
    const [outlet, p] = key.split('\u0000');
    const k = `${outlet}\u0000${p}`;
    totals.set(k, (totals.get(k) ?? 0) + n);
    max = Math.max(max, totals.get(k) ?? 0);
  }
  if (max === 0) return undefined;
  const outlets = analysis.outlets.map((o) => o.outlet).filter((outlet) => periods.some((p) => (totals.get(`${outlet}\u0000${p}`) ?? 0) > 0));
  return {
    unit: periodRule.unit,
    periods,
    width: periods.length * (BAR_WIDTH + GAP),
    height: HEIGHT,
    charts: outlets.map((outlet) => ({
      outlet,
      bars: periods.map((p, i) => {
        let y = HEIGHT;
        const segments = variants
          .map((v) => ({ v, n: counts.get(`${outlet}\u0000${p}\u0000${v.id}`) ?? 0 }))
          .filter((s) => s.n > 0)
          .map(({ v, n }) => {
            const h = (HEIGHT * n) / max;
            y -= h;
            return { x: i * (BAR_WIDTH + GAP), y: y.toFixed(1), width: BAR_WIDTH, height: h.toFixed(1), category: v.category, title: `${outlet}, ${p}: ${v.label} ×${n}` };
          });
        return { period: p, segments };
      }),
    })),
  };
}
