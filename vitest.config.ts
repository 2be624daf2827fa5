import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each file in its own process: wink keeps state across documents, and tests about that need a fresh one.
    pool: 'forks',
    testTimeout: 60_000,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
