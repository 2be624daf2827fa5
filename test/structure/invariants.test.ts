import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePatterns, DEFAULT_PATTERNS } from '../../src/structure/patterns.js';
import { structureOf } from '../../src/structure/structure.js';

const patterns = compilePatterns(DEFAULT_PATTERNS);
/** Pieces that exercise the patterns: marks, names with verbs, dashes, labels, line breaks. */
const piece = fc.constantFrom('"', "'", '“', '”', '‘', '’', ' ', '\n', '\r\n', ' - ', ': ', 'Kirby said', 'said Kirby', 'he added', 'MR. KIRBY: ', 'Q ', 'we ', 'More from news', 'By Jane Doe', 'WASHINGTON (AA) - ', 'the official', 'Hamas', '.', ',', 'x');

describe('structureOf on any text', () => {
  it('never throws; segments and quotations stay in order, apart and inside the text, quotations only in headline, subheads, lede and body', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const { segments, quotes, speakers } = structureOf(text, patterns);
        for (const list of [segments, quotes]) {
          list.forEach((s, i) => {
            expect(s.start).toBeGreaterThanOrEqual(i === 0 ? 0 : (list[i - 1] as { end: number }).end);
            expect(s.start).toBeLessThan(s.end);
            expect(s.end).toBeLessThanOrEqual(text.length);
          });
        }
        for (const q of quotes) {
          const home = segments.find((s) => s.start <= q.start && q.end <= s.end);
          expect(['headline', 'subhead', 'lede', 'body']).toContain(home?.kind);
          if (q.speaker !== null) expect(speakers.map((s) => s.id)).toContain(q.speaker);
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
