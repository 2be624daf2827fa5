/** A span to highlight, with the index of the marker it stands for. */
export interface Span {
  start: number;
  end: number;
  marker: number;
}

/** Text and marks as a tree, for a template to render with escaped expressions only. */
export type Piece = { text: string } | { marker: number; part: number; children: Piece[] };

type Mark = Extract<Piece, { marker: number }>;

interface Open {
  span: Span;
  mark: Mark;
}

const byStartThenLongest = (a: Span, b: Span): number => a.start - b.start || b.end - a.end || a.marker - b.marker;
const byLongest = (a: Span, b: Span): number => b.end - a.end || a.marker - b.marker;

/**
 * Nests hit spans over a text. Spans that contain each other nest; a span
 * that crosses another is cut into parts so that the elements still nest.
 * Every character of the text appears exactly once in the leaves, in order.
 *
 * One sweep over the span boundaries with a stack of open spans: when a span
 * ends, the spans opened inside it that go on are closed with it and opened
 * again after it (a new part), together with the spans that start there,
 * longest outermost. Time is linear in text and spans, times the depth of
 * overlap (small in practice), so a long article with many hits renders fast.
 */
export function highlightPieces(text: string, spans: Span[]): Piece[] {
  const ordered = spans.filter((s) => s.end > s.start).sort(byStartThenLongest);
  const parts = new Map<number, number>();
  const root: Piece[] = [];
  const stack: Open[] = [];
  let cursor = 0;
  let next = 0;

  const children = (): Piece[] => (stack.length > 0 ? (stack[stack.length - 1] as Open).mark.children : root);
  const textUpTo = (at: number): void => {
    if (at > cursor) children().push({ text: text.slice(cursor, at) });
    cursor = Math.max(cursor, at);
  };
  const open = (span: Span): void => {
    const part = parts.get(span.marker) ?? 0;
    parts.set(span.marker, part + 1);
    const mark: Mark = { marker: span.marker, part, children: [] };
    children().push(mark);
    stack.push({ span, mark });
  };

  while (next < ordered.length || stack.length > 0) {
    const opening = next < ordered.length ? (ordered[next] as Span).start : Infinity;
    let closing = Infinity;
    for (const o of stack) closing = Math.min(closing, o.span.end);
    const at = Math.min(opening, closing);
    textUpTo(at);
    let reopen: Span[] = [];
    if (closing === at) {
      // Close everything from the outermost span ending here; those inside it that go on are opened again.
      const outermost = stack.findIndex((o) => o.span.end === at);
      reopen = stack.splice(outermost).map((o) => o.span).filter((s) => s.end > at);
    }
    while (next < ordered.length && (ordered[next] as Span).start === at) reopen.push(ordered[next++] as Span);
    for (const span of reopen.sort(byLongest)) open(span);
  }
  textUpTo(text.length);
  return root;
}

/** The text a piece tree shows, for checking that highlighting loses and adds nothing. */
export function piecesText(pieces: Piece[]): string {
  return pieces.map((p) => ('text' in p ? p.text : piecesText(p.children))).join('');
}
