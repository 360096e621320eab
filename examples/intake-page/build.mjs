// Bundles the intake page: main.ts + the BUILT ESM package (dist/, reached
// through the package's own `exports`) + zod, with esbuild, into
// <outDir>/bundle.js beside a copy of index.html.
//
//   npx tsup && node examples/intake-page/build.mjs   # → examples/intake-page/dist/
//   then open examples/intake-page/dist/index.html (file:// works) or serve that folder.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = import.meta.dirname;

/**
 * @param {string} outDir folder to write index.html and bundle.js to
 * @returns {Promise<{ bundle: string, bytes: number }>}
 */
export async function buildIntakePage(outDir) {
  mkdirSync(outDir, { recursive: true });
  const bundle = join(outDir, 'bundle.js');
  const result = await build({
    entryPoints: [join(here, 'main.ts')],
    bundle: true,
    format: 'iife', // a classic script: also runs from file://, where Chromium refuses module scripts
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outfile: bundle,
    metafile: true,
    logLevel: 'warning',
  });
  copyFileSync(join(here, 'index.html'), join(outDir, 'index.html'));
  return { bundle, bytes: result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = resolve(here, 'dist');
  const { bytes } = await buildIntakePage(out);
  console.log(`intake page: ${out}/index.html (bundle ${(bytes / 1024).toFixed(1)} KB minified)`);
}
