import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { decodeText } from '../corpus/decode.js';
import { UserInputError } from '../errors.js';
import { csvEntries } from '../lexicon/import/csv.js';
import { lexiconFromEntries, slug, type ImportedEntry } from '../lexicon/import/entries.js';
import { liwcEntries } from '../lexicon/import/liwc.js';
import { quantedaEntries } from '../lexicon/import/quanteda.js';
import { loadLexicon } from '../lexicon/load.js';
import type { Lexicon } from '../lexicon/types.js';
import { compileLexicons } from '../tag/compile.js';
import { displayPath } from './display-path.js';
import { readUserFile } from './read-file.js';
import { PACKAGE_ROOT } from './package-info.js';

export interface ImportCommandOptions {
  from: string;
  out: string;
  id?: string;
  licence?: string;
  force?: boolean;
}

const IMPORTERS: Record<string, { read: (file: string, text: string) => ImportedEntry[]; format: string }> = {
  liwc: { read: liwcEntries, format: 'LIWC dictionary' },
  'quanteda-yaml': { read: quantedaEntries, format: 'quanteda YAML dictionary' },
  csv: { read: csvEntries, format: 'CSV word list' },
};

export const IMPORT_FORMATS = Object.keys(IMPORTERS);

/** The schema as a path from the written file, so editors find it whether framelens runs from a checkout or from an install. */
function schemaReference(out: string): string {
  const inSource = join(PACKAGE_ROOT, 'src', 'schemas', 'lexicon.schema.json');
  const schema = existsSync(inSource) ? inSource : join(PACKAGE_ROOT, 'dist', 'schemas', 'lexicon.schema.json');
  return relative(dirname(resolve(out)), schema).split('\\').join('/');
}

/**
 * A dictionary file read and turned into the text of a lexicon file, which
 * is loaded and compiled before it is returned: an import never writes a
 * lexicon that framelens would refuse.
 */
export function importDictionaryFile(file: string, options: ImportCommandOptions): { text: string; lexicon: Lexicon; skipped: ImportedEntry[] } {
  const importer = IMPORTERS[options.from];
  if (!importer) {
    throw new UserInputError([{ file: '--from', value: options.from, message: 'unknown dictionary format', expected: `one of ${IMPORT_FORMATS.join(', ')}` }]);
  }
  const shown = displayPath(file);
  const bytes = readUserFile(file, shown, 'a readable dictionary file');
  const name = file.split(/[\\/]/).pop() ?? file;
  // The id follows the lexicon file written, as the bundled ones do: two imports into two files never share an id.
  const id = options.id ?? slug(basename(options.out).replace(/\.[^.]+$/, ''));
  const { lexicon, skipped } = lexiconFromEntries(importer.read(shown, decodeText(shown, bytes)), { file: name, format: importer.format, id, licence: options.licence });
  const text = `${JSON.stringify({ $schema: schemaReference(options.out), ...lexicon }, null, 2)}\n`;
  compileLexicons([loadLexicon(displayPath(options.out), text)]);
  return { text, lexicon, skipped };
}
