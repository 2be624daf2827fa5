import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { OffsetMapBuilder } from './offset-map.js';

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/y;

/** What a CommonMark character reference at `at` stands for, and how long it is; undefined when there is none. */
function characterReference(source: string, at: number): { value: string; length: number } | undefined {
  CHARACTER_REFERENCE.lastIndex = at;
  const m = CHARACTER_REFERENCE.exec(source);
  if (!m) return undefined;
  let value: string | false;
  if (m[3] !== undefined) value = decodeNamedCharacterReference(m[3]);
  else {
    const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2] as string, 16);
    value = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
  }
  return value === false ? undefined : { value, length: m[0].length };
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/**
 * Maps a Markdown text node's value onto the source it was parsed from
 * (`source[from, to)`), character by character: escapes (`\*`) and
 * character references (`&amp;`) stand for fewer characters than they
 * take; a line break inside a paragraph becomes one space, and the
 * container prefixes (`> `, indentation) of the next line are skipped.
 * Source characters the value does not hold are markup and are stepped over.
 * Writes the value to `out` and its runs to `map`.
 */
export function alignValue(value: string, source: string, from: number, to: number, map: OffsetMapBuilder): string {
  let out = '';
  let p = from;
  let i = 0;
  // A run of characters copied as they are, not yet added to the map.
  let copyStart = -1;
  let copyLength = 0;
  const flush = (): void => {
    if (copyLength > 0) map.add(copyLength, copyStart, copyStart + copyLength, true);
    copyLength = 0;
  };
  const copy = (c: string): void => {
    if (copyLength === 0 || copyStart + copyLength !== p) {
      flush();
      copyStart = p;
    }
    copyLength++;
    out += c;
    p++;
    i++;
  };
  while (i < value.length) {
    const c = value[i] as string;
    if (p >= to) {
      flush();
      map.add(value.length - i, to, to, false);
      out += value.slice(i).replace(/[\r\n]+/g, ' ');
      break;
    }
    const s = source[p] as string;
    if (c === '\n' || c === '\r') {
      let q = p;
      while (q < to && isBlank(source[q])) q++;
      if (source[q] === '\r' || source[q] === '\n') {
        q += source[q] === '\r' && source[q + 1] === '\n' ? 2 : 1;
        const width = c === '\r' && value[i + 1] === '\n' ? 2 : 1;
        const next = value[i + width];
        while (q < to && (isBlank(source[q]) || source[q] === '>') && source[q] !== next) q++;
        flush();
        map.add(1, p, q, false);
        out += ' ';
        p = q;
        i += width;
        continue;
      }
    }
    if (s === '\\' && ASCII_PUNCTUATION.test(source[p + 1] ?? '') && source[p + 1] === c) {
      flush();
      map.add(1, p, p + 2, false);
      out += c;
      p += 2;
      i++;
      continue;
    }
    if (s === '&') {
      const ref = characterReference(source, p);
      if (ref && value.startsWith(ref.value, i)) {
        flush();
        map.add(ref.value.length, p, p + ref.length, false);
        out += ref.value;
        p += ref.length;
        i += ref.value.length;
        continue;
      }
    }
    if (s === c) copy(c);
    else p++;
  }
  flush();
  return out;
}
