import { defineConfig } from 'vitest/config';

/**
 * `npm run test:built`: the suites that test the built package in `dist/`
 * (run after `npm run build`). The main `vitest run --coverage` excludes them.
 */
export default defineConfig({
  test: {
    include: ['test/built/**/*.test.ts'],
    setupFiles: ['test/setup/fast-check.ts'],
  },
});
