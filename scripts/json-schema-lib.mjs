// JSON Schema generation shared by scripts/json-schema.mjs (build time, from
// the BUILT barrels) and test/json-schema/ajv.test.ts (from src): one JSON
// Schema (draft 2020-12) per zod schema the public barrels export, named
// after the export: `submissionSchema` → `submission`, `recordsRequestSchema`
// → `records-request`, `weeklyScheduleSchema` → `weekly-schedule`.
//
// Options of z.toJSONSchema, and why:
// - `io: 'input'`: the schema of what a caller SENDS. Fields with a zod
//   default (`actions`, `label`, `original`…) are optional, and unknown keys
//   are allowed (zod strips them; no `additionalProperties: false` except
//   where the zod schema is strict, e.g. `weekly` of a schedule).
// - `unrepresentable: 'throw'` (zod's default) rather than `'any'`: every
//   public schema converts today; a future one that cannot (a `z.date()`, a
//   `z.custom()`) must fail the build by name, not ship as `{}`, which would
//   accept anything.
// What JSON Schema cannot say, and the files therefore do not enforce (zod
// does; each file's `$comment` says so): refinements (a real calendar date,
// an IANA time zone, cross-field rules such as "a password cannot be
// enclosed with unprotected media" or "patient care only from the patient,
// a representative or a provider") and trimming before a length check.
// (Lengths agree: zod 4 counts code points, as JSON Schema does.)

/** @typedef {Record<string, unknown>} JsonSchema */

const COMMENT =
  'Generated from the zod schema {export} of duke-records-rules with z.toJSONSchema(schema, { io: "input" }). ' +
  'A first gate for non-TypeScript backends: the library also checks what JSON Schema cannot express ' +
  '(real calendar dates, time zones, cross-field rules, trimming before length checks), so a document this ' +
  'schema accepts can still be refused by the library, never the other way round except for strings with ' +
  'surrounding spaces that only fit their maximum length once trimmed.';

/**
 * `submissionSchema` → `submission`; `recordsRequestSchema` → `records-request`.
 * @param {string} exportName
 * @returns {string}
 */
export function schemaFileName(exportName) {
  return exportName
    .replace(/Schema$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/**
 * Whether a value is a zod (v4) schema: duck-typed, so that it holds for the
 * zod instance of src and of dist alike.
 * @param {unknown} value
 */
export function isZodSchema(value) {
  return typeof value === 'object' && value !== null && '_zod' in value && '~standard' in value;
}

/**
 * The zod schemas a set of barrels export, by file name, sorted.
 * @param {Record<string, unknown>[]} barrels module namespaces (root, /hours…)
 * @returns {{ name: string, exportName: string, schema: unknown }[]}
 */
export function publicSchemas(barrels) {
  /** @type {Map<string, { name: string, exportName: string, schema: unknown }>} */
  const found = new Map();
  for (const barrel of barrels) {
    for (const [exportName, schema] of Object.entries(barrel)) {
      if (!isZodSchema(schema)) continue;
      const name = schemaFileName(exportName);
      const seen = found.get(name);
      if (seen !== undefined && seen.schema !== schema) throw new Error(`two exports map to json-schema/${name}.json: ${seen.exportName}, ${exportName}`);
      found.set(name, { name, exportName, schema });
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * One JSON Schema per public zod schema.
 * @param {{ toJSONSchema: (schema: any, options: object) => JsonSchema }} z the `z` of zod v4
 * @param {Record<string, unknown>[]} barrels module namespaces (root, /hours…)
 * @returns {Map<string, JsonSchema>} file name (without `.json`) → JSON Schema
 */
export function jsonSchemas(z, barrels) {
  /** @type {Map<string, JsonSchema>} */
  const out = new Map();
  for (const { name, exportName, schema } of publicSchemas(barrels)) {
    let generated;
    try {
      generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' });
    } catch (err) {
      throw new Error(`json-schema/${name}.json: ${exportName} cannot be converted (${err instanceof Error ? err.message : String(err)})`);
    }
    const { $schema, ...rest } = generated;
    out.set(name, { $schema, title: `duke-records-rules ${exportName} (input)`, $comment: COMMENT.replace('{export}', exportName), ...rest });
  }
  return out;
}
