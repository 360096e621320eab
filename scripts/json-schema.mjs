// Build step after tsup (`npm run build:json-schema`): writes one JSON
// Schema per public zod schema of the BUILT package to
// dist/json-schema/<name>.json, published as
// `duke-records-rules/json-schema/<name>.json` for non-TypeScript backends.
// The generation itself (names, options, what JSON Schema cannot express) is
// in scripts/json-schema-lib.mjs, shared with test/json-schema/ajv.test.ts.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { jsonSchemas } from './json-schema-lib.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const barrels = await Promise.all(
  ['index.js', 'hours/index.js', 'phone/index.js', 'tracking/index.js'].map((file) => import(pathToFileURL(join(dist, file)).href)),
);

const schemas = jsonSchemas(z, barrels);
if (schemas.size === 0) throw new Error('json-schema: the built barrels export no zod schema');
const outDir = join(dist, 'json-schema');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of schemas) writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
console.log(`json-schema: ${schemas.size} files in dist/json-schema/ (${[...schemas.keys()].join(', ')})`);
