import { UserInputError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const UTF16_BOMS: { bytes: [number, number]; decoder: InstanceType<typeof TextDecoder> }[] = [
  { bytes: [0xff, 0xfe], decoder: new TextDecoder('utf-16le', { fatal: true }) },
  { bytes: [0xfe, 0xff], decoder: new TextDecoder('utf-16be', { fatal: true }) },
];

const TEXT_EXPECTED = 'a text file encoded as UTF-8 (or UTF-16 with a byte-order mark)';

/**
 * Decodes a file's bytes as text: UTF-8, or UTF-16 when it starts with a
 * UTF-16 byte-order mark; a byte-order mark is dropped, so offsets refer to
 * the text after it. Anything else (binary data, Latin-1, UTF-16 without a
 * mark) is the user's problem, told with the place it goes wrong.
 */
export function decodeText(file: string, bytes: Uint8Array): string {
  const utf16 = UTF16_BOMS.find(({ bytes: [a, b] }) => bytes[0] === a && bytes[1] === b);
  if (utf16) {
    let text: string;
    try {
      text = utf16.decoder.decode(bytes);
    } catch (error) {
      if (isTooLong(error)) throw tooLong(file, bytes.length);
      throw new UserInputError([{ file, message: `not valid ${utf16.decoder.encoding.toUpperCase()} text (it starts with a UTF-16 byte-order mark)`, expected: TEXT_EXPECTED }]);
    }
    const nul = text.indexOf('\0');
    if (nul >= 0) throw binary(file, 2 + 2 * nul);
    return text;
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw binary(file, nul);
  try {
    return utf8.decode(bytes);
  } catch (error) {
    if (isTooLong(error)) throw tooLong(file, bytes.length);
    throw notUtf8(file, bytes);
  }
}

/** Node's refusal to make a string longer than JavaScript allows (code ERR_STRING_TOO_LONG, or V8's RangeError). */
function isTooLong(error: unknown): boolean {
  return error instanceof RangeError || (error instanceof Error && (error as { code?: unknown }).code === 'ERR_STRING_TOO_LONG');
}

/** A text past the longest string JavaScript can hold (2^29 - 24 characters): valid, but too long to read as one. */
function tooLong(file: string, bytes: number): UserInputError {
  return new UserInputError([
    {
      file,
      message: `too long to read as one text (${bytes} bytes; a text can have at most 536,870,888 characters)`,
      expected: 'a smaller file: split the corpus into several JSONL files or a folder of articles',
    },
  ]);
}

function binary(file: string, offset: number): UserInputError {
  return new UserInputError([
    {
      file,
      message: `binary data, not text (a NUL byte at byte ${offset})`,
      expected: `${TEXT_EXPECTED}; save a word-processor or PDF file as plain text, or remove it`,
    },
  ]);
}

function decodes(bytes: Uint8Array, length: number, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream });
    return true;
  } catch {
    return false;
  }
}

/** Where the first invalid UTF-8 sequence starts. */
function firstBadByte(bytes: Uint8Array): number {
  // A prefix decoded as a stream (an unfinished character allowed at its end) only ever goes from valid to invalid as
  // it grows, so a binary search finds the longest valid one.
  let good = 0;
  let bad = bytes.length + 1;
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (decodes(bytes, mid, true)) good = mid;
    else bad = mid;
  }
  // Step back over the start of the character that the bad byte broke (at most three bytes).
  for (let at = good; at > Math.max(0, good - 4); at--) if (decodes(bytes, at, false)) return at;
  return Math.max(0, good - 3);
}

function notUtf8(file: string, bytes: Uint8Array): UserInputError {
  const at = firstBadByte(bytes);
  const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1;
  const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return new UserInputError([
    {
      file,
      line,
      column,
      message: `not valid UTF-8 text (byte 0x${byte} at byte ${at})`,
      expected: `${TEXT_EXPECTED}; it may be Latin-1 or Windows-1252: re-save it as UTF-8`,
    },
  ]);
}
