import structureSchema from '../schemas/structure.schema.json' with { type: 'json' };
import defaults from './patterns.json' with { type: 'json' };
import { UserInputError, type Problem } from '../errors.js';
import { parseDataFile, formatOf } from '../schema/data-file.js';
import { assertSchema } from '../schema/validate.js';

export const PATTERN_KINDS = ['bodyEnds', 'boilerplate', 'byline', 'dateline', 'caption'] as const;
export type PatternKind = (typeof PATTERN_KINDS)[number];

/** Pattern sources by kind, as in a structure file: plain data, so it can be handed to worker threads. */
export type StructurePatterns = Record<PatternKind, string[]>;

export type CompiledPatterns = Record<PatternKind, RegExp[]>;

type StructureFile = Partial<Record<PatternKind, string[]>>;

function withDefaults(file: StructureFile): StructurePatterns {
  const out = {} as StructurePatterns;
  for (const kind of PATTERN_KINDS) out[kind] = [...(file[kind] ?? [])];
  return out;
}

export const DEFAULT_PATTERNS: StructurePatterns = withDefaults(defaults as StructureFile);

/** The default patterns plus a user's file: theirs are added to ours, never replace them. */
export function extendPatterns(base: StructurePatterns, extra: StructurePatterns): StructurePatterns {
  const out = {} as StructurePatterns;
  for (const kind of PATTERN_KINDS) out[kind] = [...base[kind], ...extra[kind]];
  return out;
}

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

export function compilePatterns(patterns: StructurePatterns): CompiledPatterns {
  const out = {} as CompiledPatterns;
  for (const kind of PATTERN_KINDS) out[kind] = patterns[kind].map((source) => new RegExp(source, 'u'));
  return out;
}
