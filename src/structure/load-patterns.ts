import structureSchema from '../schemas/structure.schema.json' with { type: 'json' };
import { UserInputError, type Problem } from '../errors.js';
import { parseDataFile, formatOf } from '../schema/data-file.js';
import { assertSchema } from '../schema/validate.js';
import { PATTERN_KINDS, withDefaults, type StructureFile, type StructurePatterns } from './patterns.js';

/*
 * Apart from the patterns themselves, so that worker threads, which only
 * compile patterns, do not load the schema validator and parsers.
 */

/** Parses and checks a user's structure file (schema, then that every pattern is a valid regular expression). */
export function loadStructurePatterns(file: string, text: string): StructurePatterns {
  const data = parseDataFile(file, text, formatOf(file));
  const parsed = assertSchema<StructureFile>(structureSchema, data);
  const problems: Problem[] = [];
  for (const kind of PATTERN_KINDS) {
    (parsed[kind] ?? []).forEach((source, i) => {
      try {
        new RegExp(source, 'u');
      } catch (error) {
        const pointer = `/${kind}/${i}`;
        const at = data.locate(pointer);
        problems.push({ file, pointer, line: at?.line, column: at?.column, value: source, message: `not a valid regular expression: ${(error as Error).message}`, expected: 'a JavaScript regular expression (Unicode mode)' });
      }
    });
  }
  if (problems.length > 0) throw new UserInputError(problems);
  return withDefaults(parsed);
}
