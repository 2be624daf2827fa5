import { decodeText } from '../corpus/decode.js';
import { DEFAULT_PATTERNS, extendPatterns, type StructurePatterns } from '../structure/patterns.js';
import { loadStructurePatterns } from '../structure/load-patterns.js';
import { displayPath } from './display-path.js';
import { readUserFile } from './read-file.js';

/** The bundled structure patterns, extended by the user's file when one is given. */
export function readStructure(path: string | undefined): StructurePatterns {
  if (path === undefined) return DEFAULT_PATTERNS;
  const shown = displayPath(path);
  const bytes = readUserFile(path, shown, 'a JSON or YAML file of structure patterns (schema src/schemas/structure.schema.json)');
  return extendPatterns(DEFAULT_PATTERNS, loadStructurePatterns(shown, decodeText(shown, bytes)));
}
