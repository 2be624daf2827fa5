import { PARTICLE } from './speech.js';
import type { Speaker } from './types.js';

/** How a person's name begins: a capital, or a particle split off with the word it belongs to. */
const NAME_START = new RegExp(`^\\p{Lu}|^${PARTICLE}`, 'u');

/** Words of a title or office, which are not part of a person's name. */
const TITLE = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'president', 'prime', 'minister', 'secretary', 'secretary-general', 'director', 'official',
  'mr.', 'mrs.', 'ms.', 'dr.', 'gen.', 'general', 'sen.', 'senator', 'rep.', 'chief', 'national', 'security', 'senior', 'deputy', 'foreign',
  'defence', 'defense', 'member', 'leader', 'commander', 'ambassador', 'envoy', 'adviser', 'advisor', 'of', 'the', 'vice', 'press', 'army',
]);

/** Words that make a name an organisation or a place speaking ("the White House said"). */
const ORGANISATION = new Set([
  'house', 'council', 'nations', 'office', 'ministry', 'department', 'agency', 'bureau', 'committee', 'government', 'forces', 'authority',
  'media', 'news', 'organisation', 'court', 'union', 'cia', 'un', 'unrwa', 'idf', 'hamas', 'hezbollah', 'israel', 'us',
  'washington', 'kremlin', 'pentagon', 'statement', 'military', 'administration', 'police', 'cabinet', 'affairs', 'coordination', 'organization', 'ngo', 'agencies',
]);

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
  while (words.length > 0 && OPENER.has((words[0] as string).toLowerCase())) words = words.slice(1);
  if (words.length === 0 || words.some((w) => NEVER_A_NAME.test(w))) return undefined;
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

/** Of two names for one speaker, the fuller; ties go to the first in code-unit order, so the choice does not depend on input order. */
export function fullerName(a: string, b: string): string {
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a < b ? a : b;
}
