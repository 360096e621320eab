import { defineConfig } from 'tsup';

/**
 * One entry per public subpath. Dependencies and the zod peer stay external
 * (tsup's default for everything in `dependencies` and `peerDependencies`),
 * so consumers de-duplicate them and tree-shake what they do not import.
 */
export default defineConfig({
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
    'standard-schema/index': 'src/standard-schema/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  treeshake: true,
  splitting: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
});
