import { institutionNamed, institutionOfRole, speakerOf, titlesOf } from './names.js';
import { ACCORDING_TO, BETWEEN_SPEAKER_AND_VERB, INVERTED_VERB, NAME_PHRASE, ORG_PHRASE, ORG_PRONOUN, PRONOUN, ROLE_PHRASE, SPEECH_VERB, TITLE_WORD } from './speech.js';
import type { Speaker } from './types.js';

/**
 * Who a quotation's neighbouring words say spoke it, before pronouns and
 * roles are resolved: a named speaker; a pronoun for a person (`he`) or an
 * institution (`it`); a role (`the defence minister`), with its titles to
 * find the fitting person and the institution it belongs to as a fallback.
 */
export type Attribution =
  | { kind: 'explicit'; speaker: Speaker }
  | { kind: 'pronoun'; institution?: boolean }
  | { kind: 'role'; titles: string[]; institution?: Speaker }
  /** `," a protester said`: someone speaks, but nobody a reader could name. */
  | { kind: 'unnamed' }
  | { kind: 'none' };

/** `X, the White House spokesman, said`, `X, who`; an apposition may lack its closing comma (`Denis Pushilin, the leader of the republic said`). */
const APPOSITION = `(?:,[^"“”.;]{1,200}?,|,(?!\\s*who\\b)[^"“”.;]{1,120}?(?=\\s+(?:${SPEECH_VERB})\\b)|,\\s+who)?`;
const SPEAKER = `(?:(${PRONOUN})|(${ORG_PRONOUN})|(${ROLE_PHRASE})|(${ORG_PHRASE})|(?:the\\s+\\p{Ll}+\\s+of\\s+|(?:${TITLE_WORD}\\s+){1,4})?(${NAME_PHRASE}(?:\\s+(?:officials|spokespeople|sources))?)${APPOSITION})`;
const THEN_VERB = `${BETWEEN_SPEAKER_AND_VERB}\\s+(?:(?:\\p{Ll}+ly|further|later|earlier|then|again|previously|also|however)\\s+)?(?:also\\s+|has\\s+|had\\s+|have\\s+)?${SPEECH_VERB}\\b`;
/** `," Kirby said`, `,” he added`, `,” the Palestinian official added` right after the closing mark. */
const AFTER_SPEAKER_VERB = new RegExp(`^[\\s,.;:!?…]*${SPEAKER}${THEN_VERB}`, 'u');
/** `", the spokesperson, Rear Admiral Daniel Hagari, said`: a role, then the person's name. */
const AFTER_ROLE_NAME = new RegExp(`^[\\s,.;:!?…]*${ROLE_PHRASE},\\s+(${NAME_PHRASE}),?${THEN_VERB}`, 'u');
/** `," a protester said`, `," one official added`: an unnamed speaker. */
const AFTER_UNNAMED = new RegExp(`^[\\s,.;:!?…]*(?:a|an|one|another|some)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${SPEECH_VERB}\\b`, 'u');
/** `…, according to the military.`: later in the quotation's sentence. */
const AFTER_ACCORDING_TO = new RegExp(`\\b[Aa]ccording to\\s+(?:(${ORG_PHRASE})|(?:[\\p{Ll}-]+\\s+){0,4}?(${NAME_PHRASE}))`, 'u');
/** `," said Kirby.` */
const AFTER_VERB_SPEAKER = new RegExp(`^[\\s,]*${SPEECH_VERB}\\s+(?:[\\p{Ll}-]+\\s+){0,4}?(?:(${PRONOUN})|(${NAME_PHRASE}))`, 'u');
/** `,” the statement quoted WCK CEO Erin Gore as saying.` */
const AFTER_QUOTED_AS_SAYING = new RegExp(`^[\\s,]*(?:the\\s+\\p{Ll}+\\s+)?quoted\\s+(?:(?:${TITLE_WORD}|\\p{Lu}{2,})\\s+){0,4}(${NAME_PHRASE})\\s+as\\s+saying`, 'u');
/** `… " by Russia, he said`: the attribution later in the clause, after a short phrase. */
const AFTER_LATER = new RegExp(`^[^.!?"“”]{1,60}?,\\s*${SPEAKER}${THEN_VERB}`, 'u');
/** `described as "…" by the United Nations Office…`, `slammed as a “sham” by the international community.`: only after `as` or a verb of naming, and the by-phrase must end the clause. */
const AFTER_BY = new RegExp(`^[\\s,]*(?:\\p{Ll}+\\s+){0,3}?by\\s+(?:the\\s+)?(${NAME_PHRASE}|(?:\\p{Ll}+\\s+){0,2}?${ORG_NOUN_WORD()})(?=\\s*(?:[.;]|$))`, 'u');
/** `Kirby emphasized that Biden "…`, `Kirby elaborates: "…`, within the sentence before the quotation. */
const BEFORE_SPEAKER_VERB = new RegExp(`${SPEAKER}${THEN_VERB}`, 'gu');
/** `Reiterates Kirby: "…`: the verb first. */
const BEFORE_INVERTED = new RegExp(`\\b${INVERTED_VERB}\\s+(?:(${ROLE_PHRASE})|(?:${TITLE_WORD}\\s+){0,4}(${NAME_PHRASE}))\\s*:\\s*$`, 'u');
const BEFORE_ACCORDING_TO = new RegExp(ACCORDING_TO, 'gu');
/** `…, saying "…`, `… by saying that "…`: the words are the sentence's subject's. */
const SENTENCE_GAP = /[.!?]\s+/gu;
/** A title or initial before a full stop (`Rear Adm. Daniel Hagari`, `U.S.`) does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])\p{Lu}\p{Ll}{0,3}\.$/u;

/** The text up to the end of its first sentence (a full stop, ! or ? before a capital, not after an abbreviation). */
function firstSentence(text: string): string {
  SENTENCE_GAP.lastIndex = 0;
  for (let m = SENTENCE_GAP.exec(text); m !== null; m = SENTENCE_GAP.exec(text)) {
    const end = m.index + 1;
    if (!/\p{Lu}/u.test(text.charAt(m.index + m[0].length))) continue;
    if (text.charAt(m.index) === '.' && ABBREVIATION.test(text.slice(Math.max(0, end - 6), end))) continue;
    return text.slice(0, end);
  }
  return text;
}

/** The text after the last sentence end in it: the sentence a quotation opens in. */
function lastSentence(text: string): string {
  let from = 0;
  SENTENCE_GAP.lastIndex = 0;
  for (let m = SENTENCE_GAP.exec(text); m !== null; m = SENTENCE_GAP.exec(text)) from = m.index + m[0].length;
  return text.slice(from);
}

/** Every attribution holds a verb of saying, `according to`, `quoted … as saying`, or a by-phrase: without one, there is nothing to find. */
const ANY_CUE = new RegExp(`\\b(?:${SPEECH_VERB}|${INVERTED_VERB}|[Aa]ccording to|quoted|by|saying|adding|arguing|insisting|warning|stressing|calling)\\b`, 'u');

/** A name right after a preposition is an object (`authorities in Ukraine on Friday declared`), never the speaker. */
export const OBJECT_BEFORE = /\b(?:in|of|from|at|near|to|for|with|by|against|into|across)\s+(?!what\b|which\b|whom\b)(?:the\s+)?(?:(?:[\p{Ll}-]+,?\s+){0,2}[\p{Ll}-]+\s+)?$/u;
const SAYING = /\b(?:saying|adding|arguing|insisting|warning|stressing|calling for|calling on \S+ to)(?:\s+that)?(?:\s+(?:the|a|an))?\s*$/u;
const SUBJECT = new RegExp(`^(?:[\\p{Lu}][\\p{Ll}]+,\\s+)?(?:(${ORG_PHRASE})|(?:${TITLE_WORD}\\s+){0,4}(${NAME_PHRASE}))`, 'u');

function ORG_NOUN_WORD(): string {
  return '(?:community|government|administration|ministry|council|assembly|military|army|police|court|authorities)';
}

function fromGroups(pronoun: string | undefined, orgPronoun: string | undefined, role: string | undefined, orgPhrase: string | undefined, name: string | undefined): Attribution {
  if (pronoun) return { kind: 'pronoun' };
  if (orgPronoun) return { kind: 'pronoun', institution: true };
  if (role) return { kind: 'role', titles: titlesOf(role), institution: institutionOfRole(role) };
  if (orgPhrase) return { kind: 'explicit', speaker: institutionNamed(orgPhrase) };
  const speaker = name === undefined ? undefined : speakerOf(name);
  // A title with no name ("National Security Council Spokesman said") is a role to resolve.
  if (speaker) return { kind: 'explicit', speaker };
  return name ? { kind: 'role', titles: titlesOf(name), institution: institutionOfRole(name) } : { kind: 'none' };
}

/** The attribution in the words right after a quotation (up to the next quotation or the paragraph's end). */
export function attributionAfter(text: string, characterised = false): Attribution {
  // Only the rest of the quotation's sentence: `… Ukraine. However, Kyiv said` names the next sentence's speaker.
  const after = firstSentence(text);
  // Most quotations end a sentence with no attribution after them: one cheap test spares them the speaker patterns.
  if (!ANY_CUE.test(after)) return { kind: 'none' };
  // Each form is tried only where its first word is there: the patterns are costly, most quotations have one plain form.
  const roleName = /^[\s,.;:!?…]*(?:the|The)\s/u.test(after) ? AFTER_ROLE_NAME.exec(after) : null;
  if (roleName) return fromGroups(undefined, undefined, undefined, undefined, roleName[1]);
  const sv = AFTER_SPEAKER_VERB.exec(after);
  if (sv) return fromGroups(sv[1], sv[2], sv[3], sv[4], sv[5]);
  const vs = AFTER_VERB_SPEAKER.exec(after);
  if (vs) return fromGroups(vs[1], undefined, undefined, undefined, vs[2]);
  const quotedAs = after.includes('quoted') ? AFTER_QUOTED_AS_SAYING.exec(after) : null;
  if (quotedAs) return fromGroups(undefined, undefined, undefined, undefined, quotedAs[1]);
  const later = after.includes(',') ? AFTER_LATER.exec(after) : null;
  if (later) return fromGroups(later[1], later[2], later[3], later[4], later[5]);
  if (/^[\s,.;:!?…]*(?:a|an|one|another|some)\s/u.test(after) && AFTER_UNNAMED.test(after)) return { kind: 'unnamed' };
  const according = /ccording to/u.test(after) ? AFTER_ACCORDING_TO.exec(after) : null;
  if (according) return fromGroups(undefined, undefined, undefined, according[1], according[2]);
  const by = characterised ? AFTER_BY.exec(after) : null;
  if (by) return /^\p{Lu}/u.test(by[1] as string) ? fromGroups(undefined, undefined, undefined, undefined, by[1]) : { kind: 'explicit', speaker: institutionNamed(`the ${by[1] as string}`) };
  return { kind: 'none' };
}

/** The attribution in the sentence leading up to a quotation: the last speaker with a verb of saying, `Reiterates X:`, `according to X`, or the subject of a `…, saying "…` clause. */
export function attributionBefore(before: string): Attribution {
  // Only the sentence the quotation is in: a name in the sentence before spoke something else.
  const sentence = lastSentence(before);
  if (!ANY_CUE.test(sentence)) return { kind: 'none' };
  const inverted = BEFORE_INVERTED.exec(sentence);
  if (inverted) return fromGroups(undefined, undefined, inverted[1], undefined, inverted[2]);
  let last: Attribution = { kind: 'none' };
  // The first speaker of the sentence is its main clause: in `Klobuchar said the administration announced … to “make news”` the words are Klobuchar's.
  for (const m of sentence.matchAll(BEFORE_SPEAKER_VERB)) {
    if (OBJECT_BEFORE.test(sentence.slice(0, m.index))) continue;
    last = fromGroups(m[1], m[2], m[3], m[4], m[5]);
    break;
  }
  if (last.kind !== 'none') return last;
  for (const m of sentence.matchAll(BEFORE_ACCORDING_TO)) last = fromGroups(undefined, undefined, undefined, undefined, m[1]);
  if (last.kind !== 'none') return last;
  if (SAYING.test(sentence)) {
    const subject = SUBJECT.exec(sentence.trimStart());
    if (subject) return fromGroups(undefined, undefined, undefined, subject[1], subject[2]);
  }
  return last;
}
