import type { ArticleAnalysis } from '../analyze/index.js';
import type { Catalogue } from '../lexicon/catalogue.js';
import type { CategoryDefinition } from '../lexicon/types.js';
import { fixed, safeHref, thousands } from './format.js';
import { highlightPieces, type Piece } from './highlight.js';

interface MarkerView {
  n: number;
  anchor: string;
  text: string;
  id: string;
  referent: string;
  variant: string;
  category: string;
  categoryLabel: string;
  explanation: string;
  tip: string;
}

type PieceView = { text: string } | { mark: { anchor: string | undefined; n: number; category: string; tip: string; markerAnchor: string }; children: PieceView[] };

function pieceViews(pieces: Piece[], markers: MarkerView[]): PieceView[] {
  return pieces.map((piece) => {
    if ('text' in piece) return { text: piece.text };
    const marker = markers[piece.marker] as MarkerView;
    return {
      mark: {
        // Only the first part of a cut span carries the anchor, so ids stay unique.
        anchor: piece.part === 0 ? `hit-${marker.n}` : undefined,
        n: marker.n,
        category: marker.category,
        tip: marker.tip,
        markerAnchor: marker.anchor,
      },
      children: pieceViews(piece.children, markers),
    };
  });
}

/** One article's page: its text with every marker highlighted, and the list of its markers. */
export function articleView(analysis: ArticleAnalysis, catalogue: Catalogue, categories: CategoryDefinition[]) {
  const { article } = analysis;
  const categoryLabel = new Map(categories.map((c) => [c.id, c.label]));
  const markers: MarkerView[] = analysis.hits.map((hit, i) => {
    const entry = catalogue.variants.get(hit.id);
    const referent = entry?.referent.label ?? hit.referent;
    const variant = entry?.variant.label ?? hit.variant;
    const label = categoryLabel.get(hit.category) ?? hit.category;
    const explanation = entry?.variant.explanation ?? '';
    return {
      n: i + 1,
      anchor: `marker-${i + 1}`,
      text: hit.text,
      id: hit.id,
      referent,
      variant,
      category: hit.category,
      categoryLabel: label,
      explanation,
      tip: `${referent} · ${variant} · ${label}\n${explanation}`,
    };
  });
  const pieces = highlightPieces(article.text, analysis.hits.map((h, i) => ({ start: h.start, end: h.end, marker: i })));
  return {
    id: article.id,
    title: article.title ?? article.id,
    outlet: article.outlet,
    date: article.date ?? '',
    url: article.url ?? '',
    href: safeHref(article.url),
    source: article.source,
    byline: article.byline ?? '',
    wireSource: article.wireSource ?? '',
    words: thousands(analysis.words),
    hits: analysis.hits.length,
    rate: fixed(analysis.scores.ratePer1000Words),
    pieces: pieceViews(pieces, markers),
    markers,
    categories: categories.filter((c) => analysis.hits.some((h) => h.category === c.id)),
  };
}
