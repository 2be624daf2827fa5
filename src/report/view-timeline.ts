import type { ReferentEntry } from '../lexicon/catalogue.js';
import type { ReportModel } from '../model/types.js';

const BAR_WIDTH = 18;
const GAP = 6;
const HEIGHT = 60;

/**
 * For one referent, each outlet's naming choices per period as stacked bars
 * (one colour per variant's category), drawn as numbers for an inline SVG.
 * Only when the dated articles span more than one period.
 */
export function timelineView(entry: ReferentEntry, model: ReportModel) {
  const timeline = model.timeline;
  if (!timeline) return undefined;
  const { periods } = timeline;
  const variants = entry.referent.variants.map((v) => ({ id: `${entry.key}/${v.id}`, label: v.label, category: v.category }));
  const ids = new Set(variants.map((v) => v.id));
  const counts = new Map<string, number>();
  const totals = new Map<string, number>();
  let max = 0;
  for (const c of timeline.counts) {
    if (!ids.has(c.variant)) continue;
    counts.set(`${c.outlet}\u0000${c.period}\u0000${c.variant}`, c.count);
    const k = `${c.outlet}\u0000${c.period}`;
    totals.set(k, (totals.get(k) ?? 0) + c.count);
    max = Math.max(max, totals.get(k) ?? 0);
  }
  if (max === 0) return undefined;
  const outlets = model.outlets.map((o) => o.outlet).filter((outlet) => periods.some((p) => (totals.get(`${outlet}\u0000${p}`) ?? 0) > 0));
  return {
    unit: timeline.unit,
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
