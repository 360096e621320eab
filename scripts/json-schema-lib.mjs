// JSON Schema generation shared by scripts/json-schema.mjs (build time, from
// the BUILT barrels) and the tests in test/json-schema/ (from src): one JSON
// Schema (draft 2020-12) per zod schema the public barrels export, named
// after the export: `submissionSchema` → `submission`, `recordsRequestSchema`
// → `records-request`, `weeklyScheduleSchema` → `weekly-schedule`.
//
// Everything is DERIVED from the zod schemas, so a field added to a schema
// flows into its file with no change here:
// - z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) gives
//   the shape (types, enums, lengths, required keys, defaults made optional,
//   unknown keys allowed where zod strips them);
// - the `override` hook then reads each zod node's checks, in order, and
//   states what the plain conversion drops:
//   - a `.regex()` is written with `[0-9]` for `\d` (Python's `re` reads `\d`
//     as any Unicode digit, JavaScript does not);
//   - `.trim()` followed by a length check becomes a pattern on the trimmed
//     text (JavaScript's trim set, spelled out: Python's `\s` differs), so
//     a blank name is refused and a padded short text is accepted, as zod
//     does; a `.max()` BEFORE `.trim()` stays `maxLength` on the raw string;
//   - a refinement with the library's issue code `invalid_date` becomes a
//     `$ref` to a calendar-date pattern that states the whole calendar (month
//     lengths, leap years); which years a node accepts is read by probing
//     the node, and the pattern is checked against the node on thousands of
//     dates before it is written (the build fails on any difference);
//   - a refinement with the issue code `invalid_time_zone` becomes a `$ref`
//     to a pattern of the IANA zone names that node accepts on the building
//     runtime (candidates: scripts/tz-names.json and Intl.supportedValuesOf),
//     in any letter case and padded, as the runtime reads them; checked
//     against the node on every name before it is written;
//   - an object refinement (a cross-field rule) is looked up in
//     OBJECT_RULES: either stated with `if`/`then` (or `dependentRequired`,
//     `oneOf`), or named as a limit of JSON Schema. A refinement the table
//     does not know FAILS the build: a new rule must be stated or named here.
// - Each file then gets an `$id`, its `$defs` and a `$comment` listing the
//   labels (`[time-order]`…) of exactly the limits that apply to it; the
//   corpus test (test/json-schema/corpus.test.ts) checks that every
//   disagreement between zod and Python's jsonschema or ajv carries one of
//   the labels of that file.
//
// `unrepresentable: 'throw'` (zod's default) rather than `'any'`: a future
// schema that cannot convert (a `z.date()`, a `z.custom()`) must fail the
// build by name, not ship as `{}`, which would accept anything.
import { readFileSync } from 'node:fs';

/** @typedef {Record<string, any>} JsonSchema */

/** Where the files are published: unpkg serves every file of every published version. */
export const ID_BASE = 'https://unpkg.com/duke-records-rules@{version}/dist/json-schema/';

/**
 * JavaScript's `String.prototype.trim` set (WhiteSpace and LineTerminator of
 * ECMA-262), as a character class body both ECMAScript and Python read the
 * same way. Python's `\s` differs (it includes U+001C–U+001F and U+0085).
 */
export const JS_SPACE = '\\u0009-\\u000d\\u0020\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const W = `[${JS_SPACE}]`;
const NOT_W = `[^${JS_SPACE}]`;
const ANY = '[\\s\\S]';

// Calendar dates `YYYY-MM-DD`, the whole Gregorian calendar: 31-day months,
// 30-day months, February to the 28th, and February 29 in leap years only
// (divisible by 4, centuries only when divisible by 400).
const MONTH_DAY = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))';
const LEAP_YEAR_FROM_1 = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][48]|[13579][26]|[2468]0)00)';
const LEAP_YEAR_FROM_100 = '(?:(?:0[1-9]|[1-9][0-9])(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)';
const YEAR_FROM_1 = '(?:[0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})';
const YEAR_FROM_100 = '(?:0[1-9][0-9]{2}|[1-9][0-9]{3})';
const date = (year, leap) => `(?:${year}-${MONTH_DAY}|${leap}-02-29)`;

/** The date patterns (unanchored bodies), by the first year a node accepts. */
const DATE_BODIES = { 1: date(YEAR_FROM_1, LEAP_YEAR_FROM_1), 100: date(YEAR_FROM_100, LEAP_YEAR_FROM_100) };

/**
 * The limits of JSON Schema the files can meet, by label. A file's
 * `$comment` lists the labels (with their text) of those that apply to it.
 */
export const LIMITS = {
  'time-order':
    'a time range whose end is not after its start (zod issue time_order) is refused by the library; JSON Schema cannot compare two strings of one document, so these files accept it',
  'closure-order':
    'a closure range whose `to` is before its `from` (date_order) or that spans 366 days or more (too_big) is refused by the library; JSON Schema cannot compute with dates, so these files accept it',
  'revocation-order':
    'a revocation dated before the signature (date_order) is refused by the library; JSON Schema cannot compare two dates of one document, so these files accept it',
  'zone-runtime':
    'the library accepts a time zone its runtime (ICU) knows; the zone pattern lists the IANA names (zones and links, any letter case) that the Node.js that built the package accepts, so a runtime with another tz database may accept a zone the pattern lacks, or refuse one it lists',
};

/**
 * The cross-field rules of the library, one entry per object refinement: how
 * to find its object (by its keys), and either `state` (the JSON Schema that
 * says the same) or `limits` (the labels of LIMITS it cannot say), or both.
 * @type {{ id: string, keys: string[], state?: (json: JsonSchema, exports: Map<string, unknown>) => void, limits?: (keyof typeof LIMITS)[] }[]}
 */
export const OBJECT_RULES = [
  {
    // to-duke: a password cannot be enclosed with media that are not password protected.
    id: 'password-enclosed-needs-protection',
    keys: ['passwordEnclosed', 'passwordProtected'],
    state: (json) =>
      allOf(json, {
        if: { type: 'object', properties: { passwordEnclosed: { const: true } }, required: ['passwordEnclosed'] },
        then: { type: 'object', properties: { passwordProtected: { const: true } }, required: ['passwordProtected'] },
      }),
  },
  {
    // lake-norman: patient care is asked only by the patient, a legal representative or a provider.
    id: 'patient-care-requesters',
    keys: ['purpose', 'requester'],
    state: (json, exports) =>
      allOf(json, {
        if: { type: 'object', properties: { purpose: { const: 'patient-care' } }, required: ['purpose', 'requester'] },
        then: { type: 'object', properties: { requester: { enum: [...exported(exports, 'PATIENT_CARE_REQUESTERS')] } } },
      }),
  },
  {
    // hipaa: `patient` and `signer` together; `signature.signedBy` required without a signer, and agreeing with the signer's role.
    id: 'authorization-signer',
    keys: ['patient', 'signer', 'signature'],
    state: (json) => {
      json.dependentRequired = { patient: ['signer'], signer: ['patient'] };
      allOf(
        json,
        {
          if: { type: 'object', required: ['signature'], not: { type: 'object', required: ['signer'] } },
          then: { type: 'object', properties: { signature: { type: 'object', required: ['signedBy'] } } },
        },
        {
          if: {
            type: 'object',
            properties: { signer: { type: 'object', properties: { role: { const: 'patient' } }, required: ['role'] }, signature: { type: 'object', required: ['signedBy'] } },
            required: ['signer', 'signature'],
          },
          then: { type: 'object', properties: { signature: { type: 'object', properties: { signedBy: { const: 'individual' } } } } },
        },
        {
          if: {
            type: 'object',
            properties: { signer: { type: 'object', properties: { role: { not: { const: 'patient' } } }, required: ['role'] }, signature: { type: 'object', required: ['signedBy'] } },
            required: ['signer', 'signature'],
          },
          then: { type: 'object', properties: { signature: { type: 'object', properties: { signedBy: { not: { const: 'individual' } } } } } },
        },
        {
          // "At the request of the individual", initiated by the individual, cannot be sought by the covered entity.
          if: {
            type: 'object',
            properties: {
              soughtBy: { const: 'covered-entity' },
              purpose: {
                type: 'object',
                properties: { kind: { const: 'at-request-of-individual' }, initiatedByIndividual: { const: true } },
                required: ['kind', 'initiatedByIndividual'],
              },
            },
            required: ['soughtBy', 'purpose'],
          },
          then: false,
        },
      );
    },
    // A revocation dated before the signature: two dates compared.
    limits: ['revocation-order'],
  },
  {
    // hours: a closure is `{ date }` or `{ from, to }`; `to` not before `from`, fewer than 366 days.
    id: 'closure',
    keys: ['date', 'from', 'to'],
    state: (json) =>
      allOf(json, {
        oneOf: [
          { type: 'object', required: ['date'], not: { anyOf: [{ type: 'object', required: ['from'] }, { type: 'object', required: ['to'] }] } },
          { type: 'object', required: ['from', 'to'], not: { type: 'object', required: ['date'] } },
        ],
      }),
    limits: ['closure-order'],
  },
  {
    // hours: a time range ends after it starts.
    id: 'time-range-order',
    keys: ['start', 'end'],
    limits: ['time-order'],
  },
];

/** Adds conditions to a schema's `allOf`. */
function allOf(json, ...conditions) {
  json.allOf = [...(json.allOf ?? []), ...conditions];
}

/** A value the barrels export (PATIENT_CARE_REQUESTERS…), or a build failure. */
function exported(exports, name) {
  if (!exports.has(name)) throw new Error(`json-schema: the barrels do not export ${name}`);
  return /** @type {readonly string[]} */ (exports.get(name));
}

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

/** The checks of a zod node, as their definitions. */
const checksOf = (schema) => (schema._zod.def.checks ?? []).map((c) => c._zod.def);

/** Whether an `overwrite` check is `.trim()`: probed on JavaScript's whole trim set. */
function isTrim(tx) {
  return tx(' \t\n\u00a0\u2028\u3000\ufeffa b\u2029\u1680 ') === 'a b' && tx('\u0085x\u200b') === '\u0085x\u200b';
}

/** A pattern on the trimmed text: its length in code points from `min` to `max` (either may be absent). */
function trimmedLength(min, max) {
  if (max === undefined) {
    if (min <= 0) return null;
    return min === 1 ? NOT_W : `^${W}*${NOT_W}${ANY}{${min - 2},}${NOT_W}${W}*$`;
  }
  const inner = (lo) => (max === 1 ? NOT_W : `${NOT_W}(?:${ANY}{${Math.max(lo, 0)},${max - 2}}${NOT_W})${lo >= 0 ? '' : '?'}`);
  if (min <= 0) return `^${W}*(?:${inner(-1)})?${W}*$`;
  if (min === 1) return `^${W}*${inner(-1)}${W}*$`;
  return `^${W}*${inner(min - 2)}${W}*$`;
}

/** A regex of the library rewritten for both engines: `\d` → `[0-9]`; other class escapes are refused. */
function portableRegex(regex) {
  const source = regex.source.replace(/\\d/g, '[0-9]');
  if (/\\[wWsSbBD]/.test(source) || regex.flags.replace(/[u]/g, '') !== '') throw new Error(`json-schema: cannot write /${regex.source}/${regex.flags} portably`);
  return source;
}

/** Years 0001–0099: does this date node accept them (the hours dates do not)? */
function firstYear(schema, padded) {
  const parse = (s) => schema.safeParse(padded ? ` ${s} ` : s).success;
  if (parse('0050-01-01')) return 1;
  if (parse('0100-01-01') && !parse('0099-12-31')) return 100;
  throw new Error('json-schema: a date node accepts no year the generator knows');
}

/** Checks a date pattern against its zod node on every month/day of a set of years; throws on a difference. */
function verifyDates(schema, pattern, padded) {
  const re = new RegExp(pattern, 'u');
  const years = ['0000', '0001', '0004', '0050', '0099', '0100', '0400', '1600', '1700', '1900', '1999', '2000', '2023', '2024', '2100', '2400', '9996', '9999'];
  for (const y of years)
    for (let m = 0; m <= 13; m++)
      for (let d = 0; d <= 32; d++) {
        const raw = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const s = padded ? ` ${raw}\u00a0` : raw;
        if (re.test(s) !== schema.safeParse(s).success) throw new Error(`json-schema: the date pattern and zod disagree on ${raw}`);
      }
}

/** Zone names the building runtime accepts, for a zone node. */
function zoneNames(schema) {
  const { names } = JSON.parse(readFileSync(new URL('./tz-names.json', import.meta.url), 'utf8'));
  const candidates = new Set([...names, ...Intl.supportedValuesOf('timeZone'), 'UTC']);
  const accepted = [...candidates].filter((zone) => schema.safeParse(zone).success).sort();
  if (accepted.length < 300) throw new Error(`json-schema: only ${accepted.length} time zones accepted`);
  return accepted;
}

/** One character of a zone name in a pattern, in either letter case. */
const zoneChar = (c) => (c.toUpperCase() !== c.toLowerCase() ? `[${c.toUpperCase()}${c.toLowerCase()}]` : /[A-Za-z0-9_/-]/.test(c) ? c : `\\${c}`);

/** A pattern that matches exactly the given words, in any letter case: a trie, so shared prefixes are written once. */
function anyCaseAlternation(words) {
  /** @typedef {{ end: boolean, next: Map<string, any> }} Node */
  /** @type {Node} */
  const root = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const c of word.toLowerCase()) {
      if (!node.next.has(c)) node.next.set(c, { end: false, next: new Map() });
      node = node.next.get(c);
    }
    node.end = true;
  }
  /** @param {Node} node */
  const emit = (node) => {
    const alternatives = [...node.next].sort(([a], [b]) => a.localeCompare(b)).map(([c, child]) => zoneChar(c) + emit(child));
    if (alternatives.length === 0) return '';
    const body = alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
    return node.end ? (alternatives.length === 1 ? `(?:${body})?` : `${body}?`) : body;
  };
  return emit(root);
}

/** The zone pattern of a zone node, checked against the node on every name in three spellings, padded too. */
function zonePattern(schema, trimmed) {
  const names = zoneNames(schema);
  const pattern = trimmed ? `^${W}*${anyCaseAlternation(names)}${W}*$` : `^${anyCaseAlternation(names)}$`;
  const re = new RegExp(pattern, 'u');
  for (const name of [...names, 'Mars/Olympus', 'America/New_Yrok', 'America', 'America/', '']) {
    for (const s of [name, name.toLowerCase(), name.toUpperCase(), ` ${name}\u00a0`, `${name}\n`])
      if (re.test(s) !== schema.safeParse(s).success) throw new Error(`json-schema: the zone pattern and zod disagree on ${JSON.stringify(s)}`);
  }
  return { names, pattern };
}

/**
 * Rewrites the JSON Schema of one zod string node from its checks, in order.
 * @param {any} schema the zod node
 * @param {JsonSchema} json its JSON Schema (rewritten in place)
 * @param {{ defs: Map<string, JsonSchema>, limits: Set<string> }} file
 */
function rewriteString(schema, json, file) {
  let trimmed = false;
  /** @type {number | undefined} */
  let rawMax;
  /** @type {number | undefined} */
  let rawMin;
  let trimmedMin = 0;
  /** @type {number | undefined} */
  let trimmedMax;
  /** @type {string[]} */
  const patterns = [];
  /** @type {string | undefined} */
  let ref;
  for (const check of checksOf(schema)) {
    switch (check.check) {
      case 'max_length':
        if (trimmed) trimmedMax = Math.min(trimmedMax ?? Infinity, check.maximum);
        else rawMax = Math.min(rawMax ?? Infinity, check.maximum);
        break;
      case 'min_length':
        if (trimmed) trimmedMin = Math.max(trimmedMin, check.minimum);
        else rawMin = Math.max(rawMin ?? 0, check.minimum);
        break;
      case 'overwrite':
        if (!isTrim(check.tx)) throw new Error('json-schema: a string transform other than trim');
        trimmed = true;
        break;
      case 'string_format':
        if (check.format !== 'regex' || trimmed) throw new Error(`json-schema: a string format the generator does not write (${check.format})`);
        patterns.push(portableRegex(check.pattern));
        break;
      case 'custom': {
        const code = check.params?.code;
        if (code === 'invalid_date') {
          const year = firstYear(schema, trimmed);
          const name = `${trimmed ? 'padded' : ''}${year === 1 ? 'calendarDate' : 'scheduleDate'}`.replace(/^padded(.)/, (_, c) => `padded${c.toUpperCase()}`);
          const pattern = trimmed ? `^${W}*${DATE_BODIES[year]}${W}*$` : `^${DATE_BODIES[year]}$`;
          verifyDates(schema, pattern, trimmed);
          const what = year === 1 ? 'years 0001 to 9999' : 'years 0100 to 9999 (the hours module reads years before 0100 as no date)';
          file.defs.set(name, {
            type: 'string',
            description: `A real calendar date YYYY-MM-DD, ${what}, ASCII digits only; month lengths and leap years included${trimmed ? '; surrounding whitespace allowed (the library trims it)' : ''}.`,
            pattern,
          });
          ref = `#/$defs/${name}`;
          trimmedMax = undefined; // the pattern bounds the trimmed text
          break;
        }
        if (code === 'invalid_time_zone') {
          const zones = zonePattern(schema, trimmed);
          file.defs.set('timeZone', {
            type: 'string',
            description: `An IANA time zone name (${zones.names.length} names of the tz database, links included), in any letter case${trimmed ? ', surrounding whitespace allowed' : ''}, as the library reads it.`,
            examples: ['America/New_York', 'Europe/London', 'UTC'],
            pattern: zones.pattern,
          });
          file.limits.add('zone-runtime');
          ref = '#/$defs/timeZone';
          trimmedMax = undefined;
          break;
        }
        throw new Error(`json-schema: a string refinement the generator does not know (issue code ${String(code)}); state it or name it in scripts/json-schema-lib.mjs`);
      }
      default:
        throw new Error(`json-schema: a string check the generator does not know (${check.check})`);
    }
  }
  if (trimmed) {
    // A length check after `.trim()` applies to the trimmed text: a pattern says it.
    const length = trimmedLength(trimmedMin, trimmedMax);
    if (length !== null) patterns.push(length);
  }
  // A length check before `.trim()` (or without one) bounds the raw string.
  delete json.maxLength;
  delete json.minLength;
  if (rawMin !== undefined) json.minLength = rawMin;
  if (rawMax !== undefined) json.maxLength = rawMax;
  delete json.pattern;
  delete json.allOf;
  if (ref !== undefined) json.$ref = ref;
  if (patterns.length === 1) json.pattern = patterns[0];
  else if (patterns.length > 1) json.allOf = patterns.map((pattern) => ({ pattern }));
}

/**
 * Applies the cross-field rules of one zod object node.
 * @param {any} schema the zod node
 * @param {JsonSchema} json its JSON Schema (rewritten in place)
 * @param {{ limits: Set<string>, exports: Map<string, unknown>, used: Set<string> }} file
 */
function rewriteObject(schema, json, file) {
  const refinements = checksOf(schema).filter((c) => c.check === 'custom');
  if (refinements.length === 0) return;
  const keys = Object.keys(schema._zod.def.shape);
  const rules = OBJECT_RULES.filter((rule) => rule.keys.every((k) => keys.includes(k)));
  if (rules.length !== 1 || refinements.length !== 1)
    throw new Error(
      `json-schema: an object refinement the generator does not know (keys ${keys.join(', ')}); state it or name it in OBJECT_RULES of scripts/json-schema-lib.mjs`,
    );
  const [rule] = rules;
  rule.state?.(json, file.exports);
  for (const limit of rule.limits ?? []) file.limits.add(limit);
  file.used.add(rule.id);
}

/** The `$comment` of a file: where it comes from, and exactly what it cannot say. */
function commentOf(exportName, limits) {
  const head = `Generated from the zod schema ${exportName} of duke-records-rules (scripts/json-schema-lib.mjs).`;
  if (limits.size === 0) return `${head} Cannot express: nothing. Every rule of the schema is stated here (types, enums, required keys, lengths, calendar dates, trimming, cross-field rules); the evaluators' own checks that need "today" (a date after asOf) are not schema rules.`;
  return `${head} Cannot express: ${[...limits]
    .sort()
    .map((label) => `[${label}] ${LIMITS[label]}`)
    .join('; ')}.`;
}

/**
 * One JSON Schema per public zod schema.
 * @param {{ toJSONSchema: (schema: any, options: object) => JsonSchema }} z the `z` of zod v4
 * @param {Record<string, unknown>[]} barrels module namespaces (root, /hours…)
 * @param {{ version?: string, requireAllRules?: boolean }} [options] the package version (for the `$id`s); whether every entry of OBJECT_RULES must be met
 * @returns {Map<string, JsonSchema>} file name (without `.json`) → JSON Schema
 */
export function jsonSchemas(z, barrels, options = {}) {
  const version = options.version ?? '0.0.0';
  const exports = new Map(barrels.flatMap((b) => Object.entries(b)));
  /** @type {Set<string>} */
  const used = new Set();
  /** @type {Map<string, JsonSchema>} */
  const out = new Map();
  for (const { name, exportName, schema } of publicSchemas(barrels)) {
    const file = { defs: new Map(), limits: new Set(), exports, used };
    let generated;
    try {
      generated = z.toJSONSchema(schema, {
        io: 'input',
        unrepresentable: 'throw',
        override: ({ zodSchema, jsonSchema }) => {
          const type = zodSchema._zod.def.type;
          if (type === 'string') rewriteString(zodSchema, jsonSchema, file);
          else if (type === 'object') rewriteObject(zodSchema, jsonSchema, file);
        },
      });
    } catch (err) {
      throw new Error(`json-schema/${name}.json: ${exportName} cannot be converted (${err instanceof Error ? err.message : String(err)})`);
    }
    const { $schema, ...rest } = generated;
    const defs = Object.fromEntries([...file.defs].sort(([a], [b]) => a.localeCompare(b)));
    out.set(name, {
      $schema,
      $id: `${ID_BASE.replace('{version}', version)}${name}.json`,
      title: `duke-records-rules ${exportName} (input)`,
      $comment: commentOf(exportName, file.limits),
      ...rest,
      ...(file.defs.size > 0 ? { $defs: defs } : {}),
    });
  }
  if (options.requireAllRules === true) {
    const unused = OBJECT_RULES.filter((rule) => !used.has(rule.id)).map((rule) => rule.id);
    if (unused.length > 0) throw new Error(`json-schema: OBJECT_RULES no schema has: ${unused.join(', ')}`);
  }
  return out;
}
