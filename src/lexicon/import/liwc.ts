import { UserInputError, type Problem } from '../../errors.js';
import type { ImportedEntry } from './entries.js';

/** Parts of LIWC2007/2015 conditional entries (`like  (02 134)125/464`): read as plain numbers they would file words wrongly. */
const CONDITIONAL = /[()<>/]/;

/**
 * Entries of a LIWC `.dic` file: a header between `%` lines numbering the
 * categories, then one term a line with its category numbers (tab-separated;
 * a term may be several words, a `*` at its end is a wildcard).
 */
export function liwcEntries(file: string, text: string): ImportedEntry[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const problems: Problem[] = [];
  const categories = new Map<string, string>();
  let section = 0;
  const entries: ImportedEntry[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    const content = raw.trim();
    if (content === '') return;
    if (content === '%') {
      section++;
      return;
    }
    if (section === 0) {
      problems.push({ file, line, value: content, message: 'text before the category header', expected: 'a LIWC dictionary starting with a line "%", the numbered categories, and another "%"' });
      return;
    }
    if (section === 1) {
      const m = /^(\d+)\s+(.+)$/.exec(content);
      if (!m) problems.push({ file, line, value: content, message: 'not a category line', expected: 'a number and a category name, e.g. "1\tposemo"' });
      else categories.set(String(Number(m[1])), (m[2] as string).trim());
      return;
    }
    const fields = raw.includes('\t') ? raw.split('\t').map((f) => f.trim()).filter((f) => f !== '') : splitSpaced(content);
    const [term = '', ...numbers] = fields;
    if (numbers.some((n) => CONDITIONAL.test(n))) {
      problems.push({ file, line, value: content, message: 'conditional LIWC entry (categories that depend on the neighbouring words) is not supported', expected: 'plain category numbers; split the entry into plain multi-word entries (e.g. "kind of\t12") or remove it' });
      return;
    }
    if (numbers.length === 0) {
      problems.push({ file, line, value: content, message: 'term without categories', expected: 'a term followed by one or more category numbers' });
      return;
    }
    for (const n of numbers) {
      const name = /^\d+$/.test(n) ? categories.get(String(Number(n))) : undefined;
      if (name === undefined) problems.push({ file, line, value: n, message: `category "${n}" is not in the header`, expected: `one of the header's numbers: ${[...categories.keys()].join(', ')}` });
      else entries.push({ term, path: [name], line });
    }
  });
  if (section < 2 && problems.length === 0) problems.push({ file, message: 'category header not closed', expected: 'a second line "%" after the categories' });
  if (problems.length > 0) throw new UserInputError(problems);
  return entries;
}

/** A line without tabs: the trailing numbers (or conditional parts) are categories, the words before them the term. */
function splitSpaced(content: string): string[] {
  const words = content.split(/\s+/);
  let cut = words.length;
  while (cut > 1 && /^[\d()<>/]+$/.test(words[cut - 1] as string)) cut--;
  return [words.slice(0, cut).join(' '), ...words.slice(cut)];
}
