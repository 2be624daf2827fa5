import structureSchema from '../schemas/structure.schema.json' with { type: 'json' };
import { UserInputError, type Problem } from '../errors.js';
import { parseDataFile, formatOf } from '../schema/data-file.js';
import { assertSchema } from '../schema/validate.js';
import { PATTERN_KINDS, compileLinear, withDefaults, type StructureFile, type StructurePatterns } from './patterns.js';

/*
 * Apart from the patterns themselves, so that worker threads, which only
 * compile patterns, do not load the schema validator and parsers.
 */

const LINEAR_PATTERN = 'a regular expression in RE2 syntax, which is JavaScript\'s without lookahead, lookbehind or backreferences (see README, "Whose words")';

/** Why the engine refused a pattern, in the user's terms: lookaround and backreferences are what a linear-time engine cannot do. */
function whyNot(engineMessage: string): string {
  const detail = engineMessage.replace(/^error parsing regexp: /, '');
  if (/`\(\?<?[=!]/.test(detail)) {
    return `uses lookahead or lookbehind, which cannot be matched in linear time (${detail})`;
  }
  if (/escape sequence: `\\(?:[1-9]|k)/.test(detail)) return `uses a backreference, which cannot be matched in linear time (${detail})`;
  return `not a valid regular expression: ${detail}`;
}

/** Parses and checks a user's structure file (schema, then that every pattern is a regular expression the linear-time engine runs). */
export function loadStructurePatterns(file: string, text: string): StructurePatterns {
  const data = parseDataFile(file, text, formatOf(file));
  const parsed = assertSchema<StructureFile>(structureSchema, data);
  const problems: Problem[] = [];
  for (const kind of PATTERN_KINDS) {
    (parsed[kind] ?? []).forEach((source, i) => {
      try {
        compileLinear(source);
      } catch (error) {
        const pointer = `/${kind}/${i}`;
        const at = data.locate(pointer);
        problems.push({ file, pointer, line: at?.line, column: at?.column, value: source, message: `${whyNot((error as Error).message)}`, expected: LINEAR_PATTERN });
      }
    });
  }
  if (problems.length > 0) throw new UserInputError(problems);
  return withDefaults(parsed);
}
