import { UserInputError } from '../errors.js';

/** The report's timestamp: SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; otherwise now. */
export function generatedAt(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now().toISOString();
  if (!/^\d+$/.test(epoch)) {
    throw new UserInputError([{ file: 'SOURCE_DATE_EPOCH', value: epoch, message: 'not a time', expected: 'a whole number of seconds since 1970-01-01' }]);
  }
  return new Date(Number(epoch) * 1000).toISOString();
}
