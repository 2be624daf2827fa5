import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { MANIFEST_NAMES } from '../corpus/from-directory.js';
import { skippedSummary, startRun, type Run } from '../analyze/index.js';
import { structureOfArticle } from '../analyze/article.js';
import type { ArticleLookup } from '../analyze/cross-article.js';
import { emptyPartial, type PartialResult } from '../analyze/partial.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { CSV_FIELDS, type CsvField } from '../corpus/from-csv.js';
import { indexCorpus, type CorpusIndex, type ShardOption } from './corpus-index.js';
import { displayPath } from './display-path.js';
import { generatedAt } from './generated-at.js';
import { checkNotInput, type RunInput } from './output-folder.js';
import { DEFAULT_LEXICON_DIR, packageVersion } from './package-info.js';
import type { CorpusOptions } from './read-corpus.js';
import { readLexicons } from './read-lexicons.js';
import { readStructure } from './read-structure.js';
import { writeStreamedReport } from './report-output.js';

export interface ReportCommandOptions {
  lexicon: string[];
  out: string;
  countSharedOnce?: boolean;
  structure?: string;
  includeBoilerplate?: boolean;
  force?: boolean;
  quiet?: boolean;
  /** CSV cells as the text has them, without the apostrophe that keeps spreadsheets from running formulas. */
  csvRaw?: boolean;
  format?: string;
  textColumn?: string;
  outletColumn?: string;
  titleColumn?: string;
  dateColumn?: string;
  urlColumn?: string;
  idColumn?: string;
  bylineColumn?: string;
}

/** The column options given, by field (`--text-column` is `textColumn`). */
function corpusOptions(options: ReportCommandOptions): CorpusOptions {
  const columns: Partial<Record<CsvField, string>> = {};
  for (const field of CSV_FIELDS) {
    const name = options[`${field}Column`];
    if (name !== undefined) columns[field] = name;
  }
  return { columns, format: options.format };
}

/** The real folder `--out` names: a symbolic link to a folder stays a link, and the folder it points to gets the report. */
export function outputFolder(option: string): string {
  const out = resolve(option);
  return existsSync(out) ? realpathSync(out) : out;
}

/** The run's settings as the user gave them, for the methodology page and results.json. */
function optionsOf(corpusPath: string, lexicons: LoadedLexicon[], options: ReportCommandOptions): Record<string, string | string[] | boolean> {
  return {
    corpus: corpusPath === '-' ? 'stdin' : displayPath(resolve(corpusPath)),
    lexicons: lexicons.map((l) => l.file),
    countSharedOnce: options.countSharedOnce === true,
    includeBoilerplate: options.includeBoilerplate === true,
    csvRaw: options.csvRaw === true,
    ...(options.structure === undefined ? {} : { structure: displayPath(resolve(options.structure)) }),
  };
}

/** What the run reads, which the output folder must keep apart from. */
function runInputs(corpusPath: string, options: ReportCommandOptions): RunInput[] {
  const kindOf = (path: string): RunInput[] => (existsSync(path) ? [{ path: resolve(path), kind: statSync(path).isDirectory() ? 'folder' : 'file', shown: displayPath(path) }] : []);
  // Standard input (`-`) is no place on disk.
  const corpus = corpusPath === '-' ? [] : MANIFEST_NAMES.includes(basename(corpusPath)) ? kindOf(dirname(corpusPath)) : kindOf(corpusPath);
  // The bundled lexicons are read whenever a lexicon extends them, so they count too.
  const lexicons = [...options.lexicon, DEFAULT_LEXICON_DIR].flatMap(kindOf);
  return [...corpus, ...lexicons, ...(options.structure === undefined ? [] : kindOf(options.structure))];
}

/** A corpus read and checked, lexicons and patterns loaded, threads started: what `report` and `analyze` share. */
export interface Started {
  corpus: CorpusIndex;
  run: Run;
  partial: PartialResult;
}

export function startAnalysis(corpusPath: string, options: ReportCommandOptions, shard: ShardOption | undefined): Started {
  const corpus = indexCorpus(corpusPath, corpusOptions(options), shard);
  const lexicons = readLexicons(options.lexicon);
  const structure = readStructure(options.structure);
  const run = startRun({
    lexicons,
    options: { structure, includeBoilerplate: options.includeBoilerplate === true, countSharedOnce: options.countSharedOnce === true },
    chars: corpus.chars,
    generator: { name: 'framelens', version: packageVersion() },
  });
  const partial = emptyPartial(run.settings, { title: corpus.title, description: corpus.description }, [{ index: shard?.index ?? 1, count: shard?.count ?? 1, corpus: corpus.digest }]);
  partial.skipped = corpus.skipped.map(skippedSummary);
  partial.settings.options = optionsOf(corpusPath, lexicons, options);
  return { corpus, run, partial };
}

/** Articles read again from the corpus, with their structure, for the cross-article stage. */
export function corpusLookup(corpus: CorpusIndex, run: Run): ArticleLookup {
  return async function* (ids) {
    for (const article of corpus.read(ids)) yield { article, structure: structureOfArticle(article, run.prepared) };
  };
}

/** `framelens report`: read and check every input, then analyse and write the report as articles are done. Returns index.html's path. */
export async function runReport(corpusPath: string, options: ReportCommandOptions): Promise<string> {
  const when = generatedAt(process.env);
  const started = startAnalysis(corpusPath, options, undefined);
  const { corpus, run, partial } = started;
  try {
    // After the inputs are checked, whose problems come first; before any analysis.
    const out = outputFolder(options.out);
    checkNotInput(out, displayPath(out), runInputs(corpusPath, options));
    const { index, warnings } = await writeStreamedReport(
      {
        partial,
        sumRecords: true,
        frame: run.frame,
        records: run.records(corpus.articles()),
        total: corpus.size,
        lookup: corpusLookup(corpus, run),
        recordsOf: (ids) => run.records(corpus.read(ids)),
        meta: { generator: run.settings.generator, generatedAt: when, options: partial.settings.options },
      },
      { out, force: options.force === true, quiet: options.quiet === true },
    );
    for (const warning of warnings) process.stderr.write(`framelens: ${warning}\n`);
    for (const { article, reason } of corpus.skipped) {
      process.stderr.write(`framelens: ${article.source}: skipped, ${reason}; the report lists it under "Articles not analysed"\n`);
    }
    return index;
  } finally {
    await run.close();
    corpus.close();
  }
}
