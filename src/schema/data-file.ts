import { parse as parseJsonAst, type DocumentNode, type ValueNode } from '@humanwhocodes/momoa';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { UserInputError, type Problem } from '../errors.js';

/** Line and column (both 1-based) of a value inside a data file. */
export interface Position {
  line: number;
  column: number;
}

/** A parsed JSON or YAML file that can say where each value came from. */
export interface DataFile {
  file: string;
  value: unknown;
  locate(pointer: string): Position | undefined;
}

export type DataFormat = 'json' | 'yaml';

/** YAML aliases can expand a small file into a huge value; keep that bounded. */
const MAX_YAML_ALIASES = 100;

/** A JSON pointer's segments, unescaped. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Deeper than any real manifest, lexicon or structure file (they nest a few levels), and shallow enough for every recursive step after parsing. */
export const MAX_NESTING = 100;

/**
 * Where brackets first nest deeper than MAX_NESTING, counting `[` and `{`
 * outside quoted strings (JSON's, and YAML's flow collections, the only way
 * a small YAML file nests deeply): line and column, or undefined.
 */
function tooDeep(text: string): Position | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    }
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || (c === "'" && text[i - 1] !== undefined && /[\s[{,:]/.test(text[i - 1] as string))) quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return { line, column: i - lineStart + 1 };
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

export function parseDataFile(file: string, text: string, format: DataFormat): DataFile {
  const deep = tooDeep(text);
  if (deep) {
    throw new UserInputError([{ file, ...deep, message: `nested more than ${MAX_NESTING} levels deep`, expected: `a ${format === 'json' ? 'JSON' : 'YAML'} file whose lists and objects nest at most ${MAX_NESTING} levels (a manifest, lexicon or structure file needs a few)` }]);
  }
  return format === 'json' ? parseJson(file, text) : parseYaml(file, text);
}

export function formatOf(fileName: string): DataFormat {
  return /\.ya?ml$/i.test(fileName) ? 'yaml' : 'json';
}

/** A key as one segment of a JSON pointer. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** JSON.parse keeps the last of two equal keys without a word; a key written twice is almost always a mistake. */
function duplicateKeys(file: string, node: ValueNode, pointer: string, problems: Problem[]): void {
  if (node.type === 'Object') {
    const seen = new Map<string, number>();
    for (const member of node.members) {
      const key = member.name.type === 'String' ? member.name.value : member.name.name;
      const at = `${pointer}/${escapePointer(key)}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ file, pointer: at, line: member.name.loc.start.line, column: member.name.loc.start.column, message: `duplicate key "${key}" (first on line ${first})`, expected: 'each key once in an object' });
      } else seen.set(key, member.name.loc.start.line);
      duplicateKeys(file, member.value, at, problems);
    }
  } else if (node.type === 'Array') {
    node.elements.forEach((element, i) => duplicateKeys(file, element.value, `${pointer}/${i}`, problems));
  }
}

function parseJson(file: string, text: string): DataFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let ast: DocumentNode;
  try {
    ast = parseJsonAst(body, { mode: 'json' });
  } catch (error) {
    const e = error as { message?: string; line?: number; column?: number };
    throw new UserInputError([
      {
        file,
        line: e.line,
        column: e.column,
        message: `not valid JSON: ${(e.message ?? 'parse error').replace(/\s*\(\d+:\d+\)$/, '')}`,
      },
    ]);
  }
  const problems: Problem[] = [];
  duplicateKeys(file, ast.body, '', problems);
  if (problems.length > 0) throw new UserInputError(problems);
  return {
    file,
    value: JSON.parse(body) as unknown,
    locate(pointer) {
      let node: ValueNode = ast.body;
      for (const segment of pointerSegments(pointer)) {
        if (node.type === 'Object') {
          const member = node.members.find((m) => m.name.type === 'String' && m.name.value === segment);
          if (!member) break;
          node = member.value;
        } else if (node.type === 'Array') {
          const element = node.elements[Number(segment)];
          if (!element) break;
          node = element.value;
        } else break;
      }
      return { line: node.loc.start.line, column: node.loc.start.column };
    },
  };
}

function parseYaml(file: string, text: string): DataFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.pos[0] !== undefined ? lineCounter.linePos(first.pos[0]) : undefined;
    throw new UserInputError([
      { file, line: pos?.line, column: pos?.col, message: `not valid YAML: ${first.message.split('\n')[0] ?? first.code}` },
    ]);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    throw new UserInputError([
      {
        file,
        message: `YAML refused: ${(error as Error).message}`,
        expected: `at most ${MAX_YAML_ALIASES} alias expansions (aliases can blow a small file up to an enormous value)`,
      },
    ]);
  }
  return {
    file,
    value,
    locate(pointer) {
      const segments = pointerSegments(pointer);
      for (let n = segments.length; n >= 0; n--) {
        const node = doc.getIn(segments.slice(0, n), true);
        if (isNode(node) && node.range) {
          const pos = lineCounter.linePos(node.range[0]);
          return { line: pos.line, column: pos.col };
        }
      }
      return undefined;
    },
  };
}
