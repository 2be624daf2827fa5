import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { decodeUtf8 } from '../corpus/decode.js';
import { UserInputError } from '../errors.js';
import { combineLexicons } from '../lexicon/combine.js';
import { lexiconDocs } from '../lexicon/docs.js';
import { csvEntries } from '../lexicon/import/csv.js';
import { lexiconFromEntries, slug, type ImportedEntry } from '../lexicon/import/entries.js';
import { liwcEntries } from '../lexicon/import/liwc.js';
import { quantedaEntries } from '../lexicon/import/quanteda.js';
import { loadLexicon } from '../lexicon/load.js';
import { showLexicon } from '../lexicon/show.js';
import { compileLexicons } from '../tag/compile.js';
import { checkExamples, formatFailure } from '../tag/examples.js';
import { displayPath } from './display-path.js';
import { formatFinding, validateLexicons } from './lexicon-validate.js';
import { PACKAGE_ROOT } from './package-info.js';
import { readLexicons } from './read-lexicons.js';

/** Exit codes of the lexicon commands besides 0 and 2: warnings under --strict, failed examples. */
export const LEXICON_EXIT = { ok: 0, findings: 1, userError: 2 } as const;

const IMPORTERS: Record<string, { read: (file: string, text: string) => ImportedEntry[]; format: string }> = {
  liwc: { read: liwcEntries, format: 'LIWC dictionary' },
  'quanteda-yaml': { read: quantedaEntries, format: 'quanteda YAML dictionary' },
  csv: { read: csvEntries, format: 'CSV word list' },
};

function write(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** The schema as a path from the written file, so editors find it whether framelens runs from a checkout or from an install. */
function schemaReference(out: string): string {
  const inSource = join(PACKAGE_ROOT, 'src', 'schemas', 'lexicon.schema.json');
  const schema = existsSync(inSource) ? inSource : join(PACKAGE_ROOT, 'dist', 'schemas', 'lexicon.schema.json');
  return relative(dirname(resolve(out)), schema).split('\\').join('/');
}

function validate(paths: string[], options: { strict?: boolean }): number {
  const { findings, files } = validateLexicons(paths);
  for (const f of findings) write(formatFinding(f));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  process.stderr.write(`${files} lexicon file(s): ${errors} error(s), ${warnings} warning(s)\n`);
  if (errors > 0) return LEXICON_EXIT.userError;
  return warnings > 0 && options.strict ? LEXICON_EXIT.findings : LEXICON_EXIT.ok;
}

function test(paths: string[]): number {
  const { lexicons } = combineLexicons(readLexicons(paths));
  const report = checkExamples(lexicons, compileLexicons(lexicons));
  for (const failure of report.failures) write(formatFailure(failure));
  const untested = report.untested.length > 0 ? `; ${report.untested.length} variant(s) without examples to match and not to match` : '';
  process.stderr.write(`${report.checked} example(s) checked, ${report.failures.length} failed${untested}\n`);
  return report.failures.length > 0 ? LEXICON_EXIT.findings : LEXICON_EXIT.ok;
}

function importDictionary(file: string, options: { from: string; out: string; id?: string; licence?: string }): number {
  const importer = IMPORTERS[options.from];
  if (!importer) {
    throw new UserInputError([{ file: '--from', value: options.from, message: 'unknown dictionary format', expected: `one of ${Object.keys(IMPORTERS).join(', ')}` }]);
  }
  const shown = displayPath(file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UserInputError([{ file: shown, message: 'cannot read the dictionary file', expected: 'a readable file' }]);
  }
  const name = file.split(/[\\/]/).pop() ?? file;
  const id = options.id ?? slug(name.replace(/\.[^.]+$/, ''));
  const { lexicon, skipped } = lexiconFromEntries(importer.read(shown, decodeUtf8(shown, bytes)), { file: name, format: importer.format, id, licence: options.licence });
  for (const entry of skipped) process.stderr.write(`${shown}${entry.line ? `:${entry.line}` : ''}: skipped "${entry.term}": a term without letters or digits cannot be matched\n`);
  const text = `${JSON.stringify({ $schema: schemaReference(options.out), ...lexicon }, null, 2)}\n`;
  // What is written must load and compile: check before writing.
  compileLexicons([loadLexicon(displayPath(options.out), text)]);
  writeFileSync(options.out, text);
  const variants = lexicon.referents.reduce((n, r) => n + r.variants.length, 0);
  process.stderr.write(`${lexicon.referents.length} referent(s), ${variants} variant(s), ${lexicon.referents.reduce((n, r) => n + r.variants.reduce((m, v) => m + v.patterns.length, 0), 0)} pattern(s)\n`);
  write(displayPath(resolve(options.out)));
  return LEXICON_EXIT.ok;
}

function show(id: string, options: { lexicon: string[] }): number {
  write(showLexicon(combineLexicons(readLexicons(options.lexicon)).lexicons, id));
  return LEXICON_EXIT.ok;
}

function docs(paths: string[], options: { out?: string }): number {
  const text = lexiconDocs(readLexicons(paths));
  if (options.out) {
    writeFileSync(options.out, text);
    write(displayPath(resolve(options.out)));
  } else write(text);
  return LEXICON_EXIT.ok;
}

/** `framelens lexicon …`: each subcommand hands its exit code to `done`. */
export function addLexiconCommands(cli: Command, collect: (value: string, previous: string[]) => string[], done: (code: number) => void): void {
  const group = cli.command('lexicon').description('write, check, test, import and inspect lexicons');
  group
    .command('validate')
    .description('check lexicon files: schema (with line, column and pointer), ids, categories, pattern syntax, and entries that can never count')
    .argument('[paths...]', 'lexicon files or folders (default: the bundled lexicons/)')
    .option('--strict', 'exit 1 when there are warnings')
    .action((paths: string[], options: { strict?: boolean }) => done(validate(paths, options)));
  group
    .command('test')
    .description("check every variant's examples.match and examples.noMatch sentences")
    .argument('[paths...]', 'lexicon files or folders (default: the bundled lexicons/)')
    .action((paths: string[]) => done(test(paths)));
  group
    .command('import')
    .description('make a lexicon from a LIWC .dic, a quanteda YAML dictionary or a term,category CSV')
    .argument('<file>', 'the dictionary file')
    .requiredOption('--from <format>', `the dictionary's format: ${Object.keys(IMPORTERS).join(', ')}`)
    .requiredOption('-o, --out <lexicon.json>', 'the lexicon file to write')
    .option('--id <id>', 'the lexicon id (default: from the file name)')
    .option('--licence <text>', "the source dictionary's licence, kept with every entry")
    .action((file: string, options: { from: string; out: string; id?: string; licence?: string }) => done(importDictionary(file, options)));
  group
    .command('show')
    .description('list what a lexicon, referent or variant contains, as a table')
    .argument('<id>', 'lexicon, lexicon/referent or lexicon/referent/variant')
    .option('-l, --lexicon <file|dir>', 'lexicon file or folder; repeat for several (default: the bundled lexicons/)', collect, [])
    .action((id: string, options: { lexicon: string[] }) => done(show(id, options)));
  group
    .command('docs')
    .description('write the Markdown catalogue of lexicons (lexicons/README.md is made this way)')
    .argument('[paths...]', 'lexicon files or folders (default: the bundled lexicons/)')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .action((paths: string[], options: { out?: string }) => done(docs(paths, options)));
}
