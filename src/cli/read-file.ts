import { readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import { UserInputError } from '../errors.js';

const REFUSALS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'no such file or folder (a part of the path is a file)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ELOOP: 'too many symbolic links (a loop?)',
  ENAMETOOLONG: 'the path is too long',
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

/** A file's bytes; a number is a file descriptor (0: standard input). */
export function readUserFile(path: string | number, shown: string, expected: string): Uint8Array {
  return attempt(() => readFileSync(path), shown, expected);
}

export function statUserPath(path: string, shown: string, expected: string): Stats {
  return attempt(() => statSync(path), shown, expected);
}

export function listUserFolder(path: string, shown: string, expected: string): Dirent[] {
  return attempt(() => readdirSync(path, { withFileTypes: true }), shown, expected);
}
