import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync, type Dirent, type Stats } from 'node:fs';
import { UserInputError } from '../errors.js';

const REFUSALS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'no such file or folder (a part of the path is a file)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ELOOP: 'too many symbolic links (a loop?)',
  ENAMETOOLONG: 'the path is too long',
  ENXIO: 'not a regular file (a socket or a device with nothing behind it)',
};

/** What a user can act on, for a file system error on a path they gave: never a stack trace. */
function cannotRead(shown: string, code: string, expected: string): UserInputError {
  return new UserInputError([{ file: shown, message: REFUSALS[code] ?? `cannot read it (${code})`, expected }]);
}

/** What `read` returns; a refusal of the file system (a code such as ENOENT or EACCES) becomes the user's error about `shown`. */
export function attempt<T>(read: () => T, shown: string, expected: string): T {
  try {
    return read();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    throw cannotRead(shown, code, expected);
  }
}

/**
 * The most framelens reads from one file: 1 GiB. A JavaScript string holds at
 * most 2^29 - 24 characters (about 512 million), so a bigger text could not
 * be analysed anyway; the limit also ends the read of a file that never ends.
 */
export const MAX_INPUT_BYTES = 1024 ** 3;

/** What a file that is not a regular file is, for the message refusing it. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'not a regular file';
}

function refuse(shown: string, message: string, expected: string): never {
  throw new UserInputError([{ file: shown, message, expected }]);
}

/**
 * A file's bytes, from regular files only: a named pipe, a device such as
 * /dev/zero or a socket would block or never end, so it is refused before a
 * byte is read (opened without waiting, so opening a pipe cannot block
 * either). At most MAX_INPUT_BYTES are read. A number is a file
 * descriptor (0: standard input).
 */
export function readUserFile(path: string | number, shown: string, expected: string): Uint8Array {
  // A file descriptor (0: standard input) is what the user piped in, a pipe as often as a file: read it, but not past the limit.
  if (typeof path === 'number') return attempt(() => readBounded(path, 0, shown), shown, expected);
  const fd = openRegular(path, shown, expected);
  try {
    return attempt(() => readBounded(fd, fstatSync(fd).size, shown), shown, expected);
  } finally {
    closeSync(fd);
  }
}

/** `path` opened without waiting (so a named pipe cannot block), refused unless it is a regular file of at most MAX_INPUT_BYTES. */
function openRegular(path: string, shown: string, expected: string): number {
  const fd = attempt(() => openSync(path, constants.O_RDONLY | constants.O_NONBLOCK), shown, expected);
  try {
    const stats = attempt(() => fstatSync(fd), shown, expected);
    if (!stats.isFile()) refuse(shown, `${kindOf(stats)}, not a regular file`, `${expected} (framelens reads regular files only)`);
    if (stats.size > MAX_INPUT_BYTES) refuse(shown, `too large: ${stats.size} bytes`, `a file of at most ${MAX_INPUT_BYTES} bytes (1 GiB); split the corpus into several files`);
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** Refuses, with its name, anything at `path` but a regular file of at most MAX_INPUT_BYTES; opens it without waiting, so a named pipe cannot block. */
export function assertRegularFile(path: string, shown: string, expected: string): void {
  closeSync(openRegular(path, shown, expected));
}

/** Reads to the end, which may come later than the size said (a file still growing, or one of /proc's), but not past the limit. */
function readBounded(fd: number, size: number, shown: string): Uint8Array {
  let buffer = Buffer.allocUnsafe(Math.max(size, 64 * 1024));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= MAX_INPUT_BYTES) refuse(shown, `grows past ${MAX_INPUT_BYTES} bytes while it is read (a file that never ends?)`, `a regular file of at most ${MAX_INPUT_BYTES} bytes`);
      const bigger = Buffer.allocUnsafe(Math.min(MAX_INPUT_BYTES, buffer.length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) return buffer.subarray(0, length);
    length += n;
  }
}

export function statUserPath(path: string, shown: string, expected: string): Stats {
  return attempt(() => statSync(path), shown, expected);
}

export function listUserFolder(path: string, shown: string, expected: string): Dirent[] {
  return attempt(() => readdirSync(path, { withFileTypes: true }), shown, expected);
}
