/**
 * fast-check arbitraries driven by a generated JSON Schema, for the ajv/zod
 * differential: documents the JSON Schema accepts (strings drawn from a pool
 * that hits the zod-only checks both ways: real and impossible dates, real
 * and unknown time zones, padded and astral strings), and single mutations
 * of them (wrong types, missing keys, bad enum values, too-long strings and
 * arrays, out-of-range numbers, extra keys).
 *
 * Only the keywords the generator emits for this package are supported; an
 * unknown one throws, so that a new kind of schema is noticed. Conditions
 * (`allOf` of `if`/`then`, `dependentRequired`, `not`) are not followed
 * when generating: the caller filters the documents with the schema itself.
 */
import fc from 'fast-check';
import type { JsonSchema } from '../../scripts/json-schema-lib.mjs';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const KNOWN = new Set([
  '$schema',
  '$id',
  '$defs',
  '$ref',
  'description',
  'examples',
  'allOf',
  'if',
  'then',
  'not',
  'anyOf',
  'dependentRequired',
  'title',
  '$comment',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'enum',
  'const',
  'oneOf',
  'default',
]);

const codePoints = (s: string): number => [...s].length;

/** Strings that exercise the checks only zod makes, plus plain text. */
const stringPool = fc.oneof(
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2021-02-29', '2024-02-29', '1980-02-30', '2020-13-01', '2020-1-1', '20200101'),
  fc.constantFrom('America/New_York', 'Europe/Paris', 'UTC', 'Asia/Kolkata', 'Mars/Olympus', 'america/new_york'),
  fc.constantFrom('08:00', '16:30', '24:00', '00:00', '12:5', '25:00'),
  fc.constantFrom('', ' ', '   ', '\t\n', 'es', 'en', 'vi'),
  fc.string({ maxLength: 12 }).map((s) => `  ${s}  `),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.integer({ min: 1, max: 70 }).map((n) => '😀'.repeat(n)),
  fc.string({ maxLength: 30 }),
);

/**
 * Documents close to satisfying `schema` as JSON Schema: every keyword but
 * the conditions is followed (filter with the schema for valid ones; zod may
 * still refuse some: that is the point).
 */
export function valid(schema: JsonSchema, root: JsonSchema = schema): fc.Arbitrary<Json> {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`unsupported JSON Schema keyword: ${key}`);
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/$defs/', '');
    const target = (root.$defs as Record<string, JsonSchema> | undefined)?.[name];
    if (target === undefined) throw new Error(`unresolved $ref ${schema.$ref}`);
    const { $ref: _ref, ...rest } = schema;
    return valid({ ...target, ...rest }, root);
  }
  if ('const' in schema) return fc.constant(schema.const as Json);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as Json[]));
  if (Array.isArray(schema.oneOf) && schema.type === undefined) return fc.oneof(...(schema.oneOf as JsonSchema[]).map((s) => valid(s, root)));
  switch (schema.type) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = (schema.minimum as number | undefined) ?? -1e6;
      const max = (schema.maximum as number | undefined) ?? 1e6;
      const int = fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
      return schema.type === 'integer' ? int : fc.oneof(int, fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
    }
    case 'string': {
      const patterns = [schema.pattern, ...((schema.allOf ?? []) as JsonSchema[]).map((s) => s.pattern)].filter((p): p is string => typeof p === 'string');
      if (patterns.length > 0) {
        const [first, ...others] = patterns.map((p) => new RegExp(p, 'u')) as [RegExp, ...RegExp[]];
        const max = (schema.maxLength as number | undefined) ?? Number.POSITIVE_INFINITY;
        return fc.stringMatching(first).filter((s) => codePoints(s) <= max && others.every((re) => re.test(s)));
      }
      const min = (schema.minLength as number | undefined) ?? 0;
      const max = (schema.maxLength as number | undefined) ?? Number.POSITIVE_INFINITY;
      return stringPool.filter((s) => codePoints(s) >= min && codePoints(s) <= max);
    }
    case 'array': {
      const min = (schema.minItems as number | undefined) ?? 0;
      const max = Math.min((schema.maxItems as number | undefined) ?? 3, min + 3);
      return fc.array(valid(schema.items as JsonSchema, root), { minLength: min, maxLength: max });
    }
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = (schema.required ?? []) as string[];
      const model = Object.fromEntries(Object.entries(properties).map(([key, sub]) => [key, valid(sub, root)]));
      return fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Json>;
    }
    default:
      throw new Error(`unsupported JSON Schema type: ${String(schema.type)}`);
  }
}

type Path = (string | number)[];

/** Every position in a document: the root, every property and every array element. */
function positions(doc: Json, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(doc)) doc.forEach((v, i) => out.push(...positions(v, [...path, i])));
  else if (doc !== null && typeof doc === 'object') for (const [k, v] of Object.entries(doc)) out.push(...positions(v, [...path, k]));
  return out;
}

/** Reads the value at `path` (undefined when absent). */
export function at(doc: unknown, path: readonly PropertyKey[]): unknown {
  let v = doc;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/** What a mutation puts in place of the value it hits (`undefined`: delete it). */
type Mutation = (old: Json) => Json | undefined;

const mutations: fc.Arbitrary<[string, Mutation]>[] = [
  fc.constant(['delete', () => undefined]),
  fc.constantFrom<Json>(null, 0, 1.5, true, 'text', [], {}).map((v): [string, Mutation] => [`type ${JSON.stringify(v)}`, () => v]),
  fc.constant(['bad enum', () => 'not-an-option']),
  fc.constantFrom(5, 6, 10, 11, 32, 33, 64, 65, 200, 201, 2000, 2001).map((n): [string, Mutation] => [`long ${n}`, () => 'x'.repeat(n)]),
  fc.constantFrom(3, 6, 33, 101).map((n): [string, Mutation] => [`astral ${n}`, () => '😀'.repeat(n)]),
  fc.constant(['padded', (old) => (typeof old === 'string' ? `   ${old}   ` : old)]),
  fc.constantFrom(-1, 0, 1.5, 100_000, 100_001, 1e9).map((n): [string, Mutation] => [`number ${n}`, () => n]),
  fc.constant(['extra key', (old) => (old !== null && typeof old === 'object' && !Array.isArray(old) ? { ...old, password: 'Pw!secret' } : old)]),
  fc.constantFrom(0, 5, 21, 101).map((n): [string, Mutation] => [`array of ${n}`, (old) => Array.from({ length: n }, () => (Array.isArray(old) && old.length > 0 ? old[0] : old) as Json)]),
];

/** Sets (or deletes, with `undefined`) the value at a non-empty `path` of a deep copy. */
function replaced(doc: Json, path: Path, next: Json | undefined): Json {
  const copy = structuredClone(doc);
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, Json> | Json[];
  const key = path[path.length - 1] as string | number;
  if (next !== undefined) (parent as Record<string | number, Json>)[key] = next;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return copy;
}

/** One mutation of one document of `base`, at any position (the root included). */
export function mutated(base: fc.Arbitrary<Json>): fc.Arbitrary<{ doc: Json; mutation: string }> {
  return base.chain((doc) => {
    const all = positions(doc);
    return fc.tuple(fc.constantFrom(...all), fc.oneof(...mutations)).map(([path, [name, mutate]]) => {
      const next = mutate(at(doc, path) as Json);
      const out = path.length === 0 ? (next ?? null) : replaced(doc, path, next);
      return { doc: out, mutation: `${name} at ${path.join('.') || '(root)'}` };
    });
  });
}

/** One string of a document of `base` padded with spaces on both sides (the document itself when it holds no string). */
export function padded(base: fc.Arbitrary<Json>): fc.Arbitrary<Json> {
  return base.chain((doc) => {
    const strings = positions(doc).filter((path) => typeof at(doc, path) === 'string');
    if (strings.length === 0) return fc.constant(doc);
    return fc.tuple(fc.constantFrom(...strings), fc.constantFrom(1, 3, 40)).map(([path, n]) => {
      const pad = ' '.repeat(n);
      const next = `${pad}${at(doc, path) as string}${pad}`;
      return path.length === 0 ? next : replaced(doc, path, next);
    });
  });
}
