import type { MarkupSpan } from '../corpus/types.js';
import { attributionAfter, attributionBefore, type Attribution } from './attribution.js';
import { nearestPersonBefore, speakerMentions, type Mention } from './mentions.js';
import { mergeSpeakers } from './speakers.js';
import { markedQuotes } from './quote-marks.js';
import type { AttributionKind, Paragraph, Quote, QuoteKind, Segment, SegmentKind, Speaker } from './types.js';
import { transcriptLabel, unmarkedSpeech } from './unmarked.js';

/** Parts of an article where someone may be quoted; furniture (bylines, captions, boilerplate) is not searched. */
const SPEECH_SEGMENTS: ReadonlySet<SegmentKind> = new Set(['headline', 'subhead', 'lede', 'body']);

const MIN_TRANSCRIPT_TURNS = 2;

interface Found {
  start: number;
  end: number;
  kind: QuoteKind;
  unclosed: boolean;
  attribution: Attribution | { kind: 'label'; speaker: Speaker };
  paragraph: number;
}

function quotesInParagraph(text: string, p: Paragraph, index: number): Found[] {
  const marked = markedQuotes(text, p.start, p.end);
  return marked.map((q, i) => {
    const nextStart = marked[i + 1]?.start ?? p.end;
    const previousEnd = marked[i - 1]?.end ?? p.start;
    const after = attributionAfter(text.slice(q.end, nextStart));
    const attribution = after.kind !== 'none' ? after : attributionBefore(text.slice(previousEnd, q.start));
    return { ...q, kind: 'direct' as const, attribution, paragraph: index };
  });
}

const insideBlock = (blocks: MarkupSpan[], p: Paragraph): boolean => blocks.some((b) => p.start >= b.start && p.end <= b.end);

/** Quotations of every kind, paragraph by paragraph, before speakers are resolved. */
function findAll(text: string, paragraphs: Paragraph[], blocks: MarkupSpan[]): Found[] {
  const found: Found[] = [];
  let transcriptSpeaker: Speaker | undefined;
  // A transcript has turns: one labelled line ("UPDATE: …") does not make the rest of an article someone's speech.
  const labels = paragraphs.map((p) => transcriptLabel(p.text));
  const isTranscript = labels.filter((l) => l !== undefined).length >= MIN_TRANSCRIPT_TURNS;
  paragraphs.forEach((p, index) => {
    if (insideBlock(blocks, p)) {
      // The source says this whole paragraph is someone's words; who is found from the text around it.
      found.push({ start: p.start, end: p.end, kind: 'block', unclosed: false, attribution: { kind: 'none' }, paragraph: index });
      return;
    }
    const label = isTranscript ? labels[index] : undefined;
    if (label) transcriptSpeaker = label.speaker;
    if (transcriptSpeaker) {
      // In a transcript, a paragraph without a label continues the last speaker's turn.
      const start = p.start + (label?.length ?? 0);
      if (start < p.end) found.push({ start, end: p.end, kind: 'transcript', unclosed: false, attribution: { kind: 'label', speaker: transcriptSpeaker }, paragraph: index });
      return;
    }
    const direct = quotesInParagraph(text, p, index);
    if (direct.length > 0) {
      found.push(...direct);
      return;
    }
    const speech = unmarkedSpeech(p.text);
    if (speech) {
      const attribution: Attribution = speech.speaker === 'pronoun' ? { kind: 'pronoun' } : { kind: 'explicit', speaker: speech.speaker };
      found.push({ start: p.start + speech.start, end: p.start + speech.end, kind: 'unmarked', unclosed: false, attribution, paragraph: index });
    }
  });
  return found;
}

interface Resolved {
  speaker: Speaker | undefined;
  attribution: AttributionKind;
}

function resolve(found: Found[], mentions: Mention[], paragraphs: Paragraph[]): Resolved[] {
  const first: Resolved[] = found.map((q) => {
    const a = q.attribution;
    if (a.kind === 'explicit' || a.kind === 'label') return { speaker: a.speaker, attribution: a.kind };
    if (a.kind === 'pronoun' || a.kind === 'role') return { speaker: nearestPersonBefore(mentions, q.start)?.speaker, attribution: a.kind };
    return { speaker: undefined, attribution: 'none' };
  });
  // The first speaker named for a quotation of each paragraph, and the last person each paragraph mentions.
  const paragraphSpeaker = new Map<number, Speaker>();
  first.forEach((r, i) => {
    const p = (found[i] as Found).paragraph;
    if (r.speaker && !paragraphSpeaker.has(p)) paragraphSpeaker.set(p, r.speaker);
  });
  const lastPerson = lastPersonOf(mentions, paragraphs);
  const resolved: Resolved[] = [];
  found.forEach((q, i) => resolved.push(resolveOne(q, i)));
  return resolved;

  function resolveOne(q: Found, i: number): Resolved {
    const own = first[i] as Resolved;
    if (own.speaker || own.attribution !== 'none') return own;
    // A block quotation's later paragraphs are the same speaker's, as the first one is.
    const before = found[i - 1];
    if (q.kind === 'block' && before?.kind === 'block' && before.paragraph === q.paragraph - 1) return resolved[i - 1] as Resolved;
    const sibling = paragraphSpeaker.get(q.paragraph);
    if (sibling) return { speaker: sibling, attribution: 'paragraph' };
    // A paragraph that opens with an unattributed quotation continues the speaker the paragraph before was about.
    const named = lastPerson[q.paragraph - 1];
    if (named && q.start === (paragraphs[q.paragraph] as Paragraph).start) return { speaker: named, attribution: 'context' };
    return own;
  }
}

/** For each paragraph, the last person mentioned with a verb of saying in it (mentions and paragraphs are in text order). */
function lastPersonOf(mentions: Mention[], paragraphs: Paragraph[]): (Speaker | undefined)[] {
  const last: (Speaker | undefined)[] = paragraphs.map(() => undefined);
  let p = 0;
  for (const m of mentions) {
    while (p < paragraphs.length && (paragraphs[p] as Paragraph).end < m.end) p++;
    if (p < paragraphs.length && m.speaker.person) last[p] = m.speaker;
  }
  return last;
}

/** The article's quotations with their speakers, and the speakers quoted (in id order). */
export function findQuotes(text: string, segments: Segment[], markup: MarkupSpan[] = []): { quotes: Quote[]; speakers: Speaker[] } {
  const paragraphs: Paragraph[] = segments.filter((s) => SPEECH_SEGMENTS.has(s.kind)).map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
  const found = findAll(
    text,
    paragraphs,
    markup.filter((m) => m.kind === 'blockquote'),
  );
  const mentions = speakerMentions(paragraphs, found);
  const resolved = resolve(found, mentions, paragraphs);
  const quotes: Quote[] = found.map((q, i) => {
    const r = resolved[i] as Resolved;
    return { start: q.start, end: q.end, kind: q.kind, speaker: r.speaker?.id ?? null, attribution: r.speaker ? r.attribution : 'none', unclosed: q.unclosed };
  });
  const quoted = new Set(quotes.map((q) => q.speaker));
  const named = mergeSpeakers([mentions.map((m) => m.speaker), resolved.flatMap((r) => (r.speaker ? [r.speaker] : []))]);
  const speakers = named.filter((s) => quoted.has(s.id));
  return { quotes, speakers };
}
