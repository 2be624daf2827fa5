import type { MarkupSpan } from '../corpus/types.js';
import { countWords } from '../nlp/words.js';
import { paragraphsOf } from './paragraphs.js';
import type { CompiledPatterns } from './patterns.js';
import { SPEECH_VERB } from './speech.js';
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
/** Shorter lines above the headline are site chrome and section names ("World", "Home"), not the headline. */
const MIN_HEADLINE_WORDS = 3;
/** Between headline and body, a heading-shaped line this long is a standfirst (the outlet's teaser, kept); a shorter one a caption. */
const MIN_STANDFIRST_WORDS = 8;
/** A closing quotation mark ends a sentence only after the sentence's own punctuation (`… madness.”`, not `… ‘madness’`). */
const SENTENCE_END = /(?:[.!:;,]|[.!?,…]["”'’»])$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
/** A bare photo credit ("Photo Credit: TPS", "Photo for The Washington Post by …"): the line after it, before the body, describes the photo. */
const BARE_CREDIT = /^(?:Photo|Photograph|Credit|Image)\b/u;
/** How many lines at the top of a page are compared for teasers and glued headlines. */
const TOP_LINES = 15;
/** Share of words two lines have in common (of both together) above which the second is a version of the first. */
const HEADLINE_VARIANT_OVERLAP = 0.7;
/** A photo description is a few lines long, and it reports no one's words. */
const MAX_CAPTION_WORDS = 35;
const SPEECH = new RegExp(`\\b${SPEECH_VERB}\\b`, 'u');

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function wordOverlap(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared || 1);
}

/**
 * Between the headline and the body: the description under a bare credit
 * line, or a line that ends with the photo's full date. Never a line that
 * opens with a dateline or reports someone's words: that is the lede.
 */
function looksLikeCaption(line: string, patterns: CompiledPatterns, afterBareCredit: boolean): boolean {
  if (datelineLength(patterns.dateline, line) > 0 || countWords(line) > MAX_CAPTION_WORDS || SPEECH.test(line)) return false;
  return afterBareCredit || DATED_CAPTION.test(line);
}

/** Before the body, a line ending with a full date (", June 4, 2024, in San Diego.") is a photo caption. */
const DATED_CAPTION = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}(?:, in [\p{L} .,'’-]{2,40})?\.$/u;

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
  const paragraphs = paragraphsOf(text);
  const boilerplate = new Set((overrides.boilerplate ?? []).map((b) => b.trim()));
  const repeats = repeatedLines(paragraphs);
  const hasBody = paragraphs.some((p) => !isHeading(p, MAX_HEADING_WORDS));
  const marked = new Set<number>();
  let headlineText: string | undefined;
  for (const p of paragraphs) {
    const kindMarked = markupAt(markup, p.start)?.kind;
    if (kindMarked !== undefined && kindMarked !== 'blockquote') {
      // A pull quote repeats the article's own words in display type: furniture, not counted twice.
      push(p.start, p.end, kindMarked === 'pullquote' ? 'boilerplate' : kindMarked);
      marked.add(p.start);
      if (kindMarked === 'headline') headline = true;
      continue;
    }
    if (kindMarked === 'blockquote' && !ended) {
      // A line of a marked block quotation is someone's words in the article, whatever its shape or the patterns say.
      push(p.start, p.end, bodyStarted ? 'body' : 'lede');
      bodyStarted = true;
      continue;
    }
    if (!ended && ((overrides.bodyEnds !== undefined && p.text.includes(overrides.bodyEnds)) || anyMatch(patterns.bodyEnds, p.text))) ended = true;
    // A manifest's boilerplate entry names whole lines: as a substring it would take real paragraphs with it.
    // A repeat is furniture at the top of the page or where it is heading-shaped; a paragraph printed twice further down stays.
    const repeated = repeats.has(p.start) && (!bodyStarted || isHeading(p, MAX_HEADING_WORDS));
    if (ended || boilerplate.has(p.text) || repeated || !HAS_WORD.test(p.text)) {
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
    if (!bodyStarted && !headline && p.text === overrides.title?.trim()) {
      headline = true;
      push(p.start, p.end, 'headline');
      continue;
    }
    if (guessByShape && !bodyStarted && !headline && isHeading(p, MAX_HEADING_WORDS)) {
      const words = countWords(p.text);
      // Only where the article has a paragraph further on: a text of short lines alone keeps them all.
      if (words < MIN_HEADLINE_WORDS && hasBody) {
        push(p.start, p.end, 'boilerplate');
        continue;
      }
      headline = true;
      headlineText = p.text;
      push(p.start, p.end, 'headline');
      continue;
    }
    // Where the text has no paragraph at all, its short lines are all there is: they stay the article's.
    if (guessByShape && !bodyStarted && headline && hasBody && isHeading(p, MAX_HEADING_WORDS)) {
      // A second version of the headline (an earlier edition's) is furniture; a long line is a standfirst; a short one a caption.
      const repeatsHeadline = headlineText !== undefined && wordOverlap(headlineText, p.text) >= HEADLINE_VARIANT_OVERLAP;
      push(p.start, p.end, repeatsHeadline ? 'boilerplate' : countWords(p.text) >= MIN_STANDFIRST_WORDS ? 'subhead' : 'caption');
      continue;
    }
    const previous = segments[segments.length - 1];
    const afterBareCredit = previous?.kind === 'caption' && BARE_CREDIT.test(text.slice(previous.start, previous.end));
    if (guessByShape && !bodyStarted && (headline || afterBareCredit) && looksLikeCaption(p.text, patterns, afterBareCredit)) {
      push(p.start, p.end, 'caption');
      continue;
    }
    if (guessByShape && bodyStarted && isHeading(p, MAX_SUBHEAD_WORDS)) {
      push(p.start, p.end, 'subhead');
      continue;
    }
    let start = p.start;
    // A dateline opens the article's first paragraph only: further down, `KIRBY: …` is a speaker label.
    const dateline = bodyStarted ? 0 : datelineLength(patterns.dateline, p.text);
    if (dateline > 0) {
      push(p.start, p.start + dateline, 'dateline');
      start = p.start + dateline + (p.text.slice(dateline).length - p.text.slice(dateline).trimStart().length);
    }
    if (start < p.end) push(start, p.end, bodyStarted ? 'body' : 'lede');
    bodyStarted = true;
  }
  return hasBody ? trailingFurniture(segments, text, marked) : segments;
}

/** Heading-shaped lines after the last paragraph of the article ("Featured Post", a related headline) are page furniture, not subheads. */
function trailingFurniture(segments: Segment[], text: string, marked: Set<number>): Segment[] {
  let last = segments.length - 1;
  while (last >= 0 && (segments[last] as Segment).kind !== 'body' && (segments[last] as Segment).kind !== 'lede') last--;
  // What the source marks stays as marked; a question is speech (a transcript's `Q …`), not a heading.
  const furniture = (s: Segment): boolean => s.kind === 'subhead' && !marked.has(s.start) && !text.slice(s.start, s.end).endsWith('?');
  return segments.map((s, i) => (i > last && furniture(s) ? { ...s, kind: 'boilerplate' } : s));
}

/**
 * Lines a page prints twice: a line equal to an earlier one (the headline
 * repeated), a teaser that the lede repeats (a line that begins a later,
 * longer line), and a headline glued to such a teaser. The first printing
 * is kept; the repeat is furniture. Returns the start offsets of repeats.
 */
export function repeatedLines(paragraphs: Paragraph[]): Set<number> {
  const repeats = new Set<number>();
  const seen = new Set<string>();
  const top: string[] = [];
  paragraphs.forEach((p, i) => {
    if (seen.has(p.text)) {
      repeats.add(p.start);
      return;
    }
    seen.add(p.text);
    // Teasers and glued headlines are at the top of a page: only its first lines are compared with one another, so long articles cost no more.
    if (i >= TOP_LINES) return;
    let rest = p.text;
    const earlier = top.find((e) => e.length > 0 && rest.startsWith(e) && /\s/u.test(rest.charAt(e.length)));
    top.push(p.text);
    if (earlier !== undefined) rest = rest.slice(earlier.length).trim();
    // A teaser is a sentence that the lede repeats; a headline that begins a longer line is not one.
    const sentence = earlier !== undefined || SENTENCE_END.test(rest);
    const teaser = sentence && rest.length > 0 && countWords(rest) >= MIN_STANDFIRST_WORDS && paragraphs.slice(i + 1).some((later) => later.text.length > rest.length && later.text.startsWith(rest));
    if (teaser) repeats.add(p.start);
  });
  return repeats;
}
