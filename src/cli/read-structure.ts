import { readFileSync } from 'node:fs';
import { decodeUtf8 } from '../corpus/decode.js';
import { UserInputError } from '../errors.js';
import { DEFAULT_PATTERNS, extendPatterns, loadStructurePatterns, type StructurePatterns } from '../structure/patterns.js';
import { displayPath } from './display-path.js';

/** The bundled structure patterns, extended by the user's file when one is given. */
export function readStructure(path: string | undefined): StructurePatterns {
  if (path === undefined) return DEFAULT_PATTERNS;
  const shown = displayPath(path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new UserInputError([{ file: shown, message: 'no such structure file', expected: 'a JSON or YAML file of structure patterns (schema src/schemas/structure.schema.json)' }]);
  }
  return extendPatterns(DEFAULT_PATTERNS, loadStructurePatterns(shown, decodeUtf8(shown, bytes)));
}
