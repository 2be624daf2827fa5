import type { MarkupSpan } from '../corpus/types.js';
import { attributionAfter, attributionBefore, type Attribution } from './attribution.js';
import { countWords } from '../nlp/words.js';
import { SAYING_VERB } from './speech.js';
import { nearestFittingPersonBefore, nearestInstitutionBefore, nearestPersonBefore, speakerMentions, type Mention } from './mentions.js';
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

/** A quotation this short, with no sentence inside it, may be a scare quote: the outlet holding a word at a distance. */
const MAX_SCARE_WORDS = 5;
const SO_CALLED_BEFORE = /\bso-called\s*$/iu;
const SENTENCE_BREAK = /[.!?]\s/u;
const AFTER_SAYING = new RegExp(`\\b${SAYING_VERB}(?:\\s+that)?[\\s,:]*$`, 'u');
/** `described as "…"`, `slammed as a “sham”`, `called it "…"`: a by-phrase after the quotation then names who said it. */
const CHARACTERISED = /\b(?:as|called|dubbed|termed|branded|labell?ed|named)(?:\s+(?:it|them|a|an|the))?\s*$/u;

function isShort(text: string, q: { start: number; end: number; unclosed: boolean }): boolean {
  const quoted = text.slice(q.start + 1, q.end - 1).trim();
  const inner = quoted.replace(/[.,]$/u, '');
  // `“This is unforgivable.”` is a sentence someone said, however short.
  const sentence = /^\p{Lu}/u.test(quoted) && /[.!?]$/u.test(quoted) && countWords(quoted) >= 3;
  return !q.unclosed && !sentence && countWords(inner) <= MAX_SCARE_WORDS && !/[.!?;:]/u.test(inner);
}

/**
 * The marked quotations of a paragraph with their kind: a quotation its
 * sentence attributes is someone's words (partial when it sits inside the
 * outlet's sentence); a short one that nothing attributes, or one after
 * "so-called", is a scare quote, the outlet's own voice.
 */
function quotesInParagraph(text: string, p: Paragraph, index: number): Found[] {
  const marked = markedQuotes(text, p.start, p.end);
  return marked.map((q, i) => {
    const nextStart = marked[i + 1]?.start ?? p.end;
    const previousEnd = marked[i - 1]?.end ?? p.start;
    const before = text.slice(previousEnd, q.start);
    if (SO_CALLED_BEFORE.test(before)) return { ...q, kind: 'scare' as const, attribution: { kind: 'none' as const }, paragraph: index };
    const after = attributionAfter(text.slice(q.end, nextStart), CHARACTERISED.test(before));
    const found = after.kind !== 'none' ? after : attributionBefore(before);
    // Right after a verb of saying (`… said "the regime is strong"`) the words are someone's, whoever the subject is.
    const attribution: Attribution = found.kind === 'none' && AFTER_SAYING.test(before) ? { kind: 'unnamed' } : found;
    const short = isShort(text, q);
    const sentenceBefore = text.slice(p.start, q.start).split(/(?<=[.!?])\s+/u).pop() ?? '';
    // `Kirby elaborates: "…"` introduces a whole quotation; words before the mark otherwise make it part of the outlet's sentence.
    const inSentence = /[\p{L}\p{N}]/u.test(sentenceBefore) && !/:\s*$/u.test(sentenceBefore);
    // A quotation that opens its sentence and ends on a comma inside the marks hands over to an attribution: speech, never a scare quote.
    const opensSentence = !inSentence && /,["”'’»]$/u.test(text.slice(q.start, q.end));
    const kind: QuoteKind = attribution.kind === 'none' ? (short && !opensSentence ? 'scare' : 'direct') : inSentence || (after.kind === 'none' && short) ? 'partial' : 'direct';
    return { ...q, kind, attribution, paragraph: index };
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
  /** Attributed to someone the text does not name: no other quotation lends it a speaker. */
  unnamed?: boolean;
}

function resolve(found: Found[], mentions: Mention[], paragraphs: Paragraph[], text: string): Resolved[] {
  const first: Resolved[] = found.map((q) => {
    const a = q.attribution;
    if (a.kind === 'explicit' || a.kind === 'label') return { speaker: a.speaker, attribution: a.kind };
    if (a.kind === 'pronoun') return { speaker: (a.institution ? nearestInstitutionBefore(mentions, q.start) : nearestPersonBefore(mentions, q.start))?.speaker, attribution: a.kind };
    // A role is the nearest person who bears its title, else the nearest person, else the institution it names.
    if (a.kind === 'role') return { speaker: nearestFittingPersonBefore(mentions, q.start, a.titles)?.speaker ?? a.institution, attribution: a.kind };
    return { speaker: undefined, attribution: 'none', unnamed: a.kind === 'unnamed' };
  });
  // A scare quote in a sentence with someone's quotation is that person's word too ("urgent issues", after their longer quotation).
  found.forEach((q, i) => {
    if (q.kind !== 'scare') return;
    for (const j of [i - 1, i + 1]) {
      const other = found[j];
      const r = first[j];
      if (!other || !r?.speaker || other.paragraph !== q.paragraph || other.kind === 'scare') continue;
      const [earlier, later] = other.start < q.start ? [other, q] : [q, other];
      const between = text.slice(earlier.end, later.start);
      // Another sentence, or another name between them (`… Putin delivered a diatribe, accusing it of “sheer Satanism”`), is someone else's.
      if (SENTENCE_BREAK.test(between) || /[.!?]\W?$/u.test(text.slice(earlier.start, earlier.end)) || /\s\p{Lu}[\p{L}'’-]*\s+\p{Ll}+(?:ed|s)\b/u.test(between)) continue;
      q.kind = 'partial';
      first[i] = { speaker: r.speaker, attribution: 'paragraph' };
      return;
    }
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
    if (own.speaker || own.attribution !== 'none' || own.unnamed || q.kind === 'scare') return own;
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
    if (p < paragraphs.length && m.person) last[p] = m.speaker;
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
  // Speakers are looked for only where someone is quoted.
  // Speakers are looked for only where someone is quoted, and only up to the last quotation: a name after it resolves nothing.
  const lastEnd = found.reduce((end, q) => Math.max(end, q.end), 0);
  const mentions = found.length === 0 ? [] : speakerMentions(paragraphs.filter((p) => p.start < lastEnd), found);
  const resolved = resolve(found, mentions, paragraphs, text);
  const quotes: Quote[] = found.map((q, i) => {
    const r = resolved[i] as Resolved;
    return { start: q.start, end: q.end, kind: q.kind, speaker: r.speaker?.id ?? null, attribution: r.speaker ? r.attribution : 'none', unclosed: q.unclosed };
  });
  const quoted = new Set(quotes.map((q) => q.speaker));
  const named = mergeSpeakers([mentions.map((m) => m.speaker), resolved.flatMap((r) => (r.speaker ? [r.speaker] : []))]);
  const speakers = named.filter((s) => quoted.has(s.id));
  return { quotes, speakers };
}
