import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightPieces, piecesText, type Piece, type Span } from '../../src/report/highlight.js';

/** The characters each marker covers, gathered from the piece tree. */
function covered(pieces: Piece[], text: string, open: number[] = [], at = { offset: 0 }, out = new Map<number, string>()): Map<number, string> {
  for (const piece of pieces) {
    if ('text' in piece) {
      for (const m of open) out.set(m, (out.get(m) ?? '') + piece.text);
      at.offset += piece.text.length;
    } else covered(piece.children, text, [...open, piece.marker], at, out);
  }
  return out;
}

describe('highlightPieces', () => {
  it('nests a span inside another', () => {
    expect(highlightPieces('the Hamas-run ministry', [{ start: 4, end: 22, marker: 0 }, { start: 4, end: 9, marker: 1 }])).toEqual([
      { text: 'the ' },
      { marker: 0, part: 0, children: [{ marker: 1, part: 0, children: [{ text: 'Hamas' }] }, { text: '-run ministry' }] },
    ]);
  });

  it('cuts a crossing span into parts', () => {
    const pieces = highlightPieces('abcdefghij', [{ start: 1, end: 5, marker: 0 }, { start: 3, end: 8, marker: 1 }]);
    expect(pieces).toEqual([
      { text: 'a' },
      { marker: 0, part: 0, children: [{ text: 'bc' }, { marker: 1, part: 0, children: [{ text: 'de' }] }] },
      { marker: 1, part: 1, children: [{ text: 'fgh' }] },
      { text: 'ij' },
    ]);
  });

  it('never loses, adds or reorders characters, and each marker covers exactly its span', () => {
    const input = fc.string({ unit: 'grapheme', maxLength: 60 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length })), { maxLength: 8 }),
      ),
    );
    fc.assert(
      fc.property(input, ([text, pairs]) => {
        // Hits are never empty; empty pairs are dropped here rather than filtered in the generator (an empty text has only those).
        const spans: Span[] = pairs
          .map(([a, b], marker) => ({ start: Math.min(a, b), end: Math.max(a, b), marker }))
          .filter((s) => s.end > s.start);
        const pieces = highlightPieces(text, spans);
        expect(piecesText(pieces)).toBe(text);
        const byMarker = covered(pieces, text);
        for (const span of spans) expect(byMarker.get(span.marker)).toBe(text.slice(span.start, span.end));
      }),
      { numRuns: 500 },
    );
  });

  it('handles the tens of thousands of crossing hits a long article can have', () => {
    const text = 'the Israeli regime said; '.repeat(40_000);
    const spans: Span[] = [];
    for (let i = 0; i < 40_000; i++) {
      const at = i * 25;
      spans.push({ start: at + 4, end: at + 18, marker: 2 * i }, { start: at + 12, end: at + 23, marker: 2 * i + 1 });
    }
    // A quadratic highlighter would not finish within the suite's per-test timeout; speed itself is the benchmark's business.
    const pieces = highlightPieces(text, spans);
    expect(piecesText(pieces)).toBe(text);
    expect(pieces.slice(0, 3)).toEqual([
      { text: 'the ' },
      { marker: 0, part: 0, children: [{ text: 'Israeli ' }, { marker: 1, part: 0, children: [{ text: 'regime' }] }] },
      { marker: 1, part: 1, children: [{ text: ' said' }] },
    ]);
  });
});
