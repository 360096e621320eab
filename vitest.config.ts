import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  resolve: {
    // cli/ imports the library by its public names (as dist/cli.js does, through the package's
    // exports); in-process tests read them from src/.
    alias: [
      { find: /^duke-records-rules$/, replacement: `${src}index.ts` },
      { find: /^duke-records-rules\/(.+)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    // Tests sit beside the code they test (src/**, cli/**); cross-cutting suites (fuzz, JSON Schema, docs) live in test/.
    include: ['src/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts'],
    // test/built/ tests the built dist/ (npm run test:built, after the build).
    exclude: ['test/package/**', 'test/examples/**', 'test/built/**', '**/node_modules/**'],
    setupFiles: ['test/setup/fast-check.ts'],
    pool: 'threads',
    coverage: {
      provider: 'v8',
      // cli/main.ts is the I/O shell: scripts/cli-test.mjs runs it end to end on the built dist/cli.js.
      // cli/ is flat: 'cli/*.ts' (a 'cli/**' pattern here also took in files of scripts/ and test/).
      include: ['src/**/*.ts', 'cli/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/**/test-support/**', 'cli/**/*.test.ts', 'cli/main.ts'],
      reporter: ['text-summary', 'json-summary'],
      // Every statement and branch of src/ and cli/ is tested; unreachable code is removed, not excluded.
      thresholds: { statements: 100, branches: 100, functions: 100, lines: 100 },
    },
  },
});
