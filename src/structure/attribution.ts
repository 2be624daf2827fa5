import { speakerOf } from './names.js';
import { ACCORDING_TO, NAME_PHRASE, PRONOUN, ROLE_PHRASE, SPEECH_VERB, TITLE_WORD } from './speech.js';
import type { Speaker } from './types.js';

/** Who a quotation's neighbouring words say spoke it, before pronouns and roles are resolved. */
export type Attribution =
  | { kind: 'explicit'; speaker: Speaker }
  | { kind: 'pronoun' | 'role' }
  | { kind: 'none' };

const SPEAKER = `(?:(${PRONOUN})|(${ROLE_PHRASE})|(?:the\\s+\\p{Ll}+\\s+of\\s+|(?:${TITLE_WORD}\\s+){1,4})?(${NAME_PHRASE})(?:,[^,"“”]{1,100},)?)`;
const THEN_VERB = `\\s+(?:\\p{Ll}+ly\\s+)?(?:also\\s+)?${SPEECH_VERB}\\b`;
/** `," Kirby said`, `,” he added`, `,” the Palestinian official added` right after the closing mark. */
const AFTER_SPEAKER_VERB = new RegExp(`^[\\s,.;:!?…]*${SPEAKER}${THEN_VERB}`, 'u');
/** `," said Kirby.` */
const AFTER_VERB_SPEAKER = new RegExp(`^[\\s,]*${SPEECH_VERB}\\s+(?:[\\p{Ll}-]+\\s+){0,4}?(?:(${PRONOUN})|(${NAME_PHRASE}))`, 'u');
/** `…" by the United Nations Office…` */
const AFTER_BY = new RegExp(`^[\\s,]*(?:\\p{Ll}+\\s+){0,3}?by\\s+(?:the\\s+)?(${NAME_PHRASE})`, 'u');
/** `Kirby emphasized that Biden "…`, `Kirby elaborates: "…`, within the sentence before the quotation. */
const BEFORE_SPEAKER_VERB = new RegExp(`${SPEAKER}${THEN_VERB}`, 'gu');
const BEFORE_ACCORDING_TO = new RegExp(ACCORDING_TO, 'gu');

function fromGroups(pronoun: string | undefined, role: string | undefined, name: string | undefined): Attribution {
  if (pronoun) return { kind: 'pronoun' };
  if (role) return { kind: 'role' };
  const speaker = name === undefined ? undefined : speakerOf(name);
  // A title with no name ("National Security Council Spokesman said") is a role to resolve.
  return speaker ? { kind: 'explicit', speaker } : name ? { kind: 'role' } : { kind: 'none' };
}

/** The attribution in the words right after a quotation (up to the next quotation or the paragraph's end). */
export function attributionAfter(after: string): Attribution {
  const sv = AFTER_SPEAKER_VERB.exec(after);
  if (sv) return fromGroups(sv[1], sv[2], sv[3]);
  const vs = AFTER_VERB_SPEAKER.exec(after);
  if (vs) return fromGroups(vs[1], undefined, vs[2]);
  const by = AFTER_BY.exec(after);
  if (by) return fromGroups(undefined, undefined, by[1]);
  return { kind: 'none' };
}

/** The attribution in the sentence leading up to a quotation: the last speaker with a verb of saying, or `according to X`. */
export function attributionBefore(before: string): Attribution {
  // Only the sentence the quotation is in: a name in the sentence before spoke something else.
  const sentence = before.split(/(?<=[.!?])\s+/u).pop() ?? '';
  let last: Attribution = { kind: 'none' };
  for (const m of sentence.matchAll(BEFORE_SPEAKER_VERB)) last = fromGroups(m[1], m[2], m[3]);
  if (last.kind !== 'none') return last;
  for (const m of sentence.matchAll(BEFORE_ACCORDING_TO)) last = fromGroups(undefined, undefined, m[1]);
  return last;
}
