import { coverTest } from '../nlp/span-cover.js';
import { nameMatches } from './name-scan.js';
import { speakerOf } from './names.js';
import { ACCORDING_TO, NAME_PHRASE, SPEECH_VERB } from './speech.js';
import type { Paragraph, Speaker } from './types.js';

/** A named speaker mentioned with a verb of saying, outside any quotation: a candidate for `he said` further on. */
export interface Mention {
  start: number;
  end: number;
  speaker: Speaker;
}

const START = "(?<![\\p{L}\\p{M}'’-])";
export const NAME_THEN_VERB = new RegExp(`${START}(${NAME_PHRASE})(?:,[^,"“”]{1,100},)?\\s+(?:\\p{Ll}+ly\\s+)?(?:also\\s+|has\\s+|had\\s+|have\\s+)?${SPEECH_VERB}\\b`, 'gu');
/** `said Kirby.`: the name must end the clause, or `said Hamas remains a threat` would make Hamas a speaker. */
const VERB_THEN_NAME = new RegExp(`\\b${SPEECH_VERB}\\s+(?:[\\p{Ll}-]+\\s+){0,4}?(${NAME_PHRASE})(?=\\s*(?:[,.;:]|$)|\\s+(?:on|in|at|during|who|of)\\b)`, 'gu');
const ANY_ATTRIBUTION = new RegExp(`\\b${SPEECH_VERB}\\b|\\b[Aa]ccording to\\b`, 'u');
const ACCORDING_TO_NAME = new RegExp(ACCORDING_TO, 'gu');

/** The ways a paragraph names a speaker; a name before its verb is searched only where a name can begin. */
const FINDERS: ((text: string) => Iterable<RegExpMatchArray>)[] = [(text) => nameMatches(text, NAME_THEN_VERB), (text) => text.matchAll(VERB_THEN_NAME), (text) => text.matchAll(ACCORDING_TO_NAME)];

function mentionsIn(p: Paragraph, find: (text: string) => Iterable<RegExpMatchArray>): Mention[] {
  const found: Mention[] = [];
  for (const m of find(p.text)) {
    const name = m[1] as string;
    const speaker = speakerOf(name);
    if (!speaker) continue;
    const start = p.start + (m.index ?? 0) + m[0].indexOf(name);
    found.push({ start, end: start + name.length, speaker });
  }
  return found;
}

/** Every mention of a named speaker in the paragraphs, in text order, leaving out those inside the given spans (quotations). */
export function speakerMentions(paragraphs: Paragraph[], inside: { start: number; end: number }[]): Mention[] {
  // Most paragraphs have no verb of saying; one quick test spares them the name patterns.
  const all = paragraphs.filter((p) => ANY_ATTRIBUTION.test(p.text)).flatMap((p) => FINDERS.flatMap((find) => mentionsIn(p, find)));
  const covered = coverTest(inside);
  return all.filter((m) => !covered(m.start, m.end)).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The nearest person named before `offset` (organisations do not say `he said`); mentions are in text order. */
export function nearestPersonBefore(mentions: Mention[], offset: number): Mention | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) if ((mentions[i] as Mention).speaker.person) return mentions[i];
  return undefined;
}
