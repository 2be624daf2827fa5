#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { UserInputError, formatProblem } from '../errors.js';
import { addLexiconCommands } from './lexicon-command.js';
import { exitCleanlyOnSignals } from './interrupt.js';
import { packageVersion } from './package-info.js';
import type { AnalyzeCommandOptions } from './analyze-command.js';
import type { MergeCommandOptions } from './merge-command.js';
import type { ReportCommandOptions } from './report-command.js';

/** Exit codes, as the README lists them. */
export const EXIT = { ok: 0, userError: 2, internalError: 3 } as const;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function program(done: (code: number) => void): Command {
  const cli = new Command('framelens')
    .description('Shows how news outlets frame the same story: tags naming choices against lexicons and compares outlets side by side.')
    .version(packageVersion(), '-V, --version')
    .option('--debug', 'show the stack trace of an internal error')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  cli
    .command('report')
    .description('analyse a corpus and write an HTML report with CSV and JSON exports')
    .argument('<corpus>', 'a folder with corpus.json or corpus.yaml, or a .jsonl file with one article per line')
    .option('-l, --lexicon <file|dir>', 'lexicon file or folder of lexicons; repeat for several (default: the bundled lexicons/)', collect, [])
    .option('-o, --out <dir>', 'output folder', 'reports')
    .option('--count-shared-once', 'count a group of shared copies (one wire story on several sites) once, under the agency the manifest names')
    .option('--structure <file>', 'structure patterns (JSON or YAML) that extend the bundled ones: body ends, boilerplate, bylines, datelines, captions')
    .option('--include-boilerplate', 'count page boilerplate (navigation, related stories, promos) as the outlet\'s own words')
    .option('--force', 'write into a non-empty folder that holds no framelens report (its files are kept)')
    .option('-q, --quiet', 'no progress line on stderr (there is none when stderr is not a terminal)')
    .action(async (corpus: string, options: ReportCommandOptions) => {
      // Loaded here, not at the top: wink's model takes a moment to load, and Ctrl-C must be handled from the start.
      const { runReport } = await import('./report-command.js');
      const index = await runReport(corpus, options);
      process.stdout.write(`${index}\n`);
    });

  cli
    .command('analyze')
    .description('analyse one shard of a corpus into a partial result, for `framelens merge`')
    .argument('<corpus>', 'a folder with corpus.json or corpus.yaml, or a .jsonl file with one article per line')
    .requiredOption('-o, --out <file>', 'the partial result to write (JSON Lines)')
    .option('--shard <k/N>', 'analyse the k-th of N shards (articles are given to shards by their id)', '1/1')
    .option('-l, --lexicon <file|dir>', 'lexicon file or folder of lexicons; repeat for several (default: the bundled lexicons/)', collect, [])
    .option('--count-shared-once', 'count a group of shared copies once, under the agency the manifest names (applied at merge)')
    .option('--structure <file>', 'structure patterns (JSON or YAML) that extend the bundled ones')
    .option('--include-boilerplate', 'count page boilerplate as the outlet\'s own words')
    .option('-q, --quiet', 'no progress line on stderr')
    .action(async (corpus: string, options: AnalyzeCommandOptions) => {
      const { runAnalyze } = await import('./analyze-command.js');
      process.stdout.write(`${await runAnalyze(corpus, options)}\n`);
    });

  cli
    .command('merge')
    .description('merge partial results into one report, exactly as `framelens report` would write it for the whole corpus')
    .argument('<partial...>', 'partial results written by `framelens analyze --shard k/N`, in any order')
    .option('-o, --out <dir>', 'output folder', 'reports')
    .option('--force', 'write into a non-empty folder that holds no framelens report (its files are kept)')
    .option('-q, --quiet', 'no progress line on stderr')
    .action(async (partials: string[], options: MergeCommandOptions) => {
      const { runMerge } = await import('./merge-command.js');
      process.stdout.write(`${await runMerge(partials, options)}\n`);
    });
  addLexiconCommands(cli, collect, done);
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

exitCleanlyOnSignals();
// A reader that closes the pipe early (`framelens … | head -0`) wants no more output; that is not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv);
