import { nameMatches } from './name-scan.js';
import { OBJECT_BEFORE } from './attribution.js';
import { institutionNamed, institutionOfRole, speakerOf, titlesOf } from './names.js';
import { ACCORDING_TO, BETWEEN_SPEAKER_AND_VERB, NAME_PHRASE, ORG_PHRASE, ROLE_PHRASE, SPEECH_VERB } from './speech.js';
import type { Paragraph, Speaker } from './types.js';

/**
 * A speaker mentioned outside any quotation: a candidate for `he said` or
 * `it said` further on. `person` says whether the phrase names a person
 * (an unnamed "Hamas spokesperson" does, and stands for Hamas); `titles`
 * are its person titles, to find the fitting person for `the minister said`.
 */
export interface Mention {
  start: number;
  end: number;
  speaker: Speaker;
  person: boolean;
  titles: string[];
}

const START = "(?<![\\p{L}\\p{M}'’-])";
export const NAME_THEN_VERB = new RegExp(`${START}(${NAME_PHRASE})(?:,[^,"“”]{1,100},|,\\s+who|,(?=\\s+${SPEECH_VERB}\\b))?${BETWEEN_SPEAKER_AND_VERB}\\s+(?:\\p{Ll}+ly\\s+)?(?:also\\s+|has\\s+|had\\s+|have\\s+)?${SPEECH_VERB}\\b`, 'gu');
/** `said Kirby.`: the name must end the clause, or `said Hamas remains a threat` would make Hamas a speaker. */
const VERB_THEN_NAME = new RegExp(`\\b${SPEECH_VERB}\\s+(?:[\\p{Ll}-]+\\s+){0,4}?(${NAME_PHRASE})(?=\\s*(?:[,.;:]|$)|\\s+(?:on|in|at|during|who|of)\\b)`, 'gu');
const ANY_ATTRIBUTION = new RegExp(`\\b${SPEECH_VERB}\\b|\\b[Aa]ccording to\\b`, 'u');
const ACCORDING_TO_NAME = new RegExp(ACCORDING_TO, 'gu');
/** `A Hamas spokesperson told …`: a role that names no one, standing for a person of that institution. */
const ROLE_THEN_VERB = new RegExp(`(?:\\b[Aa]n?\\s+|\\b[Tt]he\\s+)((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:[\\p{Ll}-]+\\s+){0,2}?(?:spokes(?:man|woman|person)|official|minister|envoy|ambassador|commander))\\s+(?:\\p{Ll}+ly\\s+)?${SPEECH_VERB}\\b`, 'gu');
/** `Andrés, who founded …`: a person's name opening a sentence with an apposition, the paragraph's subject for a later `he said`. */
const SUBJECT_NAME = new RegExp(`(?:${ROLE_PHRASE}\\s+)?(${NAME_PHRASE}),`, 'uy');

/** `The Islamist faction mourned …`, `The United Nations General Assembly voted …`: an institution as a sentence's subject, for a later `it said`. */
const SUBJECT_INSTITUTION = new RegExp(`(?:(${ORG_PHRASE})|(${NAME_PHRASE}))(?=\\s+(?:\\p{Ll}+ly\\s+|on\\s+\\p{Lu}\\p{Ll}+\\s+)?(?:has\\s+|had\\s+|have\\s+)?\\p{Ll})`, 'uy');

/** Where the sentences of a paragraph begin: subjects are looked for there only (sticky patterns), not at every character. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/[.!?]\s+/gu)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}

function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

type Finder = (text: string) => Iterable<RegExpMatchArray>;

/** The ways a paragraph names a speaker; a name before its verb is searched only where a name can begin. */
const FINDERS: Finder[] = [(text) => nameMatches(text, NAME_THEN_VERB, beforeVerbs(text)), (text) => text.matchAll(VERB_THEN_NAME), (text) => text.matchAll(ACCORDING_TO_NAME)];

const VERB = new RegExp(`\\b${SPEECH_VERB}\\b`, 'gu');
/** How far before its verb a speaker's name may begin: a long name, an apposition and a phrase of time between. */
const NAME_REACH = 320;

/** The stretches before each verb of saying where the name of its speaker can begin, merged and in order. */
function beforeVerbs(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(VERB)) {
    const start = Math.max(0, (m.index ?? 0) - NAME_REACH);
    const end = m.index ?? 0;
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else windows.push([start, end]);
  }
  return windows;
}

function mentionsIn(p: Paragraph, find: Finder, subjectFirst: boolean): Mention[] {
  const found: Mention[] = [];
  for (const m of find(p.text)) {
    const name = m[1] as string;
    // A name before its verb must be the subject: `authorities in Ukraine declared` is not Ukraine speaking.
    if (subjectFirst && OBJECT_BEFORE.test(p.text.slice(0, (m.index ?? 0) + m[0].indexOf(name)))) continue;
    const speaker = speakerOf(name);
    if (!speaker) continue;
    const start = p.start + (m.index ?? 0) + m[0].indexOf(name);
    found.push({ start, end: start + name.length, speaker, person: speaker.person, titles: titlesOf(name) });
  }
  return found;
}

/** Unnamed roles that stand for their institution, and the persons opening sentences as their subject. */
function otherMentions(p: Paragraph, attributes: boolean): Mention[] {
  const found: Mention[] = [];
  for (const m of attributes ? p.text.matchAll(ROLE_THEN_VERB) : []) {
    const role = m[1] as string;
    const institution = institutionOfRole(role);
    if (!institution || speakerOf(role)) continue;
    const start = p.start + (m.index ?? 0) + m[0].indexOf(role);
    found.push({ start, end: start + role.length, speaker: institution, person: true, titles: titlesOf(role) });
  }
  const starts = sentenceStarts(p.text);
  for (const m of starts.map((at) => stickyAt(SUBJECT_INSTITUTION, p.text, at)).filter((x): x is RegExpExecArray => x !== null)) {
    const phrase = (m[1] ?? m[2]) as string;
    const speaker = m[1] ? institutionNamed(phrase) : speakerOf(phrase);
    if (!speaker || speaker.person) continue;
    const start = p.start + (m.index ?? 0) + m[0].indexOf(phrase);
    found.push({ start, end: start + phrase.length, speaker, person: false, titles: [] });
  }
  for (const m of starts.map((at) => stickyAt(SUBJECT_NAME, p.text, at)).filter((x): x is RegExpExecArray => x !== null)) {
    const name = m[1] as string;
    const speaker = speakerOf(name);
    if (!speaker?.person) continue;
    const start = p.start + (m.index ?? 0) + m[0].indexOf(name);
    found.push({ start, end: start + name.length, speaker, person: true, titles: titlesOf(m[0]) });
  }
  return found;
}

/** Every mention of a named speaker in the paragraphs, in text order, leaving out those inside the given spans (quotations). */
export function speakerMentions(paragraphs: Paragraph[], inside: { start: number; end: number }[]): Mention[] {
  // Most paragraphs have no verb of saying; one quick test spares them the name patterns.
  const all = paragraphs.flatMap((p) => {
    const attributes = ANY_ATTRIBUTION.test(p.text);
    return [...(attributes ? FINDERS.flatMap((find, i) => mentionsIn(p, find, i === 0)) : []), ...otherMentions(p, attributes)];
  });
  return all
    .filter((m) => !inside.some((q) => q.start <= m.start && m.end <= q.end))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The index of the first mention at or after `offset` (mentions are in text order). */
function firstAtOrAfter(mentions: Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The nearest person mentioned before `offset` (organisations do not say `he said`). */
export function nearestPersonBefore(mentions: Mention[], offset: number): Mention | undefined {
  for (let i = firstAtOrAfter(mentions, offset) - 1; i >= 0; i--) if ((mentions[i] as Mention).person) return mentions[i];
  return undefined;
}

/** The nearest institution mentioned before `offset`, for `it said`. */
export function nearestInstitutionBefore(mentions: Mention[], offset: number): Mention | undefined {
  for (let i = firstAtOrAfter(mentions, offset) - 1; i >= 0; i--) if (!(mentions[i] as Mention).speaker.person) return mentions[i];
  return undefined;
}

/** For `the minister said`: the nearest person before `offset` who bears one of the titles, else the nearest person. */
export function nearestFittingPersonBefore(mentions: Mention[], offset: number, titles: string[]): Mention | undefined {
  if (titles.length > 0) {
    for (let i = firstAtOrAfter(mentions, offset) - 1; i >= 0; i--) {
      const m = mentions[i] as Mention;
      if (m.person && m.titles.some((t) => titles.includes(t))) return m;
    }
  }
  return nearestPersonBefore(mentions, offset);
}
