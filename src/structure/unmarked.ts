import { speakerOf } from './names.js';
import { FIRST_PERSON, NAME_PHRASE, PRONOUN, SPEECH_VERB } from './speech.js';
import type { Speaker } from './types.js';

/** Speech given without quotation marks, found by its attribution; offsets are relative to the paragraph. */
export interface UnmarkedSpeech {
  start: number;
  end: number;
  /** A named speaker, or 'pronoun' for `he said:` to resolve like any pronoun. */
  speaker: Speaker | 'pronoun';
}

/** `… we were very direct - Kirby said, …` / `… - said Kirby`: a dash, then the attribution. */
const TRAILING_ATTRIBUTION = new RegExp(`\\s[-–—]\\s*(?:(${NAME_PHRASE})\\s+${SPEECH_VERB}|${SPEECH_VERB}\\s+(?:[\\p{Ll}-]+\\s+){0,4}?(${NAME_PHRASE}))\\b`, 'u');
/** `Kirby elaborates: we will …`: a speaker, a verb of saying and a colon, then the words without marks. */
const COLON_INTRODUCED = new RegExp(`^(?:.{0,120}?\\s)?(?:(${PRONOUN})|(${NAME_PHRASE}))\\s+(?:\\p{Ll}+ly\\s+)?${SPEECH_VERB}\\s*:\\s+(?=[^\\s"“'‘])`, 'u');

/**
 * Unmarked speech in a paragraph that has no quotation marks. Only speech in
 * the first or second person counts (`we do not want…`): the same shape in
 * the third person (`Biden opposes the assault - said Kirby`) is the outlet
 * reporting what was said, in its own words.
 */
export function unmarkedSpeech(paragraph: string): UnmarkedSpeech | undefined {
  const trailing = TRAILING_ATTRIBUTION.exec(paragraph);
  if (trailing) {
    const speaker = speakerOf((trailing[1] ?? trailing[2]) as string);
    const end = trailing.index;
    if (speaker && FIRST_PERSON.test(paragraph.slice(0, end))) return { start: 0, end, speaker };
  }
  const colon = COLON_INTRODUCED.exec(paragraph);
  if (colon) {
    const start = colon[0].length;
    const speaker = colon[1] ? 'pronoun' : speakerOf(colon[2] as string);
    if (speaker && FIRST_PERSON.test(paragraph.slice(start))) return { start, end: paragraph.length, speaker };
  }
  return undefined;
}

/** `MR. KIRBY: …`, `ADM. KIRBY: …`, `Q …` / `Q: …`: a speaker label at the start of a transcript paragraph. */
const LABEL = /^(?:(?:MR|MS|MRS|DR|ADM|GEN|SEN|REP)\.\s+)?(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,3}):\s+/u;
const QUESTION = /^Q[:.]?\s+(?=\p{Lu})/u;

/** The questioner in a briefing transcript: a reporter the transcript does not name. */
const QUESTIONER: Speaker = { id: 'questioner', name: 'Questioner (Q)', person: true };

/** A transcript label: its length and the speaker it names. */
export function transcriptLabel(paragraph: string): { length: number; speaker: Speaker } | undefined {
  const q = QUESTION.exec(paragraph);
  if (q) return { length: q[0].length, speaker: QUESTIONER };
  const m = LABEL.exec(paragraph);
  if (!m) return undefined;
  const name = (m[1] as string).toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const speaker = speakerOf(name);
  return speaker ? { length: m[0].length, speaker } : undefined;
}
