import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.spec.ts'],
    // Property tests and emulator-backed tests need more than the 5 s default on a 2-core machine.
    testTimeout: 30_000,
  },
});
