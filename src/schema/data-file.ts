import { parse as parseJsonAst, type DocumentNode, type ValueNode } from '@humanwhocodes/momoa';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { UserInputError } from '../errors.js';

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

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function parseDataFile(file: string, text: string, format: DataFormat): DataFile {
  return format === 'json' ? parseJson(file, text) : parseYaml(file, text);
}

export function formatOf(fileName: string): DataFormat {
  return /\.ya?ml$/i.test(fileName) ? 'yaml' : 'json';
}

/** The AST with positions, made from text that is known to be JSON, or the parse error with its line and column. */
function jsonAst(file: string, body: string): DocumentNode {
  try {
    return parseJsonAst(body, { mode: 'json' });
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
}

/*
 * JSON.parse reads the value; the AST that knows where each value is
 * (several times slower to build) is made only when something must be
 * located, i.e. when there is a problem to report.
 */
function parseJson(file: string, text: string): DataFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch {
    jsonAst(file, body);
    throw new Error('JSON.parse and the JSON parser with positions disagree');
  }
  let ast: DocumentNode | undefined;
  return {
    file,
    value,
    locate(pointer) {
      ast ??= jsonAst(file, body);
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
