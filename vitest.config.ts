import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tests sit beside the code they test (src/**); cross-cutting suites (fuzz, JSON Schema, docs) live in test/.
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/package/**', 'test/examples/**', '**/node_modules/**'],
    setupFiles: ['test/setup/fast-check.ts'],
    pool: 'threads',
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/**/test-support/**'],
      reporter: ['text-summary', 'json-summary'],
      // Every statement and branch of src/ is tested; unreachable code is removed, not excluded.
      thresholds: { statements: 100, branches: 100, functions: 100, lines: 100 },
    },
  },
});
