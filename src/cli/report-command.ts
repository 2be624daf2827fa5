import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, type AnalysisResult } from '../analyze/index.js';
import { UserInputError } from '../errors.js';
import { renderReport } from '../report/render.js';
import { displayPath } from './display-path.js';
import { generatedAt } from './generated-at.js';
import { TEMPLATE_DIR, packageVersion } from './package-info.js';
import { readCorpus, type CorpusOptions } from './read-corpus.js';
import { CSV_FIELDS, type CsvField } from '../corpus/from-csv.js';
import { readLexicons } from './read-lexicons.js';
import { readStructure } from './read-structure.js';
import { readTemplates } from './read-templates.js';
import { writeReport } from './write-report.js';

export interface ReportCommandOptions {
  lexicon: string[];
  out: string;
  countSharedOnce?: boolean;
  structure?: string;
  includeBoilerplate?: boolean;
  force?: boolean;
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
function outputFolder(option: string): string {
  const out = resolve(option);
  return existsSync(out) ? realpathSync(out) : out;
}

/** An analysis with nothing analysed is no report: every article was empty or wordless. */
function assertSomethingAnalysed(analysis: AnalysisResult): void {
  if (analysis.articles.length > 0) return;
  throw new UserInputError(
    analysis.skipped.map(({ article, reason }) => ({ file: article.source, message: `no words to analyse (${reason})`, expected: 'at least one article in the corpus with text' })),
  );
}

/** `framelens report`: read and check every input, analyse, render in memory, then write. Returns index.html's path. */
export async function runReport(corpusPath: string, options: ReportCommandOptions): Promise<string> {
  const when = generatedAt(process.env);
  const corpus = readCorpus(corpusPath, corpusOptions(options));
  const lexicons = readLexicons(options.lexicon);
  const structure = readStructure(options.structure);
  const includeBoilerplate = options.includeBoilerplate === true;
  const countSharedOnce = options.countSharedOnce === true;
  const analysis = await analyze(corpus, lexicons, { structure, includeBoilerplate, countSharedOnce });
  assertSomethingAnalysed(analysis);
  const files = renderReport(analysis, readTemplates(TEMPLATE_DIR), {
    generator: { name: 'framelens', version: packageVersion() },
    generatedAt: when,
    options: {
      corpus: corpusPath === '-' ? 'stdin' : displayPath(resolve(corpusPath)),
      lexicons: lexicons.map((l) => l.file),
      countSharedOnce,
      includeBoilerplate,
      ...(options.structure === undefined ? {} : { structure: displayPath(resolve(options.structure)) }),
    },
  });
  const out = outputFolder(options.out);
  // Named before writing: the swap may move the folder the process is working in.
  const index = displayPath(join(out, 'index.html'));
  const warnings = await writeReport(out, files, { force: options.force === true, cwd: process.cwd(), shown: displayPath(out) });
  for (const warning of warnings) process.stderr.write(`framelens: ${warning}\n`);
  for (const { article, reason } of analysis.skipped) {
    process.stderr.write(`framelens: ${article.source}: skipped, ${reason}; the report lists it under "Articles not analysed"\n`);
  }
  return index;
}
