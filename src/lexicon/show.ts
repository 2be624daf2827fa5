import { UserInputError } from '../errors.js';
import { conditionsText, limitsText, patternsText } from './describe.js';
import { textTable } from './text-table.js';
import type { LoadedLexicon } from './types.js';

/**
 * What a lexicon, a referent or a variant contains, as a table: `id` is
 * `lexicon`, `lexicon/referent` or `lexicon/referent/variant`.
 */
export function showLexicon(lexicons: LoadedLexicon[], id: string): string {
  const [lexiconId, referentId, variantId] = id.split('/');
  const found = lexicons.find((l) => l.lexicon.id === lexiconId);
  const referents = found?.lexicon.referents.filter((r) => referentId === undefined || r.id === referentId) ?? [];
  const rows = referents.flatMap((r) =>
    r.variants
      .filter((v) => variantId === undefined || v.id === variantId)
      .map((v) => [`${r.id}/${v.id}`, v.label, v.category, patternsText(v), limitsText(v), conditionsText(v), String((v.examples?.match ?? []).length + (v.examples?.noMatch ?? []).length)]),
  );
  if (!found || rows.length === 0) {
    const known = lexicons.map((l) => l.lexicon.id).join(', ');
    throw new UserInputError([{ file: 'lexicon show', value: id, message: 'no lexicon, referent or variant with this id', expected: `lexicon, lexicon/referent or lexicon/referent/variant, with a lexicon among: ${known}` }]);
  }
  const { lexicon, file } = found;
  const head = `${lexicon.id} ${lexicon.version}: ${lexicon.title} (${file}; licence ${lexicon.licence})`;
  return `${head}\n\n${textTable(['referent/variant', 'label', 'category', 'matches', 'not', 'conditions', 'examples'], rows)}\n`;
}
