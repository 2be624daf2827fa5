import { cohensKappa, counts, share, type Counts, type Share } from './measures.js';
import { jaccard, overlapOf, pairUp, sameMarker } from './spans.js';
import type { ArticleAnnotation, MarkerSpan, MarkerVoice, QuoteSpan, Span } from './types.js';

/** One article's two annotations: the reference (the gold, or the first coder) and the candidate (framelens, or the second coder). */
export interface AnnotatedPair {
  text: string;
  reference: ArticleAnnotation;
  candidate: ArticleAnnotation;
}

/** Precision, recall and F1 at each level of the lexicon ids, overall and per key. */
export interface NamingScores {
  overall: Counts;
  byLexicon: Record<string, Counts>;
  byReferent: Record<string, Counts>;
  byVariant: Record<string, Counts>;
  byCategory: Record<string, Counts>;
}

/** Where the two annotations disagree: what to look at to find an error. */
export interface Disagreement {
  article: string;
  layer: 'marker' | 'quote' | 'scare' | 'speaker' | 'voice' | 'segment';
  /** missed: in the reference only; extra: in the candidate only; wrong: both, but different. */
  kind: 'missed' | 'extra' | 'wrong';
  text: string;
  expected?: string;
  got?: string;
}

export interface Evaluation {
  articles: number;
  naming: { ownVoice: NamingScores; allVoices: NamingScores };
  quotations: { exact: Counts; overlap: Counts; scareQuotes: Counts };
  /** Quotations whose speaker the reference names: the candidate found the quotation and named one of the reference's names for its speaker. */
  speakers: Share;
  /** Markers both annotations have: the same voice. */
  voice: Share;
  segments: {
    /** Reference lines out of the counts (furniture, captions, bylines) that the candidate also leaves out. */
    furnitureOut: Share;
    /** Reference article lines (headline, subhead, body) that the candidate keeps in the counts. */
    articleKept: Share;
    /** Lines of the same kind in both. */
    lineKinds: Share;
    datelines: Counts;
  };
  /** Cohen's kappa on word labels: marker variant, quotation kind, line kind. */
  kappa: { markers: number; quotes: number; segments: number };
  disagreements: Disagreement[];
}

/** Minimum share of characters two quotation spans must have in common (of both together) to be the same quotation. */
export const QUOTE_OVERLAP = 0.3;

const ARTICLE_LINES = new Set(['headline', 'subhead', 'body']);
/** Lines that are not the article's text and stay out of the counts: page furniture, captions and credits, bylines. */
const OUT_OF_COUNTS = new Set(['furniture', 'caption', 'byline']);

function lineAt(a: ArticleAnnotation, offset: number) {
  return a.lines.find((l) => offset >= l.start && offset < l.end);
}

/** A marker's voice: as given, else boilerplate for a marker in a line out of the counts (furniture, caption, byline), quoted inside a quotation (a scare quote is the outlet's own voice), narrator otherwise. */
export function voiceOf(a: ArticleAnnotation, m: MarkerSpan): MarkerVoice {
  if (m.voice) return m.voice;
  if (OUT_OF_COUNTS.has(lineAt(a, m.start)?.kind ?? 'body')) return 'boilerplate';
  const inQuote = a.quotes.some((q) => q.kind !== 'scare' && q.start <= m.start && m.end <= q.end);
  return inQuote ? 'quoted' : 'narrator';
}

type Key = (id: string) => string;

const LEVELS: Record<'byLexicon' | 'byReferent' | 'byVariant', Key> = {
  byLexicon: (id) => id.split('/')[0] as string,
  byReferent: (id) => id.split('/').slice(0, 2).join('/'),
  byVariant: (id) => id,
};

class Tally {
  private readonly cells = new Map<string, [number, number, number]>();
  add(key: string, slot: 0 | 1 | 2): void {
    const cell = this.cells.get(key) ?? [0, 0, 0];
    cell[slot]++;
    this.cells.set(key, cell);
  }
  table(): Record<string, Counts> {
    return Object.fromEntries([...this.cells.keys()].sort().map((k) => {
      const [tp, fp, fn] = this.cells.get(k) as [number, number, number];
      return [k, counts(tp, fp, fn)];
    }));
  }
}

function naming(pairs: AnnotatedPair[], categoryOf: (id: string) => string, ownVoice: boolean, disagreements: Disagreement[] | undefined): NamingScores {
  const tallies = { byLexicon: new Tally(), byReferent: new Tally(), byVariant: new Tally(), byCategory: new Tally() };
  const keys: Record<keyof typeof tallies, Key> = { ...LEVELS, byCategory: categoryOf };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { text, reference, candidate } of pairs) {
    const lexicons = new Set(reference.lexicons);
    const keep = (a: ArticleAnnotation) => a.markers.filter((m) => lexicons.has(m.id.split('/')[0] as string) && (!ownVoice || voiceOf(a, m) === 'narrator'));
    const ref = keep(reference);
    const cand = keep(candidate);
    for (const [level, key] of Object.entries(keys) as [keyof typeof tallies, Key][]) {
      const { pairs: matched, missed, extra } = pairUp(ref, cand, (r, c) => (key(r.id) === key(c.id) && sameMarker(r, c) ? 1 + jaccard(r, c) : 0));
      for (const [r] of matched) tallies[level].add(key(r.id), 0);
      for (const c of extra) tallies[level].add(key(c.id), 1);
      for (const r of missed) tallies[level].add(key(r.id), 2);
      if (level === 'byVariant') {
        tp += matched.length;
        fp += extra.length;
        fn += missed.length;
        for (const r of missed) disagreements?.push({ article: reference.article, layer: 'marker', kind: 'missed', text: text.slice(r.start, r.end), expected: r.id, got: describeOverlapping(cand, r) });
        for (const c of extra) disagreements?.push({ article: reference.article, layer: 'marker', kind: 'extra', text: text.slice(c.start, c.end), got: c.id, expected: describeOverlapping(ref, c) });
      }
    }
  }
  return { overall: counts(tp, fp, fn), byLexicon: tallies.byLexicon.table(), byReferent: tallies.byReferent.table(), byVariant: tallies.byVariant.table(), byCategory: tallies.byCategory.table() };
}

function describeOverlapping(markers: MarkerSpan[], span: Span): string | undefined {
  const ids = markers.filter((m) => overlapOf(m, span) > 0).map((m) => m.id);
  return ids.length > 0 ? ids.join(', ') : undefined;
}

/** Running totals of pairings: paired, candidate only, reference only. */
class Found {
  private tp = 0;
  private fp = 0;
  private fn = 0;
  add(p: { pairs: unknown[]; extra: unknown[]; missed: unknown[] }): void {
    this.tp += p.pairs.length;
    this.fp += p.extra.length;
    this.fn += p.missed.length;
  }
  counts(): Counts {
    return counts(this.tp, this.fp, this.fn);
  }
}

function quotations(pairs: AnnotatedPair[], disagreements: Disagreement[]) {
  const exact = new Found();
  const loose = new Found();
  const scare = new Found();
  let speakerRight = 0;
  let speakerTotal = 0;
  for (const { text, reference, candidate } of pairs) {
    const speech = (a: ArticleAnnotation) => a.quotes.filter((q) => q.kind !== 'scare');
    const scares = (a: ArticleAnnotation) => a.quotes.filter((q) => q.kind === 'scare');
    const ref = speech(reference);
    const cand = speech(candidate);
    const same = pairUp(ref, cand, (r, c) => (r.start === c.start && r.end === c.end ? 1 : 0));
    exact.add(same);
    const near = pairUp(ref, cand, (r, c) => (jaccard(r, c) >= QUOTE_OVERLAP ? jaccard(r, c) : 0));
    loose.add(near);
    for (const r of near.missed) disagreements.push({ article: reference.article, layer: 'quote', kind: 'missed', text: text.slice(r.start, r.end), expected: r.kind, got: overlappingQuote(candidate.quotes, r) });
    for (const c of near.extra) disagreements.push({ article: reference.article, layer: 'quote', kind: 'extra', text: text.slice(c.start, c.end), got: c.kind, expected: overlappingQuote(reference.quotes, c) });
    const s = pairUp(scares(reference), scares(candidate), (r, c) => (jaccard(r, c) >= QUOTE_OVERLAP ? jaccard(r, c) : 0));
    scare.add(s);
    for (const r of s.missed) disagreements.push({ article: reference.article, layer: 'scare', kind: 'missed', text: text.slice(r.start, r.end), got: overlappingQuote(candidate.quotes, r) });
    for (const c of s.extra) disagreements.push({ article: reference.article, layer: 'scare', kind: 'extra', text: text.slice(c.start, c.end), expected: overlappingQuote(reference.quotes, c) });
    for (const r of ref.filter((q) => q.speakers.length > 0)) {
      speakerTotal++;
      const found = near.pairs.find(([x]) => x === r)?.[1];
      const right = found !== undefined && found.speakers.some((id) => r.speakers.includes(id));
      if (right) speakerRight++;
      else disagreements.push({ article: reference.article, layer: 'speaker', kind: found ? 'wrong' : 'missed', text: text.slice(r.start, Math.min(r.end, r.start + 80)), expected: r.speakers.join(' | '), got: found ? found.speakers.join(' | ') || '(unknown)' : '(quotation not found)' });
    }
  }
  return {
    exact: exact.counts(),
    overlap: loose.counts(),
    scareQuotes: scare.counts(),
    speakers: share(speakerRight, speakerTotal),
  };
}

function overlappingQuote(quotes: QuoteSpan[], span: Span): string | undefined {
  const q = quotes.find((x) => overlapOf(x, span) > 0);
  return q ? `${q.kind} ${q.start}-${q.end}` : undefined;
}

function voices(pairs: AnnotatedPair[], disagreements: Disagreement[]): Share {
  let right = 0;
  let total = 0;
  for (const { text, reference, candidate } of pairs) {
    const lexicons = new Set(reference.lexicons);
    const ofLexicons = (a: ArticleAnnotation) => a.markers.filter((m) => lexicons.has(m.id.split('/')[0] as string));
    const { pairs: matched } = pairUp(ofLexicons(reference), ofLexicons(candidate), (r, c) => (r.id === c.id && sameMarker(r, c) ? 1 + jaccard(r, c) : 0));
    for (const [r, c] of matched) {
      total++;
      const expected = voiceOf(reference, r);
      const got = voiceOf(candidate, c);
      if (expected === got) right++;
      else disagreements.push({ article: reference.article, layer: 'voice', kind: 'wrong', text: text.slice(r.start, r.end), expected, got });
    }
  }
  return share(right, total);
}

function segments(pairs: AnnotatedPair[], disagreements: Disagreement[]) {
  let furniture = 0;
  let furnitureOut = 0;
  let article = 0;
  let articleKept = 0;
  let sameKind = 0;
  let lines = 0;
  const dl = new Found();
  for (const { text, reference, candidate } of pairs) {
    reference.lines.forEach((r) => {
      const c = candidate.lines.find((l) => l.start === r.start);
      const kind = c?.kind ?? 'body';
      lines++;
      if (kind === r.kind) sameKind++;
      const shown = text.slice(r.start, Math.min(r.end, r.start + 80));
      if (OUT_OF_COUNTS.has(r.kind)) {
        furniture++;
        if (OUT_OF_COUNTS.has(kind)) furnitureOut++;
      } else if (ARTICLE_LINES.has(r.kind)) {
        article++;
        if (!OUT_OF_COUNTS.has(kind)) articleKept++;
      }
      if (kind !== r.kind) disagreements.push({ article: reference.article, layer: 'segment', kind: 'wrong', text: shown, expected: r.kind, got: kind });
    });
    const d = pairUp(reference.datelines, candidate.datelines, (r, c) => (overlapOf(r, c) > 0 ? 1 : 0));
    dl.add(d);
  }
  return { furnitureOut: share(furnitureOut, furniture), articleKept: share(articleKept, article), lineKinds: share(sameKind, lines), datelines: dl.counts() };
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Each word's label under an annotation layer, for kappa. */
function wordLabels(text: string, label: (offset: number) => string): string[] {
  return [...text.matchAll(WORD)].map((m) => label(m.index ?? 0));
}

function kappas(pairs: AnnotatedPair[]) {
  const a: Record<'markers' | 'quotes' | 'segments', string[]> = { markers: [], quotes: [], segments: [] };
  const b: Record<'markers' | 'quotes' | 'segments', string[]> = { markers: [], quotes: [], segments: [] };
  for (const { text, reference, candidate } of pairs) {
    const lexicons = new Set(reference.lexicons);
    for (const [side, ann] of [[a, reference], [b, candidate]] as const) {
      const markers = ann.markers.filter((m) => lexicons.has(m.id.split('/')[0] as string));
      side.markers.push(...wordLabels(text, (o) => markers.find((m) => o >= m.start && o < m.end)?.id ?? 'O'));
      side.quotes.push(...wordLabels(text, (o) => ann.quotes.find((q) => o >= q.start && o < q.end)?.kind ?? 'O'));
      side.segments.push(...wordLabels(text, (o) => lineAt(ann, o)?.kind ?? 'body'));
    }
  }
  return { markers: cohensKappa(a.markers, b.markers), quotes: cohensKappa(a.quotes, b.quotes), segments: cohensKappa(a.segments, b.segments) };
}

/** Compares the candidate annotations with the reference, article by article; `categoryOf` gives a variant id's category. */
export function evaluate(pairs: AnnotatedPair[], categoryOf: (variantId: string) => string): Evaluation {
  const disagreements: Disagreement[] = [];
  const q = quotations(pairs, disagreements);
  return {
    articles: pairs.length,
    naming: { ownVoice: naming(pairs, categoryOf, true, undefined), allVoices: naming(pairs, categoryOf, false, disagreements) },
    quotations: { exact: q.exact, overlap: q.overlap, scareQuotes: q.scareQuotes },
    speakers: q.speakers,
    voice: voices(pairs, disagreements),
    segments: segments(pairs, disagreements),
    kappa: kappas(pairs),
    disagreements,
  };
}
