import { containment, dice } from '../nlp/similarity.js';
import type { ArticleStructure, Quote } from './types.js';

/** One article's text and structure, for comparing its quotations with other outlets'. */
export interface QuoteSource {
  articleId: string;
  outlet: string;
  text: string;
  structure: ArticleStructure;
}

/** One outlet's rendering of a statement: inside quotation marks (`quoted`) or in its own voice (`paraphrased`). */
export interface Rendering {
  articleId: string;
  outlet: string;
  start: number;
  end: number;
  /** The article text from start to end. */
  text: string;
  kind: 'quoted' | 'paraphrased';
  speaker: string | null;
  /** Similarity to the group's first rendering, 0 to 1 (1 for the first itself). */
  similarity: number;
}

/** A statement rendered by two or more outlets. */
export interface QuoteGroup {
  id: string;
  speaker: string | null;
  renderings: Rendering[];
}

/** Thresholds found on the seeds: a wording change ("comport" → "align") stays above them, another statement by the same speaker falls below. */
const SAME_DICE = 0.75;
const SAME_CONTAINMENT = 0.7;
const PARAPHRASE_CONTAINMENT = 0.6;
const MIN_CONTENT_WORDS = 4;

function similarity(a: string, b: string, containmentNeeded: number): number {
  const c = containment(a, b);
  const share = c.words >= MIN_CONTENT_WORDS ? c.share : 0;
  const d = dice(a, b);
  return d >= SAME_DICE || share >= containmentNeeded ? Math.max(d, share) : 0;
}

const sameSpeaker = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;

/** Sentences of the article's own voice (lede and body, outside quotations), where a paraphrase would be. */
function narratorSentences(source: QuoteSource): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const segment of source.structure.segments) {
    if (segment.kind !== 'lede' && segment.kind !== 'body') continue;
    const body = source.text.slice(segment.start, segment.end);
    let from = 0;
    for (const m of body.matchAll(/[.!?](?=\s+\S)/gu)) {
      out.push({ start: segment.start + from, end: segment.start + (m.index ?? 0) + 1 });
      from = (m.index ?? 0) + 1 + (body.slice((m.index ?? 0) + 1).length - body.slice((m.index ?? 0) + 1).trimStart().length);
    }
    out.push({ start: segment.start + from, end: segment.end });
  }
  const quotes = source.structure.quotes;
  return out.filter((s) => !quotes.some((q) => q.start < s.end && s.start < q.end));
}

function rendering(source: QuoteSource, span: { start: number; end: number }, kind: Rendering['kind'], speaker: string | null, sim: number): Rendering {
  return { articleId: source.articleId, outlet: source.outlet, start: span.start, end: span.end, text: source.text.slice(span.start, span.end), kind, speaker, similarity: sim };
}

/**
 * Groups the quotations of different articles that render the same
 * statement, then looks in the other outlets' own voice for a paraphrase of
 * it. Sources are taken in the order given (analyze gives them in id order),
 * so groups and their ids do not depend on the input's order.
 */
export function compareQuotes(sources: QuoteSource[]): QuoteGroup[] {
  const groups: { speaker: string | null; renderings: Rendering[] }[] = [];
  for (const source of sources) {
    for (const quote of source.structure.quotes as Quote[]) {
      const text = source.text.slice(quote.start, quote.end);
      let best: { group: (typeof groups)[number]; sim: number } | undefined;
      for (const group of groups) {
        if (!sameSpeaker(group.speaker, quote.speaker) || group.renderings.some((r) => r.articleId === source.articleId)) continue;
        const sim = similarity((group.renderings[0] as Rendering).text, text, SAME_CONTAINMENT);
        if (sim > 0 && (!best || sim > best.sim)) best = { group, sim };
      }
      if (best) {
        best.group.renderings.push(rendering(source, quote, 'quoted', quote.speaker, best.sim));
        best.group.speaker ??= quote.speaker;
      } else groups.push({ speaker: quote.speaker, renderings: [rendering(source, quote, 'quoted', quote.speaker, 1)] });
    }
  }
  for (const group of groups) {
    const reference = (group.renderings[0] as Rendering).text;
    for (const source of sources) {
      if (group.renderings.some((r) => r.outlet === source.outlet)) continue;
      let best: { span: { start: number; end: number }; sim: number } | undefined;
      for (const sentence of narratorSentences(source)) {
        const sim = similarity(reference, source.text.slice(sentence.start, sentence.end), PARAPHRASE_CONTAINMENT);
        if (sim > 0 && (!best || sim > best.sim)) best = { span: sentence, sim };
      }
      if (best) group.renderings.push(rendering(source, best.span, 'paraphrased', null, best.sim));
    }
  }
  return groups
    .filter((g) => new Set(g.renderings.map((r) => r.outlet)).size >= 2)
    .map((g, i) => ({ id: `q${i + 1}`, speaker: g.speaker, renderings: g.renderings }));
}
