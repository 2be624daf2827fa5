import { RE2JS } from 're2js';
import defaults from './patterns.json' with { type: 'json' };

export const PATTERN_KINDS = ['bodyEnds', 'boilerplate', 'byline', 'dateline', 'caption'] as const;
export type PatternKind = (typeof PATTERN_KINDS)[number];

/** Pattern sources by kind, as in a structure file: plain data, so it can be handed to worker threads. */
export type StructurePatterns = Record<PatternKind, string[]>;

/** The patterns of one kind, compiled for linear-time matching. */
export interface LinePatterns {
  /** Does any pattern match somewhere in the line? */
  test(line: string): boolean;
  /** The first pattern's match at the very start of the line that is more than white space, if any. */
  leading(line: string): string | undefined;
}

export type CompiledPatterns = Record<PatternKind, LinePatterns>;

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

/** JavaScript's `\\uXXXX` and `\\u{…}` escapes, which RE2 writes `\\x{…}`; every other escape is left for the engine to judge. */
function re2Escapes(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const rest = source.slice(i + 1, i + 12);
    const braced = /^u\{([0-9A-Fa-f]{1,6})\}/.exec(rest);
    const plain = /^u([0-9A-Fa-f]{4})/.exec(rest);
    const escape = braced ?? plain;
    if (escape) {
      out += `\\x{${escape[1] as string}}`;
      i += escape[0].length;
    } else {
      out += c + (source[i + 1] ?? '');
      i++;
    }
  }
  return out;
}

/** A pattern compiled by RE2's linear-time engine; throws the engine's syntax error. */
export function compileLinear(source: string): RE2JS {
  return RE2JS.compile(re2Escapes(source));
}

const NEVER: LinePatterns = { test: () => false, leading: () => undefined };

/*
 * Patterns run on text strangers wrote, and a backtracking engine can take
 * exponential time on a 100-byte line (`a/a/a/…` against the breadcrumb
 * pattern). RE2's automata take time linear in the line whatever the
 * pattern, so every structure pattern, bundled or the user's, runs there.
 * The patterns of a kind are tried as one alternation: one pass per line.
 */
function compileKind(sources: string[]): LinePatterns {
  if (sources.length === 0) return NEVER;
  const each = sources.map(compileLinear);
  const any = sources.length === 1 ? (each[0] as RE2JS) : compileLinear(sources.map((s) => `(?:${s})`).join('|'));
  return {
    test: (line) => any.test(line),
    leading: (line) => {
      for (const re of each) {
        const m = re.matcher(line);
        if (m.lookingAt()) {
          const text = m.group() ?? '';
          if (text.trim().length > 0) return text;
        }
      }
      return undefined;
    },
  };
}

export function compilePatterns(patterns: StructurePatterns): CompiledPatterns {
  const out = {} as CompiledPatterns;
  for (const kind of PATTERN_KINDS) out[kind] = compileKind(patterns[kind]);
  return out;
}
