import type { MarkupSpan } from '../corpus/types.js';
import { countWords } from '../nlp/words.js';
import { paragraphsOf } from './paragraphs.js';
import type { CompiledPatterns } from './patterns.js';
import type { Paragraph, Segment, SegmentKind } from './types.js';

/** What a corpus manifest may say about one article's structure, overriding the patterns. */
export interface StructureOverrides {
  /** Text of the line where the article ends: that line and all after it are boilerplate. */
  bodyEnds?: string;
  /** Texts whose lines are boilerplate. */
  boilerplate?: string[];
  /** The headline as published; a line equal to it is the headline. */
  title?: string;
  /** Parts the source format marks explicitly: a line inside one takes its kind, whatever the patterns say. */
  markup?: MarkupSpan[];
}

/** The markup span a line starts in, if any (spans in text order). */
function markupAt(markup: MarkupSpan[], offset: number): MarkupSpan | undefined {
  let lo = 0;
  let hi = markup.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = markup[mid] as MarkupSpan;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return span;
  }
  return undefined;
}

/** Headlines and subheads are short lines that do not end like a sentence. */
const MAX_HEADING_WORDS = 25;
const MAX_SUBHEAD_WORDS = 12;
const SENTENCE_END = /[.!"”'’:;,]$/u;

function isHeading(p: Paragraph, maxWords: number): boolean {
  return !SENTENCE_END.test(p.text) && countWords(p.text) <= maxWords;
}

const anyMatch = (patterns: RegExp[], text: string): boolean => patterns.some((re) => re.test(text));

/** A dateline at the start of a paragraph: its length without trailing space, or 0. */
function datelineLength(patterns: RegExp[], text: string): number {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m && m.index === 0 && m[0].trim().length > 0) return m[0].trimEnd().length;
  }
  return 0;
}

/**
 * Cuts an article into headline, subheads, byline, dateline, captions, lede,
 * body and boilerplate, line by line. Page furniture is recognised by the
 * patterns; headline, caption and subhead by their place and shape (a short
 * line that is not a sentence: before the first body paragraph it is the
 * headline, then a caption; after it, a subhead).
 */
export function segmentArticle(text: string, patterns: CompiledPatterns, overrides: StructureOverrides = {}): Segment[] {
  const segments: Segment[] = [];
  const push = (start: number, end: number, kind: SegmentKind): void => {
    segments.push({ start, end, kind });
  };
  const bylines = new Set<string>();
  let ended = false;
  let headline = false;
  let bodyStarted = false;
  const markup = overrides.markup ?? [];
  // A source that marks its parts (HTML, Markdown) marks its headings: its other lines are not taken for headings or captions by their shape.
  const guessByShape = markup.length === 0;
  for (const p of paragraphsOf(text)) {
    const marked = markupAt(markup, p.start)?.kind;
    if (marked !== undefined && marked !== 'blockquote') {
      // A pull quote repeats the article's own words in display type: furniture, not counted twice.
      push(p.start, p.end, marked === 'pullquote' ? 'boilerplate' : marked);
      if (marked === 'headline') headline = true;
      continue;
    }
    if (!ended && ((overrides.bodyEnds !== undefined && p.text.includes(overrides.bodyEnds)) || anyMatch(patterns.bodyEnds, p.text))) ended = true;
    if (ended || (overrides.boilerplate ?? []).some((s) => p.text.includes(s))) {
      push(p.start, p.end, 'boilerplate');
      continue;
    }
    // Before the boilerplate patterns: a credit line ("NAME/ AFP") has the shape of a breadcrumb.
    if (anyMatch(patterns.caption, p.text)) {
      push(p.start, p.end, 'caption');
      continue;
    }
    if (anyMatch(patterns.boilerplate, p.text)) {
      push(p.start, p.end, 'boilerplate');
      continue;
    }
    if (anyMatch(patterns.byline, p.text)) {
      // A byline repeated further down the page is furniture, not a second author.
      push(p.start, p.end, bylines.has(p.text) ? 'boilerplate' : 'byline');
      bylines.add(p.text);
      continue;
    }
    if (!bodyStarted && !headline && (p.text === overrides.title?.trim() || (guessByShape && isHeading(p, MAX_HEADING_WORDS)))) {
      headline = true;
      push(p.start, p.end, 'headline');
      continue;
    }
    if (guessByShape && !bodyStarted && headline && isHeading(p, MAX_HEADING_WORDS)) {
      push(p.start, p.end, 'caption');
      continue;
    }
    if (guessByShape && bodyStarted && isHeading(p, MAX_SUBHEAD_WORDS)) {
      push(p.start, p.end, 'subhead');
      continue;
    }
    let start = p.start;
    const dateline = datelineLength(patterns.dateline, p.text);
    if (dateline > 0) {
      push(p.start, p.start + dateline, 'dateline');
      start = p.start + dateline + (p.text.slice(dateline).length - p.text.slice(dateline).trimStart().length);
    }
    if (start < p.end) push(start, p.end, bodyStarted ? 'body' : 'lede');
    bodyStarted = true;
  }
  return segments;
}
