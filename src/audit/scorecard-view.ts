import { stringify } from 'csv-stringify/sync';
import Handlebars from 'handlebars';
import type { Scorecard, ScorecardCell } from './scorecard.js';

/** What the page says about the run, beside the figures. */
export interface ScorecardMeta {
  generator: { name: string; version: string };
  generatedAt: string;
  styleTitle: string;
  styleFile: string;
  archive: string;
  baseline?: string;
  skipped: number;
}

const fixed = (n: number, places = 2): string => n.toFixed(places);

function cellView(c: ScorecardCell) {
  const interval = c.rateLow !== null && c.rateHigh !== null ? `${fixed(c.rateLow)}–${fixed(c.rateHigh)}` : '';
  const differs = c.zAgainstBaseline !== null && !c.smallSample && Math.abs(c.zAgainstBaseline) >= 1.96;
  const parts = [`${c.count} in ${c.ownWords} own words, ${c.articles} article(s)`];
  if (interval) parts.push(`95% interval ${interval}`);
  if (c.zAgainstBaseline !== null) parts.push(`log-odds z ${fixed(c.zAgainstBaseline)} against the baseline`);
  if (c.smallSample) parts.push('small sample');
  return {
    rate: fixed(c.ratePer1000Words),
    interval,
    count: c.count,
    small: c.smallSample,
    over: c.overLimit,
    differs,
    direction: differs ? ((c.zAgainstBaseline as number) > 0 ? 'above' : 'below') : '',
    title: parts.join('; '),
  };
}

const WIDTH = 36;
const HEIGHT = 80;

/** One rule's months as an inline chart: the rate as a dot with its interval as a whisker, the baseline and the limit as lines. */
function chart(cells: ScorecardCell[], periods: string[], baseline: number | undefined, limit: number | undefined) {
  const top = Math.max(0.001, baseline ?? 0, limit ?? 0, ...cells.map((c) => Math.max(c.ratePer1000Words, c.rateHigh ?? 0)));
  const y = (v: number): string => fixed(HEIGHT - (HEIGHT - 4) * (v / top), 1);
  return {
    width: periods.length * WIDTH,
    height: HEIGHT,
    top: fixed(top),
    points: cells.map((c, i) => ({
      x: i * WIDTH + WIDTH / 2,
      y: y(c.ratePer1000Words),
      low: c.rateLow === null ? undefined : y(c.rateLow),
      high: c.rateHigh === null ? undefined : y(c.rateHigh),
      small: c.smallSample,
      label: `${periods[i]}: ${fixed(c.ratePer1000Words)} per 1,000 words`,
    })),
    baselineY: baseline === undefined ? undefined : y(baseline),
    limitY: limit === undefined ? undefined : y(limit),
  };
}

/** The page's data: every value is text for escaped {{ }} expressions, numbers already formatted. */
export function scorecardView(card: Scorecard, meta: ScorecardMeta) {
  return {
    ...meta,
    pageTitle: `Scorecard: ${meta.styleTitle}`,
    periods: card.periods,
    archiveArticles: card.archive.articles,
    archiveWords: card.archive.ownWords,
    baselineArticles: card.baseline?.articles,
    baselineWords: card.baseline?.ownWords,
    hasBaseline: card.baseline !== undefined,
    minMentions: card.minMentions,
    rows: card.rows.map((row) => ({
      id: row.rule.id,
      level: row.rule.level,
      message: row.rule.message,
      description: row.rule.description,
      link: row.rule.link,
      limit: row.rule.limit,
      cells: row.cells.map(cellView),
      total: cellView(row.total),
      baseline: row.baseline ? cellView(row.baseline) : undefined,
      chart: chart(row.cells, card.periods, row.baseline?.ratePer1000Words, row.rule.limit),
    })),
  };
}

const round = (n: number | null): number | string => (n === null ? '' : Math.round(n * 1e6) / 1e6);

/** Every rule × every period (and `all`), zeros included; empty cells where a statistic does not exist. */
export function scorecardCsv(card: Scorecard): string {
  const header = ['rule', 'level', 'period', 'articles', 'own_words', 'count', 'rate_per_1000_words', 'rate_low', 'rate_high', 'small_sample', 'over_limit', 'baseline_count', 'baseline_own_words', 'baseline_rate_per_1000_words', 'log_odds_z_vs_baseline'];
  const rows: (string | number)[][] = [];
  for (const row of card.rows) {
    const cells: [string, ScorecardCell][] = [...card.periods.map((p, i): [string, ScorecardCell] => [p, row.cells[i] as ScorecardCell]), ['all', row.total]];
    for (const [period, c] of cells) {
      rows.push([
        row.rule.id,
        row.rule.level,
        period,
        c.articles,
        c.ownWords,
        c.count,
        round(c.ratePer1000Words),
        round(c.rateLow),
        round(c.rateHigh),
        c.smallSample ? 'true' : 'false',
        c.overLimit ? 'true' : 'false',
        row.baseline ? row.baseline.count : '',
        row.baseline ? row.baseline.ownWords : '',
        row.baseline ? round(row.baseline.ratePer1000Words) : '',
        round(c.zAgainstBaseline),
      ]);
    }
  }
  return stringify([header, ...rows], { eof: true });
}

/** The scorecard page, rendered from `templates/scorecard.hbs` with the report's stylesheet (report.css) inlined, so the one page stands alone; every value escaped. */
export function renderScorecard(card: Scorecard, meta: ScorecardMeta, templates: { page: string; styles: string }): string {
  const hbs = Handlebars.create();
  hbs.registerPartial('styles', templates.styles.replace(/\n$/, ''));
  return hbs.compile(templates.page, { preventIndent: true, strict: false })(scorecardView(card, meta));
}
