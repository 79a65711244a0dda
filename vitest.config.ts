import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The extension package is CommonJS (VS Code requires it): its test is an ES module, .mts.
    include: ['packages/*/test/**/*.test.{ts,mts}', 'test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
