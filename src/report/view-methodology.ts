import type { AnalysisResult } from '../analyze/index.js';
import type { Catalogue } from '../lexicon/catalogue.js';
import type { ReportMeta } from './meta.js';
import { safeHref } from './format.js';
import { skippedView } from './view-skipped.js';

export const MATCHING_RULES = [
  'Text is tokenised with wink-nlp (English lite model, sentence boundaries and part-of-speech only); every token keeps its character offsets in the text as read.',
  'Matching compares normalised tokens: lower case, Unicode compatibility forms, every apostrophe as \', every dash as -. A hyphen written between two words matches a space, so "al-Aqsa Storm", "Al Aqsa Storm" and "Al-Aqsa Storm" are the same phrase. A possessive \'s is its own token.',
  'Pattern words of three or more letters also match their plural and verb forms (hostage/hostages, kill/killed/killing) unless the variant turns inflection off.',
  'Matches never cross a sentence boundary or punctuation.',
  'An exception of a variant (a longer phrase such as "Israeli war cabinet") cancels the variant\'s matches inside it.',
  'Within one referent the longest match wins and a span counts once; different referents may mark overlapping text.',
  'Rates are hits per 1,000 words of the article, or of all an outlet\'s articles together. A variant\'s share is its hits divided by all hits of its referent in the same text(s).',
];

export const SKIP_RULE =
  'An article with no words (an empty file, only whitespace, or only punctuation and symbols) has no rate per 1,000 words, so it is not analysed: it counts in no total, rate or table, and it is listed under "Articles not analysed".';

function optionRows(options: ReportMeta['options']): { name: string; value: string }[] {
  return Object.keys(options)
    .sort()
    .map((name) => {
      const value = options[name];
      return { name, value: Array.isArray(value) ? value.join(', ') : String(value) };
    });
}

/** Provenance and method: what a researcher cites alongside the numbers. */
export function methodologyView(analysis: AnalysisResult, catalogue: Catalogue, meta: ReportMeta) {
  const categoryLabel = new Map(analysis.categories.map((c) => [c.id, c.label]));
  return {
    generator: meta.generator,
    generatedAt: meta.generatedAt,
    options: optionRows(meta.options),
    wordCountRule: analysis.wordCountRule,
    skipRule: SKIP_RULE,
    skipped: skippedView(analysis),
    matchingRules: MATCHING_RULES,
    categories: analysis.categories,
    lexicons: analysis.lexicons.map(({ lexicon, file, sha256 }) => ({
      id: lexicon.id,
      version: lexicon.version,
      title: lexicon.title,
      description: lexicon.description,
      licence: lexicon.licence,
      file,
      sha256,
      referents: lexicon.referents.length,
      variants: lexicon.referents.reduce((n, r) => n + r.variants.length, 0),
      sources: lexicon.sources.map((s) => ({ title: s.title, note: s.note ?? '', href: safeHref(s.url) })),
    })),
    referents: catalogue.referents.map((entry) => ({
      key: entry.key,
      label: entry.referent.label,
      description: entry.referent.description,
      variants: entry.referent.variants.map((v) => ({
        id: `${entry.key}/${v.id}`,
        label: v.label,
        patterns: v.patterns.join(' · '),
        exceptions: (v.exceptions ?? []).join(' · '),
        category: v.category,
        categoryLabel: categoryLabel.get(v.category) ?? v.category,
        explanation: v.explanation,
        sources: (v.sources ?? []).map((s) => ({ title: s.title, note: s.note ?? '', href: safeHref(s.url) })),
      })),
    })),
  };
}
