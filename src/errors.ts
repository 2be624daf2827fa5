/**
 * Two kinds of failure: a mistake in something the user wrote (exit 2, told
 * where and how to fix it) and a bug in framelens (exit 3). Only the first is
 * modelled here; anything else thrown is treated as a bug by the CLI.
 */

/** One mistake in a user's file, located as precisely as the format allows. */
export interface Problem {
  /** The file (or input name) the mistake is in. */
  file: string;
  /** JSON pointer to the bad value, for JSON/YAML data. */
  pointer?: string;
  line?: number;
  column?: number;
  /** The offending value, shown to the user. */
  value?: unknown;
  /** What was expected instead. */
  expected?: string;
  message: string;
}

export class UserInputError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'UserInputError';
    this.problems = problems;
  }
}

function describeValue(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

/** `file:line:col: message (at /pointer); got X; expected Y` */
export function formatProblem(problem: Problem): string {
  let where = problem.file;
  if (problem.line !== undefined) {
    where += `:${problem.line}`;
    if (problem.column !== undefined) where += `:${problem.column}`;
  }
  const parts = [`${where}: ${problem.message}`];
  if (problem.pointer !== undefined) parts.push(`at ${problem.pointer === '' ? '/' : problem.pointer}`);
  if (problem.value !== undefined) parts.push(`got ${describeValue(problem.value)}`);
  if (problem.expected !== undefined) parts.push(`expected ${problem.expected}`);
  return parts.join('; ');
}
