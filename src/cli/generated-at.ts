import { UserInputError } from '../errors.js';

/** The last second of year 9999: later dates have no four-digit year, which ISO 8601 timestamps (and results.json's schema) need. */
const LATEST_EPOCH = 253_402_300_799;

/** The report's timestamp: SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; otherwise now. */
export function generatedAt(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now().toISOString();
  if (!/^\d+$/.test(epoch)) {
    throw new UserInputError([{ file: 'SOURCE_DATE_EPOCH', value: epoch, message: 'not a time', expected: 'a whole number of seconds since 1970-01-01' }]);
  }
  if (Number(epoch) > LATEST_EPOCH) {
    throw new UserInputError([{ file: 'SOURCE_DATE_EPOCH', value: epoch, message: 'too far in the future for a date', expected: `a whole number of seconds since 1970-01-01, at most ${LATEST_EPOCH} (9999-12-31T23:59:59Z)` }]);
  }
  return new Date(Number(epoch) * 1000).toISOString();
}
