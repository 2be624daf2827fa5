import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/corpus/decode.js';
import { problemsOf } from '../helpers.js';

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
function utf16(s: string, littleEndian: boolean): number[] {
  const out = littleEndian ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    out.push(...(littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return out;
}

describe('decodeText', () => {
  it.each([
    ['UTF-8', utf8('Gaza – غزة – Газа'), 'Gaza – غزة – Газа'],
    ['UTF-8 with a byte-order mark (dropped)', [0xef, 0xbb, 0xbf, ...utf8('regime')], 'regime'],
    ['UTF-16 LE with a byte-order mark', utf16('Israeli regime’s 😀\r\n', true), 'Israeli regime’s 😀\r\n'],
    ['UTF-16 BE with a byte-order mark', utf16('Israeli regime’s 😀\r\n', false), 'Israeli regime’s 😀\r\n'],
    ['an empty file', [], ''],
    ['CRLF and lone CR kept as they are', utf8('a\r\nb\rc\n'), 'a\r\nb\rc\n'],
  ])('decodes %s', (_name, bytes, text) => {
    expect(decodeText('a.txt', new Uint8Array(bytes))).toBe(text);
  });

  it.each([
    ['Latin-1 é, with line and column', utf8('line one\nGaza').concat([0xe9, 0x20, 0x21]), { line: 2, column: 5, message: 'not valid UTF-8 text (byte 0xE9 at byte 13)' }],
    ['a character cut off at the end', utf8('ab').concat([0xe2, 0x82]), { line: 1, column: 3, message: 'not valid UTF-8 text (byte 0xE2 at byte 2)' }],
    ['a stray continuation byte after a valid é', [0xc3, 0xa9, 0xa9], { line: 1, column: 2, message: 'not valid UTF-8 text (byte 0xA9 at byte 2)' }],
    ['binary data (a NUL byte)', [0x25, 0x50, 0x44, 0x46, 0x00, 0x01], { message: 'binary data, not text (a NUL byte at byte 4)' }],
    ['UTF-16 without a byte-order mark (NUL bytes)', utf16('hi', true).slice(2), { message: 'binary data, not text (a NUL byte at byte 1)' }],
    ['UTF-16 with a mark and an odd number of bytes', [0xff, 0xfe, 0x41, 0x00, 0x42], { message: 'not valid UTF-16LE text (it starts with a UTF-16 byte-order mark)' }],
    ['UTF-16 with a mark holding a NUL character', utf16('a\0b', true), { message: 'binary data, not text (a NUL byte at byte 4)' }],
  ])('refuses %s, naming the file and the place', (_name, bytes, expected) => {
    const [problem, ...rest] = problemsOf(() => decodeText('c/a.txt', new Uint8Array(bytes)));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'c/a.txt', ...expected });
    expect(problem?.expected).toMatch(/^a text file encoded as UTF-8/);
  });

  it('decodes any text written as UTF-8 or as UTF-16 with a mark back to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\0') && !s.startsWith('\uFEFF')), (text) => {
        expect(decodeText('a.txt', new Uint8Array(utf8(text)))).toBe(text);
        expect(decodeText('a.txt', new Uint8Array(utf16(text, true)))).toBe(text);
        expect(decodeText('a.txt', new Uint8Array(utf16(text, false)))).toBe(text);
      }),
    );
  });

  it('places the first bad byte of any invalid UTF-8 exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\0') && !s.startsWith('\uFEFF')), fc.constantFrom(0x80, 0xbf, 0xc0, 0xf8, 0xff), fc.string({ unit: 'grapheme' }), (before, bad, after) => {
        const head = utf8(before);
        const [problem] = problemsOf(() => decodeText('a.txt', new Uint8Array([...head, bad, ...utf8(after).filter((b) => b !== 0)])));
        const lines = before.split('\n');
        expect(problem).toMatchObject({ line: lines.length, column: (lines.at(-1) ?? '').length + 1 });
        expect(problem?.message).toContain(`at byte ${head.length})`);
      }),
    );
  });
});
