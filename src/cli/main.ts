#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { UserInputError, formatProblem } from '../errors.js';
import { addLexiconCommands } from './lexicon-command.js';
import { announceExit, exitCleanlyOnSignals, inWorker } from './interrupt.js';
import { packageVersion } from './package-info.js';
import type { AnalyzeCommandOptions } from './analyze-command.js';
import type { MergeCommandOptions } from './merge-command.js';
import type { EvaluateOptions } from './evaluate-command.js';
import type { ReportCommandOptions } from './report-command.js';
import type { AuditCommandOptions } from './audit-command.js';
import type { ScorecardOptions } from './scorecard-command.js';
import { addStyleCommands } from './style-command.js';

/** Exit codes, as the README lists them. */
export const EXIT = { ok: 0, userError: 2, internalError: 3 } as const;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** How to read and analyse a corpus: the options `report` and `analyze` share (the settings every shard of a merge must share, and how to read a spreadsheet or standard input). */
function corpusAnalysis(command: Command): Command {
  return command
    .option('-l, --lexicon <file|dir>', 'lexicon file or folder of lexicons; repeat for several (default: the bundled lexicons/)', collect, [])
    .option('--count-shared-once', 'count a group of shared copies (one wire story on several sites) once, under the agency the manifest names')
    .option('--structure <file>', 'structure patterns (JSON or YAML) that extend the bundled ones: body ends, boilerplate, bylines, datelines, captions')
    .option('--include-boilerplate', 'count page boilerplate (navigation, related stories, promos) as the outlet\'s own words')
    .option('-q, --quiet', 'no progress line on stderr (there is none when stderr is not a terminal)')
    .option('--text-column <name>', 'CSV/TSV: the column with the article text (default: text, body or content)')
    .option('--outlet-column <name>', 'CSV/TSV: the column with the outlet (default: outlet, media_name or publisher)')
    .option('--title-column <name>', 'CSV/TSV: the column with the headline (default: title or headline)')
    .option('--date-column <name>', 'CSV/TSV: the column with the date, YYYY-MM-DD (default: publish_date or date)')
    .option('--url-column <name>', 'CSV/TSV: the column with the address (default: url or link)')
    .option('--id-column <name>', 'CSV/TSV: the column with the article id (default: id or stories_id; else row-<line>)')
    .option('--byline-column <name>', 'CSV/TSV: the column with the author (default: byline or author)')
    .option('--format <format>', 'what standard input (-) holds: jsonl, csv or tsv (default: JSONL when it starts with {, else CSV)');
}

/** Where a report goes: the options `report` and `merge` share. */
function reportFolder(command: Command): Command {
  return command
    .option('-o, --out <dir>', 'output folder', 'reports')
    .option('--force', 'write into a non-empty folder that holds no framelens report (its files are kept)')
    .option('--csv-raw', 'write CSV cells as the text has them: no apostrophe before a cell starting with =, +, -, @, tab or CR (for R and pandas; unsafe to open in a spreadsheet)');
}

function program(done: (code: number) => void): Command {
  const cli = new Command('framelens')
    .description('Shows how news outlets frame the same story: tags naming choices against lexicons and compares outlets side by side.')
    .version(packageVersion(), '-V, --version')
    .option('--debug', 'show the stack trace of an internal error')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  reportFolder(corpusAnalysis(cli.command('report')))
    .description('analyse a corpus and write an HTML report with CSV and JSON exports')
    .argument('<corpus>', 'a folder with corpus.json or corpus.yaml (or of web pages), a .jsonl, .csv or .tsv file, or - for standard input')
    .action(async (corpus: string, options: ReportCommandOptions) => {
      // Loaded here, not at the top: wink's model takes a moment to load, and Ctrl-C must be handled from the start.
      const { runReport } = await import('./report-command.js');
      const index = await runReport(corpus, options);
      process.stdout.write(`${index}\n`);
    });

  corpusAnalysis(cli.command('analyze'))
    .description('analyse one shard of a corpus into a partial result, for `framelens merge`')
    .argument('<corpus>', 'a folder with corpus.json or corpus.yaml (or of web pages), a .jsonl, .csv or .tsv file, or - for standard input')
    .requiredOption('-o, --out <file>', 'the partial result to write (JSON Lines)')
    .option('--shard <k/N>', 'analyse the k-th of N shards (articles are given to shards by their id)', '1/1')
    .action(async (corpus: string, options: AnalyzeCommandOptions) => {
      const { runAnalyze } = await import('./analyze-command.js');
      process.stdout.write(`${await runAnalyze(corpus, options)}\n`);
    });

  reportFolder(cli.command('merge'))
    .description('merge partial results into one report, exactly as `framelens report` would write it for the whole corpus')
    .argument('<partial...>', 'partial results written by `framelens analyze --shard k/N`, in any order')
    .option('-q, --quiet', 'no progress line on stderr (there is none when stderr is not a terminal)')
    .action(async (partials: string[], options: MergeCommandOptions) => {
      const { runMerge } = await import('./merge-command.js');
      process.stdout.write(`${await runMerge(partials, options)}\n`);
    });

  cli
    .command('evaluate')
    .description('compare framelens (or a second annotator) with hand annotations: P/R/F1 for naming, quotations, speakers, voice and segments, and Cohen\'s kappa')
    .argument('<gold>', 'a corpus folder whose annotations/ folder holds one annotation file per article (see README, "Evaluating accuracy")')
    .option('-l, --lexicon <file|dir>', 'lexicon file or folder of lexicons; repeat for several (default: the bundled lexicons/)', collect, [])
    .option('--annotations <dir>', 'the reference annotations (default: <gold>/annotations)')
    .option('--against <dir>', 'compare these annotations (a second coder\'s, a student\'s) with the reference instead of framelens')
    .option('--json', 'print the evaluation as JSON')
    .option('--disagreements', 'list every disagreement after the tables')
    .option('--min-f1 <x>', 'exit 1 when an F1 (naming own voice or all voices, quotations) is below x')
    .action(async (gold: string, options: EvaluateOptions) => {
      const { runEvaluate } = await import('./evaluate-command.js');
      const { output, code } = await runEvaluate(gold, options);
      process.stdout.write(output);
      done(code);
    });
  cli
    .command('extract')
    .description('print what framelens takes from web pages (article text, headline, date, author, outlet, address, markup) as JSON lines')
    .argument('<page...>', 'saved web pages (.html, .htm, .html.gz), or - for one on standard input')
    .option('--url <address>', "the page's address, for resolving relative addresses in its metadata")
    .action(async (pages: string[], options: { url?: string }) => {
      const { runExtract } = await import('./extract-command.js');
      done(runExtract(pages, options, (line) => process.stdout.write(line), (line) => process.stderr.write(line)));
    });
  addLexiconCommands(cli, collect, done);
  cli
    .command('audit')
    .description("check a desk's articles against its style file: findings with file, line and column, in the desk's own voice unless a rule says otherwise")
    .argument('[paths...]', '.txt and .md files, folders of them, globs ("desk/**/*.md"), or - for standard input')
    .option('-s, --style <file>', 'the style file, JSON or YAML (default: .framelens-style.yaml, .yml or .json, found from this folder up)')
    .option('-l, --lexicon <file|dir>', 'lexicon file or folder whose variants the style names; repeat for several (default: the bundled lexicons/)', collect, [])
    .option('--structure <file>', 'structure patterns (JSON or YAML) that extend the bundled ones')
    .option('-f, --format <name>', 'stylish, line, json, sarif or rdjsonl', 'stylish')
    .option('--fail-on <level>', 'exit 1 when a finding is at or above this level: suggestion, warning, error, or none', 'error')
    .option('--min-level <level>', 'show findings at or above this level only: suggestion, warning or error', 'suggestion')
    .option('--stdin-filename <name>', 'the name findings give standard input (its extension says whether it is Markdown)')
    .option('--report-unused-disables', 'report framelens-disable comments that suppress nothing (as errors)')
    .option('--fix', "apply each rule's single suggestion in the desk's own voice (never in a quotation); each file is written whole or not at all")
    .option('--fix-dry-run', 'print the diff --fix would apply, and write nothing')
    .option('-o, --output <file>', 'write the findings to this file instead of standard output (e.g. results.sarif)')
    .option('--color', 'colour the stylish output even when not on a terminal')
    .option('--no-color', 'never colour the output')
    .option('--archive <corpus>', "the desk's scorecard instead: each rule's rate per 1,000 own words by month over this corpus (a folder or a .jsonl file)")
    .option('--baseline <corpus>', 'with --archive: a corpus to compare the desk with (for example wire copy on the same stories)')
    .option('--out <dir>', 'with --archive: the folder the scorecard is written to', 'scorecard')
    .option('--force', 'with --archive: write into a non-empty folder that holds no framelens output (its files are kept)')
    .action(async (paths: string[], options: AuditCommandOptions & ScorecardOptions & { archive?: string }) => {
      if (options.archive !== undefined) {
        const { runScorecard } = await import('./scorecard-command.js');
        if (paths.length > 0) throw new UserInputError([{ file: paths[0] as string, message: '--archive takes a corpus, not files to audit', expected: 'either files to audit or --archive <corpus>' }]);
        process.stdout.write(`${await runScorecard(options.archive, options)}\n`);
        return;
      }
      const { runAudit } = await import('./audit-command.js');
      done(runAudit(paths, options));
    });
  addStyleCommands(cli, collect, done);
  return cli;
}

async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const cli = program((c) => (code = c));
  try {
    await cli.parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.userError;
    }
    if (error instanceof UserInputError) {
      for (const problem of error.problems) process.stderr.write(`framelens: ${formatProblem(problem)}\n`);
      process.stderr.write('framelens: nothing was written.\n');
      return EXIT.userError;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    process.stderr.write(`framelens: internal error: ${e.message}\n`);
    if (argv.includes('--debug')) process.stderr.write(`${e.stack ?? ''}\n`);
    else process.stderr.write('This is a bug in framelens, not in your input. Run again with --debug for details and please report it.\n');
    return EXIT.internalError;
  }
}

// In a worker thread (started by bin.ts) the starting thread hears signals and owns the real standard output.
if (!inWorker) {
  exitCleanlyOnSignals();
  // A reader that closes the pipe early (`framelens … | head -0`) wants no more output; that is not an error to report.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // Standard output sent where it cannot go (`> /dev/full`, a full disk): the user's to fix, and what was written is written.
    process.stderr.write(`framelens: cannot write to standard output: ${error.code === 'ENOSPC' ? 'no space left on the device' : error.message}\n`);
    process.exit(EXIT.userError);
  });
  // With standard error gone too there is no one to tell; the exit code still says how the run ended.
  process.stderr.on('error', () => undefined);
}
process.exitCode = await main(process.argv);
announceExit(process.exitCode);
