import { PARTICLE } from './speech.js';
import type { Speaker } from './types.js';

/** How a person's name begins: a capital, or a particle split off with the word it belongs to. */
const NAME_START = new RegExp(`^\\p{Lu}|^${PARTICLE}`, 'u');

/** Words of a title or office, which are not part of a person's name. */
const TITLE = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'president', 'prime', 'minister', 'secretary', 'secretary-general', 'director', 'official',
  'mr.', 'mrs.', 'ms.', 'dr.', 'gen.', 'general', 'sen.', 'senator', 'rep.', 'chief', 'national', 'security', 'senior', 'deputy', 'foreign',
  'defence', 'defense', 'member', 'leader', 'commander', 'ambassador', 'envoy', 'adviser', 'advisor', 'of', 'the', 'vice', 'press', 'army',
  'mayor', 'gov.', 'governor', 'judge', 'rear', 'admiral', 'adm.', 'lt.', 'col.', 'maj.', 'ceo', 'head', 'acting', 'attorney', 'czar', 'and', 'a', 'an',
]);

/** Words that make a name an organisation or a place speaking ("the White House said"). */
const ORGANISATION = new Set([
  'house', 'council', 'nations', 'office', 'ministry', 'department', 'agency', 'bureau', 'committee', 'government', 'forces', 'authority',
  'media', 'news', 'organisation', 'court', 'union', 'cia', 'un', 'unrwa', 'idf', 'hamas', 'hezbollah', 'israel', 'us',
  'washington', 'kremlin', 'pentagon', 'statement', 'military', 'administration', 'police', 'cabinet', 'affairs', 'coordination', 'organization', 'ngo', 'agencies',
  'security', 'army', 'faction', 'group', 'movement', 'assembly', 'guards', 'corps', 'community', 'resolution', 'document', 'authorities', 'organisation', 'embassy', 'wck', 'ice',
]);

/** Plural roles after an institution's name: "ICE officials said" is ICE speaking. */
const PLURAL_ROLE = new Set(['officials', 'sources', 'spokespeople', 'spokespersons', 'representatives', 'leaders', 'diplomats']);

/** Titles that make a phrase name a person, named or not ("a Hamas spokesperson", "the defence minister"). */
export const PERSON_TITLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'minister', 'secretary', 'president', 'official', 'director', 'chief', 'leader', 'commander', 'ambassador', 'envoy', 'adviser', 'advisor', 'mayor', 'governor', 'senator', 'judge', 'premier', 'chancellor']);

/** Sentence openers that a capitalised run may start with but that belong to no name. */
const OPENER = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who', 'as', 'but', 'and', 'when', 'while', 'if', 'according', 'meanwhile', 'furthermore', 'however', 'so', 'then', 'also', 'still', 'speaking', 'in', 'on', 'at', 'earlier', 'later', 'after', 'before', 'since', 'though', 'although', 'yet', 'it', 'this', 'that', 'there']);

/** Capitalised words that are never a speaker ("the White House said on Thursday"). */
const NEVER_A_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\W*$/u;

function slug(words: string[]): string {
  return words.join('-').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * The speaker a name phrase names, or undefined when it names no one (a bare
 * title, "the spokesman"). Titles are dropped ("National Security Council
 * Spokesman John Kirby" is John Kirby); a person's id is the surname, so every
 * form of the name is one speaker; an organisation's id is its whole name.
 */
export function speakerOf(phrase: string): Speaker | undefined {
  // News repeats the same few names: each phrase is worked out once (the cache is dropped when it grows past a bound).
  let speaker = known.get(phrase);
  if (speaker === undefined && !known.has(phrase)) {
    speaker = parseSpeaker(phrase);
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(phrase, speaker);
  }
  // A copy, so no caller can change what the cache holds.
  return speaker && { ...speaker };
}

const known = new Map<string, Speaker | undefined>();
const KNOWN_LIMIT = 50_000;

function parseSpeaker(phrase: string): Speaker | undefined {
  // A full stop after the last word ends the sentence; one after an initial ("John F.") is part of the name.
  let words = phrase.trim().replace(/(\p{L}{2,})\.$/u, '$1').split(/\s+/u).filter((w) => w.length > 0);
  // "El Salvador. He": a full stop after a word of three letters or more (not a title such as "Adm.") ends a sentence, and the name with it.
  const stop = words.findLastIndex((w, i) => i < words.length - 1 && /\p{L}{3,}\.$/u.test(w) && !TITLE.has(w.toLowerCase()));
  if (stop >= 0) words = words.slice(stop + 1);
  while (words.length > 0 && OPENER.has((words[0] as string).toLowerCase())) words = words.slice(1);
  if (words.length === 0 || words.some((w) => NEVER_A_NAME.test(w))) return undefined;
  // "ICE officials": the institution speaks through them.
  if (PLURAL_ROLE.has((words[words.length - 1] as string).toLowerCase())) return words.length > 1 ? organisation(words.slice(0, -1)) : undefined;
  // "Mayor Eric Garcetti of Los Angeles": a place after a person's name qualifies it; "Secretary of State X" keeps its "of".
  const of = words.findIndex((w, i) => i > 0 && w === 'of' && words.slice(0, i).some((x) => !TITLE.has(x.toLowerCase()) && !ORGANISATION.has(x.toLowerCase())));
  if (of > 0 && !ORGANISATION.has((words[words.length - 1] as string).toLowerCase())) words = words.slice(0, of);
  const last = (words[words.length - 1] as string).toLowerCase();
  if (ORGANISATION.has(last)) {
    const name = words.filter((w, i) => i > 0 || w.toLowerCase() !== 'the').join(' ');
    return { id: slug(name.split(' ')), name, person: false };
  }
  let from = words.length;
  while (from > 0 && !TITLE.has((words[from - 1] as string).toLowerCase()) && !ORGANISATION.has((words[from - 1] as string).toLowerCase())) from--;
  const name = words.slice(from);
  // Particles ("al-", "bin") were split off with the word they belong to.
  if (name.length === 0 || !NAME_START.test(name[0] as string)) return undefined;
  return { id: slug([name[name.length - 1] as string]), name: name.join(' '), person: true };
}

function organisation(words: string[]): Speaker | undefined {
  const kept = words.filter((w, i) => i > 0 || !/^(?:the|a|an)$/iu.test(w));
  if (kept.length === 0 || !NAME_START.test(kept[0] as string)) return undefined;
  const name = kept.join(' ');
  return { id: slug(kept), name, person: false };
}

/**
 * The institution a role belongs to, for a role that names no person ("a
 * Hamas spokesperson", "the IDF spokesman"): the capitalised words before
 * the title. A speaker to fall back on when no named person fits.
 */
export function institutionOfRole(phrase: string): Speaker | undefined {
  const words = phrase.trim().split(/\s+/u);
  const title = words.findIndex((w) => PERSON_TITLE.has(w.toLowerCase()));
  if (title <= 0) return undefined;
  // Capitalised names and institution nouns ("Israeli military spokesperson" → Israeli military); a nationality alone names none ("the Palestinian official").
  const before = words.slice(0, title).filter((w) => !/^(?:the|a|an)$/iu.test(w) && (ORGANISATION.has(w.toLowerCase()) || (/^\p{Lu}/u.test(w) && !TITLE.has(w.toLowerCase()))));
  if (before.length === 0 || before.every((w) => NATIONALITY.test(w))) return undefined;
  return organisation(before);
}

/** Adjectives of nationality ("Israeli", "Palestinian", "Iranian"): alone, they name no institution. */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:i|ian|ean|ese|ish)$/u;

/** The person-title words of a phrase, lower-cased ("Defense Minister Yoav Gallant" → minister). */
export function titlesOf(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => PERSON_TITLE.has(w));
}

/** `the military`, `the Islamist faction`, `Wednesday's resolution`: an institution named by its kind; its id is the words without the article. */
export function institutionNamed(phrase: string): Speaker {
  const all = phrase.trim().split(/\s+/u);
  const words = /^(?:the|The|\p{Lu}[\p{L}]*['’]s)$/u.test(all[0] as string) && all.length > 1 ? all.slice(1) : all;
  const name = words.join(' ');
  return { id: slug(words), name, person: false };
}

/** Of two names for one speaker, the fuller; ties go to the first in code-unit order, so the choice does not depend on input order. */
export function fullerName(a: string, b: string): string {
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a < b ? a : b;
}
