import { UserInputError, type Problem } from '../../errors.js';
import { escapePointer, parseDataFile } from '../../schema/data-file.js';
import type { ImportedEntry } from './entries.js';

/**
 * Entries of a quanteda YAML dictionary: nested keys are the category path,
 * a list of strings holds the terms (quanteda's `*` glob at a word's end is
 * a wildcard here too).
 */
export function quantedaEntries(file: string, text: string): ImportedEntry[] {
  const data = parseDataFile(file, text, 'yaml');
  const problems: Problem[] = [];
  const entries: ImportedEntry[] = [];
  const problem = (pointer: string, value: unknown, message: string, expected: string): void => {
    const at = data.locate(pointer);
    problems.push({ file, pointer, line: at?.line, column: at?.column, value, message, expected });
  };
  const walk = (node: unknown, path: string[], pointer: string): void => {
    if (Array.isArray(node)) {
      if (path.length === 0) return problem(pointer, undefined, 'a list at the top level', 'category keys at the top level, each with a list of terms or nested keys');
      node.forEach((term, i) => {
        if (typeof term !== 'string' || term.trim() === '') problem(`${pointer}/${i}`, term, 'not a term', 'a word or phrase');
        // quanteda's `?` glob (one character) has no counterpart here; read literally it would never match.
        else if (term.includes('?')) problem(`${pointer}/${i}`, term, 'the glob "?" (any one character) is not supported', 'the forms written out, or a "*" at the word\'s end');
        else entries.push({ term, path, pointer: `${pointer}/${i}`, line: data.locate(`${pointer}/${i}`)?.line });
      });
      return;
    }
    if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) walk(value, [...path, key], `${pointer}/${escapePointer(key)}`);
      return;
    }
    if (typeof node === 'string' && path.length > 0) {
      entries.push({ term: node, path, pointer, line: data.locate(pointer)?.line });
      return;
    }
    problem(pointer, node, 'not a dictionary entry', 'a key with a list of terms, or nested keys');
  };
  walk(data.value, [], '');
  if (problems.length > 0) throw new UserInputError(problems);
  return entries;
}
