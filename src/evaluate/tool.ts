import { paragraphsOf } from '../structure/paragraphs.js';
import type { ArticleStructure, SegmentKind } from '../structure/types.js';
import type { VoicedHit } from '../tag/types.js';
import type { ArticleAnnotation, GoldSegmentKind, LineSegment } from './types.js';

/** framelens's segment kinds in the annotation's terms: the lede is body, boilerplate is furniture. */
const LINE_KIND: Record<SegmentKind, GoldSegmentKind> = {
  headline: 'headline',
  subhead: 'subhead',
  byline: 'byline',
  dateline: 'dateline',
  caption: 'caption',
  lede: 'body',
  body: 'body',
  boilerplate: 'furniture',
};

/** What framelens found in an article, as an annotation of the same lexicons, so it can be compared with a person's. */
export function toolAnnotation(article: string, text: string, found: { hits: VoicedHit[]; structure: ArticleStructure }, lexicons: string[]): ArticleAnnotation {
  const wanted = new Set(lexicons);
  const { segments, quotes } = found.structure;
  const lines: LineSegment[] = paragraphsOf(text).map((p) => {
    // A line that opens with a dateline is the paragraph it opens.
    const inLine = segments.filter((s) => s.start < p.end && s.end > p.start);
    const main = inLine.find((s) => s.kind !== 'dateline') ?? inLine[0];
    return { start: p.start, end: p.end, kind: main ? LINE_KIND[main.kind] : 'body' };
  });
  return {
    article,
    lexicons,
    markers: found.hits.filter((h) => wanted.has(h.lexicon)).map((h) => ({ start: h.start, end: h.end, id: h.id, voice: h.voice })),
    quotes: quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speakers: q.speaker ? [q.speaker] : [] })),
    lines,
    datelines: segments.filter((s) => s.kind === 'dateline').map((s) => ({ start: s.start, end: s.end })),
  };
}
