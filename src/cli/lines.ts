import { readSync } from 'node:fs';

const CHUNK = 1 << 20;

/** Each line of a file with its byte offset, read a megabyte at a time; a line ends at LF, CR or CRLF. A line's bytes are valid until the next is taken. */
export function* lines(fd: number): Generator<{ offset: number; bytes: Uint8Array }> {
  const buffer = Buffer.alloc(CHUNK);
  let position = 0;
  let lineStart = 0;
  let parts: Buffer[] = [];
  let afterCr = false;
  for (;;) {
    const n = readSync(fd, buffer, 0, CHUNK, position);
    if (n === 0) break;
    let from = 0;
    for (let i = 0; i < n; i++) {
      const byte = buffer[i];
      if (afterCr) {
        afterCr = false;
        if (byte === 0x0a) {
          from = i + 1;
          lineStart = position + i + 1;
          continue;
        }
      }
      if (byte !== 0x0a && byte !== 0x0d) continue;
      parts.push(buffer.subarray(from, i));
      yield { offset: lineStart, bytes: parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts) };
      parts = [];
      from = i + 1;
      lineStart = position + i + 1;
      afterCr = byte === 0x0d;
    }
    // The rest of the chunk begins a line that goes on in the next: copied, as the buffer is read into again.
    if (from < n) parts.push(Buffer.from(buffer.subarray(from, n)));
    position += n;
  }
  if (parts.length > 0) yield { offset: lineStart, bytes: Buffer.concat(parts) };
}

