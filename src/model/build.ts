import type { Aggregates } from '../analyze/aggregates.js';
import type { CrossArticleResult } from '../analyze/cross-article.js';
import type { PartialResult } from '../analyze/partial.js';
import { periodOf } from '../analyze/periods.js';
import { categoriesOf } from '../lexicon/categories.js';
import { combineLexicons } from '../lexicon/combine.js';
import { WORD_COUNT_RULE } from '../nlp/words.js';
import { compareOutlets } from '../score/compare.js';
import type { ScoringFrame } from '../score/score.js';
import { outletScoresOf, type ScopeTally } from '../score/tally.js';
import type { OutletSummary, ReportModel, StoryModel, Timeline, WhoIsQuoted } from './types.js';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function summaries(scope: ScopeTally, frame: ScoringFrame, shortNames: Aggregates['shortNames']): OutletSummary[] {
  return [...scope.keys()].sort(byText).map((outlet) => {
    const tally = scope.get(outlet)!;
    return { ...outletScoresOf(tally, frame), short: shortNames.get(outlet)?.short ?? outlet, parts: tally.parts, boilerplateHits: tally.boilerplateHits };
  });
}

function comparisonOf(scope: ScopeTally, outlets: OutletSummary[], vocabulary: Aggregates['vocabulary'] | undefined, frame: ScoringFrame, priorStrength: number | null) {
  return compareOutlets(
    outlets.map((scores) => ({ scores, replicates: scope.get(scores.outlet)!.replicates, vocabulary: vocabulary?.get(scores.outlet) ?? new Map<string, number>() })),
    frame.variants,
    frame.categories,
    priorStrength ?? undefined,
  );
}

function timelineOf(a: Aggregates): Timeline | null {
  if (a.dates.first === null || a.dates.last === null) return null;
  const rule = periodOf([a.dates.first, a.dates.last]);
  if (!rule) return null;
  const prefix = `${rule.unit}:`;
  const periods = [...a.periods.keys()].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)).sort(byText);
  if (periods.length < 2) return null;
  const counts: Timeline['counts'] = [];
  for (const period of periods) {
    const byOutlet = a.timeline.get(prefix + period);
    for (const outlet of [...(byOutlet?.keys() ?? [])].sort(byText)) {
      const own = byOutlet!.get(outlet)!;
      for (const variant of [...own.keys()].sort(byText)) counts.push({ period, outlet, variant, count: own.get(variant)! });
    }
  }
  return { unit: rule.unit, periods, counts };
}

function whoIsQuotedOf(a: Aggregates): WhoIsQuoted[] {
  return [...a.quoting.keys()].sort(byText).map((outlet) => {
    const quoting = a.quoting.get(outlet)!;
    const rows = [...quoting.speakers.entries()]
      .sort(([x, p], [y, q]) => q.words - p.words || byText(x, y))
      .map(([id, row]) => ({
        speaker: id === '' ? null : id,
        name: id === '' ? 'unknown speaker' : a.speakers.get(id)?.name ?? id,
        quotes: row.quotes,
        words: row.words,
        share: quoting.words === 0 ? 0 : row.words / quoting.words,
      }));
    return { outlet, short: a.shortNames.get(outlet)?.short ?? outlet, rows };
  });
}

/**
 * The report model of a partial whose counting is settled (copies taken away
 * where they count once) and of the cross-article stage's findings. Pure:
 * the same partial gives the same model, however it was put together.
 */
export function buildModel(partial: PartialResult, frame: ScoringFrame, cross: CrossArticleResult): ReportModel {
  const a = partial.aggregates;
  const { settings } = partial;
  const combined = combineLexicons(settings.lexicons);
  const outlets = summaries(a.corpus, frame, a.shortNames);
  const comparison = comparisonOf(a.corpus, outlets, a.vocabulary, frame, settings.priorStrength);
  const storyKeys = [...a.stories.keys()].sort(byText);
  // With several stories, each is compared on its own (distinctive words are left to the whole corpus).
  const stories: StoryModel[] =
    storyKeys.length < 2
      ? []
      : storyKeys.map((story) => {
          const scope = a.stories.get(story)!;
          const own = summaries(scope, frame, a.shortNames);
          return {
            story: story === '' ? 'no story given' : story,
            articles: own.reduce((n, o) => n + o.articles, 0),
            outlets: own,
            comparison: comparisonOf(scope, own, undefined, frame, settings.priorStrength),
            words: own.reduce((n, o) => n + o.parts.total - (settings.includeBoilerplate ? 0 : o.parts.boilerplate), 0),
            hits: [...scope.values()].reduce((n, t) => n + t.own.hits + t.quoted.hits + t.boilerplateHits, 0),
          };
        });
  return {
    corpus: partial.corpus,
    totals: { articles: a.totals.articles, skipped: partial.skipped.length, outlets: outlets.length, words: a.totals.words, hits: a.totals.hits },
    dates: a.dates,
    outlets,
    comparison,
    stories,
    speakers: [...a.speakers.values()].sort((x, y) => byText(x.id, y.id)),
    whoIsQuoted: whoIsQuotedOf(a),
    quoteGroups: cross.quoteGroups,
    sharedCopies: cross.sharedCopies,
    counting: cross.counting,
    timeline: timelineOf(a),
    skipped: partial.skipped,
    lexicons: settings.lexicons,
    matched: combined.lexicons,
    overrides: combined.overrides,
    variants: frame.variants,
    categories: categoriesOf(settings.lexicons.map((l) => l.lexicon)),
    wordCountRule: WORD_COUNT_RULE,
    includeBoilerplate: settings.includeBoilerplate,
    countSharedOnce: settings.countSharedOnce,
    structurePatterns: settings.structurePatterns,
  };
}
