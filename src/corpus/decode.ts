import { UserInputError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly (a byte-order mark is dropped); invalid bytes are the user's problem, not ours. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new UserInputError([
      { file, message: 'not valid UTF-8 text', expected: 'a UTF-8 encoded text file (re-save it as UTF-8)' },
    ]);
  }
}
