// Build step after tsup (`npm run build:json-schema`): writes one JSON
// Schema per public zod schema of the BUILT package to
// dist/json-schema/<name>.json, published as
// `duke-records-rules/json-schema/<name>.json` for non-TypeScript backends,
// and the schemas of the evaluators' results to
// dist/json-schema/results/<name>.json.
// The generation itself (names, options, what JSON Schema cannot express) is
// in scripts/json-schema-lib.mjs (inputs) and scripts/result-schemas.mjs
// (results), shared with the tests in test/json-schema/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { jsonSchemas } from './json-schema-lib.mjs';
import { resultJsonSchemas } from './result-schemas.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const barrels = await Promise.all(
  ['index.js', 'hours/index.js', 'phone/index.js', 'tracking/index.js', 'catalog/index.js'].map((file) => import(pathToFileURL(join(dist, file)).href)),
);

const inputs = jsonSchemas(z, barrels.slice(0, 4), { version, requireAllRules: true });
if (inputs.size === 0) throw new Error('json-schema: the built barrels export no zod schema');
const results = resultJsonSchemas(z, barrels, { version });
const outDir = join(dist, 'json-schema');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, 'results'), { recursive: true });
for (const [name, schema] of inputs) writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
for (const [name, schema] of results) writeFileSync(join(outDir, 'results', `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
console.log(`json-schema: ${inputs.size} input files in dist/json-schema/ (${[...inputs.keys()].join(', ')})`);
console.log(`json-schema: ${results.size} result files in dist/json-schema/results/ (${[...results.keys()].join(', ')})`);
