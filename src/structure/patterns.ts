import defaults from './patterns.json' with { type: 'json' };

export const PATTERN_KINDS = ['bodyEnds', 'boilerplate', 'byline', 'dateline', 'caption'] as const;
export type PatternKind = (typeof PATTERN_KINDS)[number];

/** Pattern sources by kind, as in a structure file: plain data, so it can be handed to worker threads. */
export type StructurePatterns = Record<PatternKind, string[]>;

export type CompiledPatterns = Record<PatternKind, RegExp[]>;

/** A structure file as written: a kind it does not list has no patterns of its own. */
export type StructureFile = Partial<Record<PatternKind, string[]>>;

/** Every kind present, empty where the file has none. */
export function withDefaults(file: StructureFile): StructurePatterns {
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

export function compilePatterns(patterns: StructurePatterns): CompiledPatterns {
  const out = {} as CompiledPatterns;
  for (const kind of PATTERN_KINDS) out[kind] = patterns[kind].map((source) => new RegExp(source, 'u'));
  return out;
}
