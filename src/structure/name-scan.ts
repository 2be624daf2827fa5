import { PARTICLES } from './speech.js';

/*
 * A global search for a name pattern tries every position of the text, and
 * with Unicode classes and a lookbehind each try is slow. A name can only
 * begin at a capital letter, a letter outside ASCII, or a particle
 * ("al-Rishq", "bin Salman", "van der …"), and not straight after a letter,
 * apostrophe or hyphen; so only those positions are tried, with a sticky
 * copy of the pattern. The matches are the ones a global search finds.
 */

function particleAt(text: string, i: number): boolean {
  for (const p of PARTICLES) {
    if (text.startsWith(p, i)) {
      const after = text.charCodeAt(i + p.length);
      if (after === 0x2d || after === 0x20) return true;
    }
  }
  return false;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** Whether a name could begin at `i` (the pattern decides wherever this cannot rule it out). */
function mayBeginName(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  if (i > 0) {
    const before = text.charCodeAt(i - 1);
    if (isAsciiLetter(before) || before === 0x27 || before === 0x2d) return false;
  }
  if (code >= 0x41 && code <= 0x5a) return true;
  // Spaces, quotation marks and dashes outside ASCII begin no name; other such characters may be letters.
  if (code >= 0x80) return code !== 0xa0 && !(code >= 0x2000 && code <= 0x206f);
  return code >= 0x61 && code <= 0x76 && particleAt(text, i);
}

/**
 * A pattern's matches that begin where a name may begin, in order, as a
 * global search would find them. With `within`, only positions inside one
 * of its [start, end) windows are tried (e.g. the stretch before a verb of
 * saying, where a speaker's name can stand).
 */
export function nameMatches(text: string, pattern: RegExp, within?: [number, number][]): RegExpExecArray[] {
  const sticky = stickyCopy(pattern);
  const found: RegExpExecArray[] = [];
  let i = 0;
  let w = 0;
  while (i < text.length) {
    if (within) {
      while (w < within.length && (within[w] as [number, number])[1] <= i) w++;
      if (w >= within.length) break;
      const [from] = within[w] as [number, number];
      if (i < from) i = from;
    }
    if (!mayBeginName(text, i)) {
      i++;
      continue;
    }
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m) {
      found.push(m);
      i = m[0].length > 0 ? i + m[0].length : i + 1;
    } else i++;
  }
  return found;
}

const stickies = new WeakMap<RegExp, RegExp>();

function stickyCopy(pattern: RegExp): RegExp {
  let sticky = stickies.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);
    stickies.set(pattern, sticky);
  }
  return sticky;
}
