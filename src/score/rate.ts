import type { Rate } from './types.js';

/** Hits per 1,000 words; 0 for a text with no words rather than a division by zero. */
export function per1000(count: number, words: number): number {
  return words === 0 ? 0 : (1000 * count) / words;
}

/** The rate a record holds under `key`, if it holds one: a key such as `constructor` (a valid category id) must not find Object's method. */
export function rateIn(rates: Record<string, Rate>, key: string): Rate | undefined {
  return Object.hasOwn(rates, key) ? rates[key] : undefined;
}
