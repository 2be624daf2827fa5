/** A span to highlight, with the index of the marker it stands for. */
export interface Span {
  start: number;
  end: number;
  marker: number;
}

/** Text and marks as a tree, for a template to render with escaped expressions only. */
export type Piece = { text: string } | { marker: number; part: number; children: Piece[] };

/**
 * Nests hit spans over a text. Spans that contain each other nest; a span
 * that crosses another is cut into parts so that the elements still nest.
 * Every character of the text appears exactly once in the leaves, in order.
 */
export function highlightPieces(text: string, spans: Span[]): Piece[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.marker - b.marker);
  const parts = new Map<number, number>();
  const build = (from: number, to: number, inside: Span[]): Piece[] => {
    const pieces: Piece[] = [];
    let cursor = from;
    let i = 0;
    while (i < inside.length) {
      const span = inside[i] as Span;
      const start = Math.max(span.start, cursor);
      const end = Math.min(span.end, to);
      i++;
      if (end <= start) continue;
      if (start > cursor) pieces.push({ text: text.slice(cursor, start) });
      const nested: Span[] = [];
      const rest: Span[] = [];
      for (const other of inside.slice(i)) {
        if (other.start < end) {
          nested.push({ ...other, start: Math.max(other.start, start) });
          if (other.end > end) rest.push({ ...other, start: end });
        } else rest.push(other);
      }
      const part = parts.get(span.marker) ?? 0;
      parts.set(span.marker, part + 1);
      pieces.push({ marker: span.marker, part, children: build(start, end, nested.map((s) => ({ ...s, end: Math.min(s.end, end) }))) });
      if (span.end > end) rest.push({ ...span, start: end });
      inside = rest.sort((a, b) => a.start - b.start || b.end - a.end || a.marker - b.marker);
      i = 0;
      cursor = end;
    }
    if (cursor < to) pieces.push({ text: text.slice(cursor, to) });
    return pieces;
  };
  return build(0, text.length, ordered);
}

/** The text a piece tree shows, for checking that highlighting loses and adds nothing. */
export function piecesText(pieces: Piece[]): string {
  return pieces.map((p) => ('text' in p ? p.text : piecesText(p.children))).join('');
}
