import type { Command } from 'commander';
import { checkStyleExamples } from '../audit/examples.js';
import { formatFailure } from '../tag/examples.js';
import { formatProblem, UserInputError } from '../errors.js';
import { readStyle } from './audit-command.js';

/** Exit codes of the style commands besides 0 and 2: failed examples. */
export const STYLE_EXIT = { ok: 0, failed: 1, userError: 2 } as const;

function validate(file: string | undefined, options: { lexicon: string[] }): number {
  try {
    const compiled = readStyle(file, options.lexicon);
    process.stderr.write(`${compiled.style.file}: ${compiled.style.rules.length} rule(s), no problems\n`);
    return STYLE_EXIT.ok;
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    for (const p of error.problems) process.stdout.write(`error: ${formatProblem(p)}\n`);
    process.stderr.write(`${error.problems.length} error(s)\n`);
    return STYLE_EXIT.userError;
  }
}

function test(file: string | undefined, options: { lexicon: string[] }): number {
  const report = checkStyleExamples(readStyle(file, options.lexicon));
  for (const failure of report.failures) process.stdout.write(`${formatFailure(failure)}\n`);
  const untested = report.untested.length > 0 ? `; ${report.untested.length} rule(s) without examples to flag and not to flag: ${report.untested.join(', ')}` : '';
  process.stderr.write(`${report.checked} example(s) checked, ${report.failures.length} failed${untested}\n`);
  return report.failures.length > 0 ? STYLE_EXIT.failed : STYLE_EXIT.ok;
}

/** `framelens style validate|test [file]`: each hands its exit code to `done`. */
export function addStyleCommands(cli: Command, collect: (value: string, previous: string[]) => string[], done: (code: number) => void): void {
  const group = cli.command('style').description('check a style file and its examples (the rules `framelens audit` applies)');
  const lexiconOption = ['-l, --lexicon <file|dir>', 'lexicon file or folder whose variants the style names; repeat for several (default: the bundled lexicons/)'] as const;
  group
    .command('validate')
    .description('check a style file: schema (with line, column and pointer), rule ids, variant ids against the lexicons, pattern syntax, message placeholders')
    .argument('[file]', 'the style file (default: .framelens-style.yaml or similar, found from this folder up)')
    .option(...lexiconOption, collect, [])
    .action((file: string | undefined, options: { lexicon: string[] }) => done(validate(file, options)));
  group
    .command('test')
    .description("check every rule's examples.match and examples.noMatch sentences")
    .argument('[file]', 'the style file (default: .framelens-style.yaml or similar, found from this folder up)')
    .option(...lexiconOption, collect, [])
    .action((file: string | undefined, options: { lexicon: string[] }) => done(test(file, options)));
}
