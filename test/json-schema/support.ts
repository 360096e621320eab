/**
 * What the JSON Schema tests share: the schemas under test (generated from
 * src, or read from the built dist/json-schema/ when JSON_SCHEMA_FROM=dist,
 * as `npm run test:json-schema` does after the build), the library's zod
 * schemas of the same origin, and Python's jsonschema.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { jsonSchemas, publicSchemas, type JsonSchema } from '../../scripts/json-schema-lib.mjs';
import { resultJsonSchemas } from '../../scripts/result-schemas';
import * as catalog from '../../src/catalog/index';
import * as hours from '../../src/hours/index';
import * as root from '../../src/index';
import * as phone from '../../src/phone/index';
import * as tracking from '../../src/tracking/index';

const ROOT = resolve(import.meta.dirname, '../..');
export const FROM_DIST = process.env.JSON_SCHEMA_FROM === 'dist';

type Barrels = Record<string, unknown>[];

/** The barrels: src, or the built package. */
async function barrels(): Promise<{ inputs: Barrels; all: Barrels }> {
  if (!FROM_DIST) {
    const inputs = [root, hours, phone, tracking] as unknown as Barrels;
    return { inputs, all: [...inputs, catalog as unknown as Record<string, unknown>] };
  }
  const load = (file: string) => import(pathToFileURL(join(ROOT, 'dist', file)).href) as Promise<Record<string, unknown>>;
  const inputs = await Promise.all(['index.js', 'hours/index.js', 'phone/index.js', 'tracking/index.js'].map(load));
  return { inputs, all: [...inputs, await load('catalog/index.js')] };
}

const loaded = await barrels();
/** The library's entry points, from the same origin as the schemas. */
export const LIB = Object.assign({}, ...loaded.inputs) as typeof root & typeof hours;

/** The input schema files, by name. */
export const INPUTS: Map<string, JsonSchema> = FROM_DIST ? readDir(join(ROOT, 'dist/json-schema')) : jsonSchemas(z, loaded.inputs, { requireAllRules: true });
/** The result schema files, by name. */
export const RESULTS: Map<string, JsonSchema> = FROM_DIST ? readDir(join(ROOT, 'dist/json-schema/results')) : resultJsonSchemas(z, loaded.all);
/** The zod schema behind each input file. */
export const ZOD = new Map(publicSchemas(loaded.inputs).map(({ name, schema }) => [name, schema as z.ZodType]));

function readDir(dir: string): Map<string, JsonSchema> {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run npm run build first`);
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(join(dir, f), 'utf8')) as JsonSchema]),
  );
}

/** Whether Python 3 with jsonschema is here; REQUIRE_PYTHON_JSONSCHEMA=1 (CI) makes its absence a failure. */
export const PYTHON = spawnSync('python3', ['-c', 'import jsonschema'], { encoding: 'utf8' }).status === 0;
export const REQUIRE_PYTHON = process.env.REQUIRE_PYTHON_JSONSCHEMA === '1';

/** Python's jsonschema (Draft 2020-12) verdicts on documents, in one process. */
export function pythonVerdicts(schemas: Map<string, JsonSchema>, docs: readonly (readonly [string, unknown])[]): boolean[] {
  const run = spawnSync('python3', [join(import.meta.dirname, 'validate.py')], {
    input: JSON.stringify({ schemas: Object.fromEntries(schemas), docs }),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`python3 validate.py failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as boolean[];
}

/** A document as it travels as JSON (what a non-JS client sends). */
export const asJson = (doc: unknown): unknown => JSON.parse(JSON.stringify(doc)) as unknown;
