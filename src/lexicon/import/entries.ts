import { UserInputError, type Problem } from '../../errors.js';
import { BUILT_IN_CATEGORIES } from '../categories.js';
import { escapeMarks, parsePattern, PatternSyntaxError } from '../pattern.js';
import type { CategoryDefinition, Lexicon, Referent } from '../types.js';

/** One term of a word-list dictionary and the category path it is filed under (e.g. ["economy", "positive"]). */
export interface ImportedEntry {
  term: string;
  path: string[];
  /** Where the term is in its file, for messages. */
  line?: number;
  pointer?: string;
}

export interface ImportOptions {
  /** The dictionary file's name, kept in the lexicon's sources. */
  file: string;
  /** Format name for the description, e.g. "LIWC dictionary". */
  format: string;
  id: string;
  /** The source's licence, as the user states it. */
  licence?: string;
}

/** Lower-case words joined by hyphens, as lexicon ids must be. */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'x' : s;
}

/**
 * A dictionary term as a pattern: the `*` that LIWC and quanteda use at a
 * word's end is our prefix wildcard too; every other mark is escaped. A
 * `*` anywhere else is a glob we do not support, reported, never guessed.
 */
export function termPattern(term: string): string {
  return term
    .trim()
    .split(/\s+/)
    .map((word) => {
      const star = word.endsWith('*');
      return `${escapeMarks(star ? word.slice(0, -1) : word)}${star ? '*' : ''}`;
    })
    .join(' ');
}

const UNKNOWN_LICENCE = 'unknown: the licence of the source dictionary applies; check it before sharing this lexicon';

/**
 * A framelens lexicon from dictionary entries: the first part of a category
 * path is a referent (and a category), the rest names the variant; a flat
 * dictionary gets one variant per category. Imported patterns match as
 * written (dictionaries list their word forms and mark endings with `*`).
 * Terms without a letter or digit (emoticons) are returned as skipped.
 */
export function lexiconFromEntries(entries: ImportedEntry[], options: ImportOptions): { lexicon: Lexicon; skipped: ImportedEntry[] } {
  const problems: Problem[] = [];
  const skipped: ImportedEntry[] = [];
  const licence = options.licence ?? UNKNOWN_LICENCE;
  const referents = new Map<string, Referent>();
  const categories = new Map<string, CategoryDefinition>();
  const builtIn = new Set(BUILT_IN_CATEGORIES.map((c) => c.id));
  for (const entry of entries) {
    // Emoticons and other terms without a letter or digit cannot anchor a match in framelens.
    if (!/[\p{L}\p{N}]/u.test(entry.term)) {
      skipped.push(entry);
      continue;
    }
    const pattern = termPattern(entry.term);
    try {
      parsePattern(pattern);
    } catch (error) {
      if (!(error instanceof PatternSyntaxError)) throw error;
      problems.push({ file: options.file, line: entry.line, pointer: entry.pointer, value: entry.term, message: `term cannot be read as a pattern: ${error.message}`, expected: `${error.expected} (a "*" only at a word's end)` });
      continue;
    }
    const [head = '', ...rest] = entry.path;
    const referentId = slug(head);
    const variantName = rest.length > 0 ? rest.join(' / ') : head;
    const variantId = slug(rest.length > 0 ? rest.join('-') : head);
    if (!builtIn.has(referentId) && !categories.has(referentId)) {
      categories.set(referentId, { id: referentId, label: head, description: `The category "${head}" of ${options.file}.` });
    }
    let referent = referents.get(referentId);
    if (!referent) {
      referent = { id: referentId, label: head, description: `Terms filed under "${head}" in ${options.file}.`, variants: [] };
      referents.set(referentId, referent);
    }
    let variant = referent.variants.find((v) => v.id === variantId);
    if (!variant) {
      variant = {
        id: variantId,
        label: variantName,
        patterns: [],
        inflect: false,
        category: referentId,
        explanation: `Terms of "${entry.path.join(' / ')}" in ${options.file}, imported as written.`,
        sources: [{ title: `${options.format} ${options.file}`, file: options.file, note: `Licence: ${licence}` }],
      };
      referent.variants.push(variant);
    }
    if (!variant.patterns.includes(pattern)) variant.patterns.push(pattern);
  }
  if (problems.length > 0) throw new UserInputError(problems);
  if (referents.size === 0) throw new UserInputError([{ file: options.file, message: 'no terms found', expected: `a ${options.format} with at least one term` }]);
  const lexicon: Lexicon = {
    id: options.id,
    version: '1.0.0',
    title: `${options.file} (imported)`,
    description: `Imported by framelens from the ${options.format} ${options.file}. Categories became referents; check the patterns and add explanations and examples before relying on it.`,
    licence,
    sources: [{ title: `${options.format} ${options.file}`, file: options.file, note: `Licence: ${licence}` }],
    ...(categories.size > 0 ? { categories: [...categories.values()] } : {}),
    referents: [...referents.values()],
  };
  return { lexicon, skipped };
}
