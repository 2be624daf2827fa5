#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { UserInputError, formatProblem } from '../errors.js';
import { addLexiconCommands } from './lexicon-command.js';
import { exitCleanlyOnSignals } from './interrupt.js';
import { packageVersion } from './package-info.js';
import type { EvaluateOptions } from './evaluate-command.js';
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
    .action(async (corpus: string, options: ReportCommandOptions) => {
      // Loaded here, not at the top: wink's model takes a moment to load, and Ctrl-C must be handled from the start.
      const { runReport } = await import('./report-command.js');
      const index = await runReport(corpus, options);
      process.stdout.write(`${index}\n`);
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
