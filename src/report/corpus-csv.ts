import type { ReportModel } from '../model/types.js';
import { per1000 } from '../score/rate.js';
import { csvFile, csvHeader, csvRows, optional, round, type CsvCells, type CsvRow } from './csv.js';
import type { ReportFile } from './meta.js';
import { statsIndex } from './view-naming.js';

/** Every outlet × every variant, zeros included, so the table can be pivoted without gaps. */
function outletVariants(model: ReportModel): CsvRow[] {
  const stats = statsIndex(model);
  const info = new Map(model.variants.map((v) => [v.id, v]));
  const rows: CsvRow[] = [];
  for (const outlet of model.outlets) {
    for (const referent of outlet.referents) {
      for (const variant of referent.variants) {
        const v = info.get(variant.id);
        if (!v) continue;
        const stat = stats.get(`${outlet.outlet}\u0000${v.id}`);
        rows.push([
          outlet.outlet, v.lexicon, v.referent, v.variant, v.id, v.category, variant.count, round(per1000(variant.count, outlet.words)), round(variant.share),
          referent.mentions, outlet.words, optional(stat?.shareLow), optional(stat?.shareHigh), optional(stat?.logOddsZ), stat?.smallSample ? 1 : 0,
          optional(stat?.rateLow), optional(stat?.rateHigh),
        ]);
      }
    }
  }
  return rows;
}

/** divergence.csv in pieces, one outlet's row of the matrix at a time: with thousands of outlets it has millions of rows. */
export function* divergenceCsv(model: ReportModel, cells: CsvCells = 'safe'): Generator<string> {
  yield csvHeader('divergence.csv');
  const { outlets, jsd } = model.comparison.divergence;
  for (let i = 0; i < outlets.length; i++) yield csvRows('divergence.csv', outlets.map((b, j) => [outlets[i] as string, b, optional(jsd[i]?.[j])]), cells);
}

/** The CSV files made from the report model, once, at the end. */
export function corpusCsvFiles(model: ReportModel, cells: CsvCells = 'safe'): ReportFile[] {
  const words = new Map(model.outlets.map((o) => [o.outlet, o.words]));
  return [
    { path: 'outlet-variants.csv', content: csvFile('outlet-variants.csv', outletVariants(model), cells) },
    {
      path: 'outlet-categories.csv',
      content: csvFile(
        'outlet-categories.csv',
        model.comparison.categories.map((c) => [c.outlet, c.id, c.count, round(c.ratePer1000Words), words.get(c.outlet) ?? 0, optional(c.rateLow), optional(c.rateHigh), optional(c.logOddsZ), c.smallSample ? 1 : 0]),
        cells,
      ),
    },
    {
      path: 'quoted.csv',
      content: csvFile(
        'quoted.csv',
        model.whoIsQuoted.flatMap((w) => w.rows.map((r) => [w.outlet, r.speaker ?? '', r.name, r.quotes, r.words, round(r.share)])),
        cells,
      ),
    },
    {
      path: 'distinctive-terms.csv',
      content: csvFile(
        'distinctive-terms.csv',
        model.comparison.distinctiveTerms.map((t) => [t.outlet, t.term, t.count, round(t.ratePer1000Words), round(t.logOddsZ), t.smallSample ? 1 : 0]),
        cells,
      ),
    },
    { path: 'duplicates.csv', content: csvFile('duplicates.csv', model.sharedCopies.flatMap((g) => g.pairs.map((p) => [p.a, p.b, round(p.similarity)])), cells) },
  ];
}
