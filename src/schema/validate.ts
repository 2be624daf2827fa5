import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { UserInputError, type Problem } from '../errors.js';
import { pointerSegments, type DataFile } from './data-file.js';

// verbose: errors carry the schema they broke, whose description says in words what a pattern means.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
const compiled = new Map<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** The schema's own words for a value, when it has them: "File name of the article, a .txt or .md file…". */
function described(error: ErrorObject, fallback: string): string {
  const description = (error.parentSchema as { description?: unknown } | undefined)?.description;
  return typeof description === 'string' ? `${fallback}: ${description.replace(/\.$/, '')}` : fallback;
}

function describeExpectation(error: ErrorObject): { message: string; expected: string; pointer: string } {
  const p = error.params as Record<string, unknown>;
  const pointer = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return { pointer, message: `missing property "${String(p.missingProperty)}"`, expected: `an object with "${String(p.missingProperty)}"` };
    case 'additionalProperties':
      return {
        pointer: `${pointer}/${String(p.additionalProperty)}`,
        message: `unknown property "${String(p.additionalProperty)}"`,
        expected: 'no such property (check the spelling against the schema)',
      };
    case 'enum':
      return { pointer, message: 'value not allowed', expected: `one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'type':
      return { pointer, message: 'wrong type', expected: `a value of type ${String(p.type)}` };
    case 'pattern':
      if (p.pattern === '\\S') return { pointer, message: 'empty text (only spaces)', expected: 'some text: write it out' };
      return { pointer, message: 'value has the wrong form', expected: described(error, `a string matching ${String(p.pattern)}`) };
    case 'minItems':
      return { pointer, message: 'too few items', expected: `at least ${String(p.limit)} item(s)` };
    case 'minLength':
      return { pointer, message: 'empty text', expected: `at least ${String(p.limit)} character(s)` };
    case 'format':
      return { pointer, message: 'value has the wrong format', expected: `a ${String(p.format)}` };
    default:
      return { pointer, message: error.message ?? error.keyword, expected: `a value that satisfies "${error.keyword}"` };
  }
}

/** Schema problems of a data file, each with pointer, line, bad value and expectation. */
export function schemaProblems(schema: object, data: DataFile): Problem[] {
  const validate = validatorFor(schema);
  if (validate(data.value)) return [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of validate.errors ?? []) {
    // Ajv reports every branch of an anyOf/oneOf; the deepest, most specific messages are the useful ones.
    if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    const { message, expected, pointer } = describeExpectation(error);
    const key = `${pointer}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const position = data.locate(pointer);
    const value = error.keyword === 'required' || error.keyword === 'additionalProperties' ? undefined : valueAt(data.value, pointer);
    problems.push({ file: data.file, pointer, line: position?.line, column: position?.column, value, expected, message });
  }
  return problems;
}

/** Validates and narrows: throws a UserInputError listing every schema problem. */
export function assertSchema<T>(schema: object, data: DataFile): T {
  const problems = schemaProblems(schema, data);
  if (problems.length > 0) throw new UserInputError(problems);
  return data.value as T;
}
