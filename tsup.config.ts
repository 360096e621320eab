import { defineConfig } from 'tsup';

/**
 * Two builds:
 * - the library: one entry per public subpath. Dependencies and the zod
 *   peer stay external (tsup's default for everything in `dependencies` and
 *   `peerDependencies`), so consumers de-duplicate them and tree-shake what
 *   they do not import;
 * - the command line, `dist/cli.js` (ESM, Node, shebang kept): it imports
 *   the library through its own public entries (`duke-records-rules/…`,
 *   external, resolved by package self-reference to the files above), so no
 *   rule is bundled twice.
 */
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'to-duke/index': 'src/to-duke/index.ts',
      'lake-norman/index': 'src/lake-norman/index.ts',
      'hipaa/index': 'src/hipaa/index.ts',
      'catalog/index': 'src/catalog/index.ts',
      'locales/es/index': 'src/locales/es/index.ts',
      'hours/index': 'src/hours/index.ts',
      'phone/index': 'src/phone/index.ts',
      'tracking/index': 'src/tracking/index.ts',
      'fhir/index': 'src/fhir/index.ts',
      'standard-schema/index': 'src/standard-schema/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    // Everything but the CLI, which the second build writes at the same time.
    clean: ['**/*', '!cli.js'],
    treeshake: true,
    splitting: true,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
  },
  {
    entry: { cli: 'cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    external: [/^duke-records-rules(\/.*)?$/],
    removeNodeProtocol: false,
  },
]);
