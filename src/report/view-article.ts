import type { ArticleAnalysis } from '../analyze/types.js';
import type { Catalogue } from '../lexicon/catalogue.js';
import type { CategoryDefinition } from '../lexicon/types.js';
import { countWords } from '../nlp/words.js';
import type { Segment, Speaker } from '../structure/types.js';
import { fixed, percent, safeHref, thousands } from './format.js';
import { highlightPieces, type Piece, type Span } from './highlight.js';
import { ATTRIBUTION_LABEL, QUOTE_KIND_LABEL, SEGMENT_LABEL, VOICE_LABEL } from './labels.js';

interface MarkerView {
  n: number;
  anchor: string;
  text: string;
  id: string;
  referent: string;
  variant: string;
  category: string;
  categoryLabel: string;
  /** Anchor of the variant's explanation, given once per page. */
  explained: string;
  voice: string;
  voiceLabel: string;
  speaker: string;
  segment: string;
  tip: string;
}

interface QuoteView {
  n: number;
  anchor: string;
  kind: string;
  kindLabel: string;
  speaker: string;
  attribution: string;
  unclosed: boolean;
  words: number;
  text: string;
  tip: string;
}

type PieceView =
  | { text: string }
  | { mark: { anchor: string | undefined; n: number; category: string; voice: string; tip: string; markerAnchor: string }; children: PieceView[] }
  | { quote: { kind: string; tip: string; anchor: string | undefined }; children: PieceView[] };

/** Spans with a marker index below this are hits; from it on, quotations. */
function pieceViews(pieces: Piece[], markers: MarkerView[], quotes: QuoteView[]): PieceView[] {
  return pieces.map((piece): PieceView => {
    if ('text' in piece) return { text: piece.text };
    const children = pieceViews(piece.children, markers, quotes);
    if (piece.marker >= markers.length) {
      const quote = quotes[piece.marker - markers.length] as QuoteView;
      return { quote: { kind: quote.kind, tip: quote.tip, anchor: piece.part === 0 ? `quote-text-${quote.n}` : undefined }, children };
    }
    const marker = markers[piece.marker] as MarkerView;
    return {
      // Only the first part of a cut span carries the anchor, so ids stay unique.
      mark: { anchor: piece.part === 0 ? `hit-${marker.n}` : undefined, n: marker.n, category: marker.category, voice: marker.voice, tip: marker.tip, markerAnchor: marker.anchor },
      children,
    };
  });
}

/** The text cut at segment edges; each segment's hits and quotations nested inside it, offsets made relative to it. */
function blocks(text: string, segments: Segment[], spans: Span[], markers: MarkerView[], quotes: QuoteView[]) {
  const out: ({ gap: string } | { kind: string; label: string; pieces: PieceView[] })[] = [];
  let cursor = 0;
  // Segments are in text order and do not overlap: one pass over the spans by start, not a search of all spans per segment.
  const byStart = spans.map((sp, i) => ({ sp, i })).sort((a, b) => a.sp.start - b.sp.start || a.i - b.i).map(({ sp }) => sp);
  let next = 0;
  for (const s of segments) {
    if (s.start > cursor) out.push({ gap: text.slice(cursor, s.start) });
    while (next < byStart.length && (byStart[next] as Span).start < s.start) next++;
    const from = next;
    while (next < byStart.length && (byStart[next] as Span).start < s.end) next++;
    const inside = byStart.slice(from, next).map((sp) => ({ ...sp, start: sp.start - s.start, end: Math.min(sp.end, s.end) - s.start }));
    out.push({ kind: s.kind, label: SEGMENT_LABEL[s.kind], pieces: pieceViews(highlightPieces(text.slice(s.start, s.end), inside), markers, quotes) });
    cursor = s.end;
  }
  if (cursor < text.length) out.push({ gap: text.slice(cursor) });
  return out;
}

/**
 * One article's page: its parts, its text with every marker and quotation
 * shown, the lists of both, and what each variant used means, once. Speakers
 * are named as this article names them: the page is made the moment the
 * article is done, before any other article is read.
 */
export function articleView(analysis: ArticleAnalysis, catalogue: Catalogue, categories: CategoryDefinition[]) {
  const { article, structure } = analysis;
  const speakers = new Map<string, Speaker>(structure.speakers.map((s) => [s.id, s]));
  const speakerName = (id: string | null): string => (id === null ? 'unknown' : speakers.get(id)?.name ?? id);
  const categoryLabel = new Map(categories.map((c) => [c.id, c.label]));
  const markers: MarkerView[] = analysis.hits.map((hit, i) => {
    const entry = catalogue.variants.get(hit.id);
    const referent = entry?.referent.label ?? hit.referent;
    const variant = entry?.variant.label ?? hit.variant;
    const label = categoryLabel.get(hit.category) ?? hit.category;
    const voice = hit.voice === 'quoted' ? `Quoted: ${speakerName(hit.speaker)}` : VOICE_LABEL[hit.voice];
    return {
      n: i + 1,
      anchor: `marker-${i + 1}`,
      text: hit.text,
      id: hit.id,
      referent,
      variant,
      category: hit.category,
      categoryLabel: label,
      explained: `why-${hit.id.replace(/[^A-Za-z0-9_-]+/g, '_')}`,
      voice: hit.voice,
      voiceLabel: voice,
      speaker: hit.speaker === null ? '' : speakerName(hit.speaker),
      segment: SEGMENT_LABEL[hit.segment],
      tip: `${referent} · ${variant} · ${label}\n${voice} · ${SEGMENT_LABEL[hit.segment]}`,
    };
  });
  const quotes: QuoteView[] = structure.quotes.map((q, i) => {
    const speaker = speakerName(q.speaker);
    return {
      n: i + 1,
      anchor: `quote-${i + 1}`,
      kind: q.kind,
      kindLabel: QUOTE_KIND_LABEL[q.kind],
      speaker,
      attribution: ATTRIBUTION_LABEL[q.attribution],
      unclosed: q.unclosed,
      words: countWords(article.text, q.start, q.end),
      text: article.text.slice(q.start, q.end),
      tip: `Quoted: ${speaker} (${ATTRIBUTION_LABEL[q.attribution]})`,
    };
  });
  const spans: Span[] = [
    ...analysis.hits.map((h, i) => ({ start: h.start, end: h.end, marker: i })),
    ...structure.quotes.map((q, i) => ({ start: q.start, end: q.end, marker: markers.length + i })),
  ];
  const parts = analysis.partWords;
  return {
    id: article.id,
    title: article.title ?? article.id,
    outlet: article.outlet,
    date: article.date ?? '',
    url: article.url ?? '',
    href: safeHref(article.url),
    source: article.source,
    sourceSha256: article.origin?.sha256 ?? '',
    byline: article.byline ?? '',
    wireSource: article.wireSource ?? '',
    words: thousands(analysis.words),
    ownWords: thousands(analysis.scores.words),
    quotedWords: thousands(parts.quoted),
    quotedShare: percent(parts.total - parts.boilerplate === 0 ? 0 : parts.quoted / (parts.total - parts.boilerplate)),
    boilerplateWords: thousands(parts.boilerplate),
    hits: analysis.hits.length,
    ownHits: analysis.scores.hits,
    quotedHits: analysis.scores.quoted.hits,
    boilerplateHits: analysis.hits.filter((h) => h.voice === 'boilerplate').length,
    rate: fixed(analysis.scores.ratePer1000Words),
    blocks: blocks(article.text, structure.segments, spans, markers, quotes),
    markers,
    quotes,
    categories: categories.filter((c) => analysis.hits.some((h) => h.category === c.id)),
    explanations: [...new Set(analysis.hits.map((h) => h.id))].sort().map((id) => {
      const entry = catalogue.variants.get(id);
      return { anchor: `why-${id.replace(/[^A-Za-z0-9_-]+/g, '_')}`, id, referent: entry?.referent.label ?? id, variant: entry?.variant.label ?? id, explanation: entry?.variant.explanation ?? '' };
    }),
  };
}
