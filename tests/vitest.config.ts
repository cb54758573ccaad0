import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname + '/..',
    include: ['tests/unit/**/*.test.ts', 'tests/electron/**/*.test.ts'],
    environment: 'node',
    // Two cores on these machines: keep the pool small and predictable.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
