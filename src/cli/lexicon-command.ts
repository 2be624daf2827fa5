import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { combineLexicons } from '../lexicon/combine.js';
import { lexiconDocs } from '../lexicon/docs.js';
import { showLexicon } from '../lexicon/show.js';
import { compileLexicons } from '../tag/compile.js';
import { checkExamples, formatFailure } from '../tag/examples.js';
import { displayPath } from './display-path.js';
import { IMPORT_FORMATS, importDictionaryFile, type ImportCommandOptions } from './lexicon-import.js';
import { formatFinding, validateLexicons } from './lexicon-validate.js';
import { UserInputError } from '../errors.js';
import { textTable } from '../lexicon/text-table.js';
import { readLexicons } from './read-lexicons.js';

/** Exit codes of the lexicon commands besides 0 and 2: warnings under --strict, failed examples. */
export const LEXICON_EXIT = { ok: 0, findings: 1, userError: 2 } as const;

function write(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
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

function importDictionary(file: string, options: ImportCommandOptions): number {
  if (existsSync(options.out) && options.force !== true) {
    throw new UserInputError([{ file: displayPath(options.out), message: 'the file already exists', expected: 'another --out file, or --force to replace this one' }]);
  }
  const { text, lexicon, skipped } = importDictionaryFile(file, options);
  for (const entry of skipped) process.stderr.write(`${displayPath(file)}${entry.line ? `:${entry.line}` : ''}: skipped "${entry.term}": a term without letters or digits cannot be matched\n`);
  writeFileSync(options.out, text);
  const variants = lexicon.referents.flatMap((r) => r.variants);
  process.stderr.write(`${lexicon.referents.length} referent(s), ${variants.length} variant(s), ${variants.reduce((n, v) => n + v.patterns.length, 0)} pattern(s)\n`);
  write(displayPath(resolve(options.out)));
  return LEXICON_EXIT.ok;
}

/** The bundled lexicons, one a row: what `--lexicon ID` can name. */
function list(): number {
  const rows = readLexicons([]).map(({ lexicon, file }) => {
    const variants = lexicon.referents.reduce((n, r) => n + r.variants.length, 0);
    return [lexicon.id, lexicon.version, String(lexicon.referents.length), String(variants), lexicon.title, file];
  });
  write(textTable(['id', 'version', 'referents', 'variants', 'title', 'file'], rows));
  process.stderr.write(`${rows.length} bundled lexicon(s); name one with --lexicon ID (e.g. --lexicon ${rows[0]?.[0] ?? 'news-general'})\n`);
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
    .requiredOption('--from <format>', `the dictionary's format: ${IMPORT_FORMATS.join(', ')}`)
    .requiredOption('-o, --out <lexicon.json>', 'the lexicon file to write')
    .option('--id <id>', 'the lexicon id (default: from the --out file name)')
    .option('--licence <text>', "the source dictionary's licence, kept with every entry")
    .option('--force', 'replace the --out file if it exists')
    .action((file: string, options: ImportCommandOptions) => done(importDictionary(file, options)));
  group
    .command('list')
    .description('list the bundled lexicons, which --lexicon can name by id')
    .action(() => done(list()));
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
