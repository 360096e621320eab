/**
 * Differential test of the published JSON Schemas: generated in memory from
 * src with the same function the build uses (scripts/json-schema-lib.mjs),
 * then, on fast-check documents (valid by JSON Schema, single mutations of
 * them, padded strings, and arbitrary JSON), ajv and zod `safeParse` must
 * agree. (corpus.test.ts compares Python's jsonschema too, on a fixed
 * corpus.)
 *
 * Where they cannot agree the difference is one of the limits each file's
 * `$comment` names, and its direction is asserted: zod refuses, ajv
 * accepts, and every zod issue is a refinement whose issue code is one of
 * the limits: `time_order` ([time-order]: a time range ending before it
 * starts), `date_order` or `too_big` on a closure ([closure-order]).
 * Anything else that disagrees fails the test. (Lengths agree: zod 4
 * counts code points, as JSON Schema does, so emoji count once in both.)
 */
import { Ajv2020 } from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isZodSchema, jsonSchemas, OBJECT_RULES, publicSchemas, schemaFileName, type JsonSchema } from '../../scripts/json-schema-lib.mjs';
import * as catalog from '../../src/catalog/index';
import * as hipaa from '../../src/hipaa/index';
import * as hours from '../../src/hours/index';
import * as lakeNorman from '../../src/lake-norman/index';
import * as toDuke from '../../src/to-duke/index';
import * as root from '../../src/index';
import * as phone from '../../src/phone/index';
import * as tracking from '../../src/tracking/index';
import { mutated, padded, valid, type Json } from './arbitraries';

const BARRELS = [root, hours, phone, tracking] as unknown as Record<string, unknown>[];
const SCHEMAS = jsonSchemas(z, BARRELS, { requireAllRules: true });
const ZOD = new Map(publicSchemas(BARRELS).map(({ name, schema }) => [name, schema as z.ZodType]));

const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: false });
const VALIDATE = new Map([...SCHEMAS].map(([name, schema]) => [name, ajv.compile(schema)]));

/** The library's issue codes of the refinements JSON Schema cannot state (see LIMITS). */
const UNSTATED = new Set(['time_order', 'date_order', 'too_big']);

/** Whether every zod issue is a refinement JSON Schema cannot state. */
function unstatedOnly(issues: readonly z.core.$ZodIssue[]): boolean {
  return issues.every((issue) => issue.code === 'custom' && UNSTATED.has(String((issue.params as { code?: unknown } | undefined)?.code)));
}

type Outcome = 'both accept' | 'both refuse' | 'zod only refuses';

/** How often each outcome came up in the generated runs, over all schemas. */
const TALLY = new Map<Outcome, number>();

/** Compares ajv and zod on one document; throws on an unexplained disagreement. */
function compare(name: string, doc: unknown): Outcome {
  const byAjv = (VALIDATE.get(name) as (d: unknown) => boolean)(doc);
  const byZod = (ZOD.get(name) as z.ZodType).safeParse(doc);
  if (byAjv === byZod.success) return byAjv ? 'both accept' : 'both refuse';
  if (byAjv) {
    const issues = (byZod as { error: z.ZodError }).error.issues;
    if (!unstatedOnly(issues)) throw new Error(`${name}: ajv accepts, zod refuses without a known reason: ${JSON.stringify(issues)}`);
    return 'zod only refuses';
  }
  throw new Error(`${name}: zod accepts, ajv refuses: ${JSON.stringify(ajv.errors)}`);
}

describe('JSON Schema generation', () => {
  it('names a file after each exported zod schema', () => {
    expect(schemaFileName('submissionSchema')).toBe('submission');
    expect(schemaFileName('recordsRequestSchema')).toBe('records-request');
    expect(schemaFileName('weeklyScheduleSchema')).toBe('weekly-schedule');
    expect(schemaFileName('patientSituationSchema')).toBe('patient-situation');
    expect(isZodSchema(root.submissionSchema)).toBe(true);
    expect(isZodSchema(catalog.RULES)).toBe(false);
    expect(isZodSchema(null)).toBe(false);
  });

  it('covers the public input schemas of the root and /hours', () => {
    for (const name of ['submission', 'records-request', 'fax-request', 'authorization', 'access-extension', 'weekly-schedule', 'patient', 'channel']) {
      expect(SCHEMAS.has(name), name).toBe(true);
    }
    // Every zod schema a barrel exports gets a file, and nothing else does.
    const exported = BARRELS.flatMap((b) => Object.values(b)).filter(isZodSchema);
    expect(SCHEMAS.size).toBe(new Set(exported).size);
    // The domain subpaths and the catalog export no zod schema the root does not: the root's files cover them.
    const fromRoot = new Set(exported);
    const fromDomains = [toDuke, lakeNorman, hipaa, catalog].flatMap((b) => Object.values(b as Record<string, unknown>)).filter(isZodSchema);
    expect(fromDomains.length).toBeGreaterThan(0);
    for (const schema of fromDomains) expect(fromRoot.has(schema)).toBe(true);
  });

  it('writes draft 2020-12 schemas of the input side, with an $id, the title and what the file cannot express', () => {
    const submission = SCHEMAS.get('submission') as JsonSchema;
    expect(submission.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(submission.$id).toBe('https://unpkg.com/duke-records-rules@0.0.0/dist/json-schema/submission.json');
    expect(jsonSchemas(z, BARRELS, { version: '1.2.3' }).get('patient')?.$id).toBe('https://unpkg.com/duke-records-rules@1.2.3/dist/json-schema/patient.json');
    expect(submission.title).toBe('duke-records-rules submissionSchema (input)');
    expect(submission.$comment).toContain('submissionSchema');
    expect(submission.$comment).toContain('Cannot express: nothing.');
    expect(SCHEMAS.get('weekly-schedule')?.$comment).toMatch(/Cannot express: \[closure-order\] .*; \[time-order\] .*; \[zone-runtime\] /);
    expect(Object.keys(submission.$defs as object)).toEqual(['calendarDate']);
    // No \d, \w or \s (Python reads them otherwise), but for [\s\S] (any character in both).
    expect(JSON.stringify([...SCHEMAS.values()]).replaceAll('[\\\\s\\\\S]', '')).not.toMatch(/\\\\[dDwWsS]/);
    expect(submission.required).toEqual(['sender', 'patient', 'items']); // `actions` has a default: optional on input
    expect(submission.additionalProperties).toBeUndefined(); // zod strips unknown keys: allowed
  });

  it('refuses a schema that cannot be converted, and two exports with one file name', () => {
    expect(() => jsonSchemas(z, [{ whenSchema: z.date() }])).toThrow(/json-schema\/when\.json: whenSchema cannot be converted/);
    // A refinement the generator does not know fails the build: it must be stated or named.
    expect(() => jsonSchemas(z, [{ oddSchema: z.string().refine((s) => s !== 'x') }])).toThrow(/a string refinement the generator does not know/);
    expect(() => jsonSchemas(z, [{ pairSchema: z.object({ a: z.number(), b: z.number() }).refine((p) => p.a < p.b) }])).toThrow(/an object refinement the generator does not know \(keys a, b\)/);
    expect(() => jsonSchemas(z, [{ upperSchema: z.string().toUpperCase() }])).toThrow(/a string transform other than trim/);
    expect(() => jsonSchemas(z, [{ wordSchema: z.string().regex(/^\w+$/) }])).toThrow(/cannot write \/\^\\w\+\$\/ portably/);
    expect(() => jsonSchemas(z, [{ aSchema: z.string() }], { requireAllRules: true })).toThrow(/OBJECT_RULES no schema has: password-enclosed-needs-protection/);
    expect(OBJECT_RULES.map((r) => r.id)).toEqual(['password-enclosed-needs-protection', 'patient-care-requesters', 'authorization-signer', 'closure', 'time-range-order']);
    expect(() => jsonSchemas(z, [{ aSchema: z.string() }, { a: z.number() }])).toThrow(/two exports map to json-schema\/a\.json/);
    const shared = z.string();
    expect([...jsonSchemas(z, [{ aSchema: shared }, { aSchema: shared }]).keys()]).toEqual(['a']); // one schema re-exported twice
  });
});

describe('ajv and zod agree, except in the known cases', () => {
  // Realistic documents, mutated below along with the generated ones.
  const FIXTURES: Record<string, Json[]> = {
    submission: [
      {
        sender: 'external-clinic',
        patient: { name: 'Jane Q. Doe', dateOfBirth: '1980-02-29', recordNumber: 'D1234567' },
        items: [
          { kind: 'media', medium: 'cd', radiology: ['mri'], passwordProtected: true, passwordEnclosed: true, label: { name: true, dateOfBirth: true, recordNumber: true } },
          { kind: 'paper', pages: 40, label: { name: true, dateOfBirth: true, everyPage: false, method: 'handwritten' } },
        ],
        channel: { kind: 'mail', carrier: 'usps', trackingNumber: '9400111201080805483016' },
        actions: { notifiedMedicalRecords: false, followUp: 'phone' },
        preferredLanguage: 'es',
      },
    ],
    'records-request': [
      {
        requester: 'attorney',
        recipient: 'third-party',
        purpose: 'other',
        channel: 'fax',
        formLanguage: 'es',
        preferredLanguage: 'es',
        patient: { situation: 'minor', dateOfBirth: '2012-05-01' },
        signer: { role: 'custodial-parent', proof: [] },
      },
    ],
    'weekly-schedule': [
      {
        timeZone: 'America/New_York',
        weekly: { monday: [{ start: '08:00', end: '16:30' }], friday: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '16:30' }] },
        closures: [{ date: '2026-12-25' }, { from: '2026-12-24', to: '2027-01-01' }],
      },
    ],
    authorization: [
      {
        information: 'All records from 2020 to 2024',
        disclosedBy: 'Duke Health Lake Norman Hospital',
        disclosedTo: 'Dr. Smith',
        purpose: { kind: 'described', descriptions: ['continuing care'] },
        expiration: { kind: 'date', date: '2027-01-01' },
        signature: { signedBy: 'individual', signedOn: '2026-01-05' },
        statements: { revocation: 'how-to-revoke', conditioning: 'may-not-condition', redisclosure: true },
        patient: { situation: 'adult' },
        signer: { role: 'patient' },
      },
    ],
    'access-extension': [{ writtenNoticeOn: '2026-02-01', reasonStated: true, expectedOn: '2026-03-01' }],
  };

  it('the fixtures are accepted by both', () => {
    for (const [name, docs] of Object.entries(FIXTURES)) for (const doc of docs) expect(compare(name, doc), name).toBe('both accept');
  });

  for (const name of [...SCHEMAS.keys()]) {
    const schema = SCHEMAS.get(name) as JsonSchema;
    // Generated documents that the JSON Schema accepts (its conditions are applied by filtering), or a fixture.
    const check = VALIDATE.get(name) as (d: unknown) => boolean;
    const generated = valid(schema).filter((doc) => check(doc));
    const base = FIXTURES[name] === undefined ? generated : fc.oneof(generated, fc.constantFrom(...(FIXTURES[name] as Json[])));

    const tally = (outcome: Outcome, seen: Set<Outcome>) => {
      seen.add(outcome);
      TALLY.set(outcome, (TALLY.get(outcome) ?? 0) + 1);
    };

    it(`${name}: documents valid by JSON Schema`, () => {
      const seen = new Set<Outcome>();
      fc.assert(fc.property(base, (doc) => tally(compare(name, doc), seen)));
      expect(seen.has('both accept')).toBe(true);
      expect(seen.has('both refuse')).toBe(false); // valid by construction: ajv accepts them all
    });

    it(`${name}: single mutations (wrong type, missing key, bad enum, too long, out of range, extra key)`, () => {
      const seen = new Set<Outcome>();
      fc.assert(
        fc.property(mutated(base), ({ doc }) => tally(compare(name, doc), seen)),
      );
      expect(seen.has('both refuse')).toBe(true);
    });

    it(`${name}: a string padded with spaces (zod trims some strings before their length check)`, () => {
      fc.assert(fc.property(padded(base), (doc) => tally(compare(name, doc), new Set())));
    });

    it(`${name}: arbitrary JSON`, () => {
      fc.assert(fc.property(fc.jsonValue({ maxDepth: 3 }), (doc) => void compare(name, doc)));
    });
  }

  it('the generated documents reach every outcome, the known disagreements included', () => {
    expect([...TALLY.keys()].sort()).toEqual(['both accept', 'both refuse', 'zod only refuses']);
  });
});

describe('the known disagreements, in their known direction', () => {
  const ajvOf = (name: string, doc: unknown) => (VALIDATE.get(name) as (d: unknown) => boolean)(doc);
  const zodOf = (name: string, doc: unknown) => (ZOD.get(name) as z.ZodType).safeParse(doc).success;
  const submission = (patch: Record<string, unknown>) => ({
    sender: 'patient',
    patient: { name: 'Jane Doe', dateOfBirth: '1980-02-29' },
    items: [{ kind: 'paper', pages: 1 }],
    ...patch,
  });
  const request = (patch: Record<string, unknown>) => ({
    requester: 'patient',
    recipient: 'patient',
    purpose: 'other',
    patient: { situation: 'adult' },
    signer: { role: 'patient' },
    ...patch,
  });

  // What the JSON Schema now states, where it used to accept what zod refuses (and the reverse): both agree.
  const agreed: [string, unknown, boolean, string][] = [
    ['submission', submission({ patient: { name: 'Jane Doe', dateOfBirth: '1980-02-30' } }), false, 'not a calendar date'],
    ['submission', submission({ patient: { name: 'Jane Doe', dateOfBirth: '12/31/1999' } }), false, 'a slash date'],
    ['submission', submission({ items: [{ kind: 'media', medium: 'cd', passwordEnclosed: true }] }), false, 'password enclosed, media unprotected'],
    ['submission', submission({ patient: { name: '   ', dateOfBirth: '1980-02-29' } }), false, 'name blank once trimmed'],
    ['submission', submission({ patient: { name: '\u200b', dateOfBirth: '1980-02-29' } }), true, 'a zero-width space is not whitespace to trim'],
    ['records-request', request({ requester: 'attorney', purpose: 'patient-care' }), false, 'patient care asked by an attorney'],
    ['records-request', request({ patient: { situation: 'minor', dateOfBirth: '2012-02-30' } }), false, "a minor's impossible date of birth"],
    ['records-request', request({ preferredLanguage: `${' '.repeat(40)}es${' '.repeat(40)}` }), true, 'preferredLanguage: 82 characters, 2 once trimmed'],
    ['records-request', request({ patient: { situation: 'minor', dateOfBirth: '  2012-05-01  ' } }), true, "a minor's dateOfBirth: 14 characters, 10 once trimmed"],
    ['fax-request', { requester: 'insurance-company', purpose: 'patient-care' }, false, 'patient care asked by an insurer'],
    ['fax-request', { purpose: 'patient-care' }, true, 'patient care, requester not given'],
    ['authorization', { patient: { situation: 'adult' } }, false, 'a patient without a signer'],
    ['authorization', { signature: {} }, false, 'no signedBy and no signer'],
    ['authorization', { signature: { signedBy: 'individual' }, patient: { situation: 'adult' }, signer: { role: 'next-of-kin' } }, false, 'signed by the individual, signer not the patient'],
    ['authorization', { signature: { signedBy: 'personal-representative' }, patient: { situation: 'adult' }, signer: { role: 'patient' } }, false, 'signed by a representative, signer the patient'],
    ['access-extension', { writtenNoticeOn: '2026-02-30' }, false, 'not a calendar date'],
    ['access-extension', { writtenNoticeOn: ' 2026-02-28 ' }, true, 'a padded date (trimmed)'],
    ['weekly-schedule', { timeZone: 'Mars/Olympus', weekly: {} }, false, 'unknown time zone'],
    ['weekly-schedule', { timeZone: 'america/new_york', weekly: {} }, true, 'a zone in lower case'],
    ['weekly-schedule', { timeZone: 'America/New_York', weekly: { monday: [{ start: '٠٨:٠٠', end: '16:30' }] } }, false, 'Arabic-Indic digits'],
    ['weekly-schedule', { timeZone: 'America/New_York', weekly: {}, closures: [{ from: '2026-12-24' }] }, false, 'a closure range without its end'],
    ['weekly-schedule', { timeZone: 'America/New_York', weekly: {}, closures: [{ date: '0099-12-31' }] }, false, 'a closure before year 100'],
  ];
  it.each(agreed)('%s: both agree (%#: %s)', (name, doc, accepted) => {
    expect(zodOf(name, doc)).toBe(accepted);
    expect(ajvOf(name, doc)).toBe(accepted);
  });

  // Each row: schema, document, the limit. ajv accepts, zod refuses.
  const zodStricter: [string, unknown, string][] = [
    ['weekly-schedule', { timeZone: 'America/New_York', weekly: { monday: [{ start: '16:30', end: '08:00' }] } }, 'time-order'],
    ['weekly-schedule', { timeZone: 'America/New_York', weekly: {}, closures: [{ from: '2026-12-26', to: '2026-12-24' }] }, 'closure-order'],
    ['weekly-schedule', { timeZone: 'America/New_York', weekly: {}, closures: [{ from: '2024-01-01', to: '2025-01-01' }] }, 'closure-order'],
  ];
  it.each(zodStricter)('%s: ajv accepts, zod refuses (%#: [%s])', (name, doc, label) => {
    expect(ajvOf(name, doc)).toBe(true);
    expect(zodOf(name, doc)).toBe(false);
    expect(compare(name, doc)).toBe('zod only refuses');
    expect(SCHEMAS.get(name)?.$comment).toContain(`[${label}]`);
  });

  it('lengths are counted the same way (code points): emoji agree', () => {
    const name = (n: number) => submission({ patient: { name: '😀'.repeat(n), dateOfBirth: '1980-02-29' } });
    expect(compare('submission', name(200))).toBe('both accept'); // 400 UTF-16 units
    expect(compare('submission', name(201))).toBe('both refuse');
  });

  it('an unexplained disagreement fails the comparison', () => {
    // Stand-in zod schemas that disagree with submission.json for no known reason.
    const name = 'submission';
    const saved = ZOD.get(name) as z.ZodType;
    try {
      ZOD.set(name, z.any().refine(() => true).pipe(z.never()));
      expect(() => compare(name, submission({}))).toThrow(/zod refuses without a known reason/);
      ZOD.set(name, z.any());
      expect(() => compare(name, { sender: 7 })).toThrow(/zod accepts, ajv refuses/);
    } finally {
      ZOD.set(name, saved);
    }
  });
});
