import type { ReportModel } from '../model/types.js';
import type { Catalogue } from '../lexicon/catalogue.js';
import type { ReportMeta } from './meta.js';
import { safeHref } from './format.js';
import { PATTERN_KINDS } from '../structure/patterns.js';
import { skippedView } from './view-skipped.js';

export const MATCHING_RULES = [
  'Text is tokenised with wink-nlp (English lite model, sentence boundaries and part-of-speech only); every token keeps its character offsets in the text as read.',
  'Matching compares normalised tokens: lower case, Unicode compatibility forms, every apostrophe as \', every dash as -. A hyphen written between two words matches a space, so "al-Aqsa Storm", "Al Aqsa Storm" and "Al-Aqsa Storm" are the same phrase. A possessive \'s is its own token.',
  'Pattern words of three or more letters also match their plural and verb forms (hostage/hostages, kill/killed/killing) unless the variant turns inflection off.',
  'Patterns may use a prefix wildcard (genocid*), optional parts and alternatives, part-of-speech slots ([ADJ|PROPN] war) and case-sensitive words (=IDF); each expands into a bounded set of phrases in one token trie. There are no regular expressions.',
  'Matches never cross a sentence boundary or punctuation.',
  'An exception of a variant (a longer phrase such as "Israeli war cabinet") cancels the variant\'s matches inside it; words listed as notAfter/notBefore cancel a match they come right before or after.',
  'A variant marked as distanced counts only where quotation marks are written directly around the matched words (scare quotes; quoted speech holds more and does not count) or "so-called" comes right before; its hit then includes those marks.',
  'Within one referent the longest match wins and a span counts once; different referents may mark overlapping text.',
  'Rates are hits per 1,000 words of the same voice in the article, or in all an outlet\'s articles together. A variant\'s share is its hits divided by all hits of its referent in the same text(s).',
];

export const STRUCTURE_RULES = [
  'Each line of an article is a segment: headline, subhead, byline, dateline, caption or credit, lede (the first body paragraph), body, or boilerplate. Page furniture is recognised by the patterns listed below; a manifest entry\'s bodyEnds and boilerplate override them for one article. A short line that does not end like a sentence is the headline before the first body paragraph, a caption between headline and body, and a subhead after.',
  'Boilerplate (navigation, related stories and everything after a "More from …" heading, promos, timestamps, repeated bylines) is not part of the article: it is left out of every count unless the report was made with --include-boilerplate, and is shown greyed out on the article page.',
  'Quotations are found paragraph by paragraph, so one may span several sentences: straight and curly marks (mixed too), single marks, and quotations nested in quotations (which count as part of the outer one). A mark between two letters, or a closing single mark with no quotation open, is an apostrophe; a stray closing mark is ignored; a double-mark quotation never closed runs to the end of its paragraph and is flagged.',
  'Speech without marks counts as a quotation when an attribution follows a dash (“… - Kirby said”) or a speaker and a verb of saying precede a colon (“Kirby elaborates: …”), and the speech is in the first or second person; a transcript paragraph with a speaker label (“MR. KIRBY:”, “Q”) is its speaker\'s, and so are the unlabelled paragraphs after it.',
  'A quotation\'s speaker is the name next to it with a verb of saying (“X said”, “said X”, “X told reporters”, “according to X”); “he said” and descriptions such as “the spokesman” resolve to the nearest person named before with a verb of saying; a second quotation in a paragraph takes the first one\'s speaker; a paragraph that is only a quotation continues the person the paragraph before names. Otherwise the speaker is unknown. Titles are dropped; a person\'s id is the surname, shown under the fullest form of the name seen.',
  'Every hit has a voice: quoted when it lies inside a quotation, boilerplate in a boilerplate segment, narrator otherwise. Outlet and article scores count the narrator\'s hits per 1,000 narrator words; quoted hits are scored apart per 1,000 quoted words, and the headline and lede apart again.',
  'Quotations of different outlets are one statement when the Dice coefficient of their character bigrams (natural) is at least 0.75 or at least 70% of the shorter one\'s content words (four or more) are in the other; an outlet paraphrased a statement when a sentence in its own voice shares 60% of the content words. Only the few articles of each outlet that share most quoted statements with the group are searched for a paraphrase.',
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
export function methodologyView(analysis: ReportModel, catalogue: Catalogue, meta: ReportMeta) {
  const categoryLabel = new Map(analysis.categories.map((c) => [c.id, c.label]));
  return {
    generator: meta.generator,
    generatedAt: meta.generatedAt,
    options: optionRows(meta.options),
    wordCountRule: analysis.wordCountRule,
    method: analysis.comparison.method,
    confidencePercent: Math.round(analysis.comparison.method.confidence * 100),
    skipRule: SKIP_RULE,
    skipped: skippedView(analysis),
    matchingRules: MATCHING_RULES,
    structureRules: STRUCTURE_RULES,
    structurePatterns: PATTERN_KINDS.map((kind) => ({ kind, patterns: analysis.structurePatterns[kind] })),
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
    overrides: analysis.overrides.map((o) => ({
      id: o.id,
      kind: o.kind,
      by: o.by,
      file: o.file,
      patterns: o.variant.patterns.join(' · '),
      previous: o.previous ? o.previous.patterns.join(' · ') : '',
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
