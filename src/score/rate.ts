/** Hits per 1,000 words; 0 for a text with no words rather than a division by zero. */
export function per1000(count: number, words: number): number {
  return words === 0 ? 0 : (1000 * count) / words;
}
