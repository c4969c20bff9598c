import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    // Browser checks wait for the page to settle; a busy two-core machine can take seconds.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    hookTimeout: 120_000,
    // Browser tests share one Chromium per file; two cores are enough for two files at once.
    maxWorkers: 2,
  },
});
