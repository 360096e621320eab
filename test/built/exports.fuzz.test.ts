/**
 * Every function exported by every entry of the BUILT package is total.
 *
 * The exports are found, not listed: each subpath of `package.json#exports`
 * is imported from its built ESM file in `dist/` (and, for every entry, its
 * CJS file through `createRequire`), and every export whose `typeof` is
 * `'function'` is called with each hostile value in each argument position
 * (`Math.max(fn.length, 2) + 1` positions at least: optional parameters do
 * not count in `length`). The other positions hold `undefined` and, when the
 * function is in {@link SAMPLES}, its valid sample argument. Objects that a
 * function returns with a Standard Schema `['~standard'].validate` (the
 * evaluator factories) are fuzzed the same way, and so is `.safeParse` /
 * `['~standard'].validate` of every exported schema.
 *
 * Each call: does not throw; a returned promise resolves; the result has no
 * NaN inside a date-like string, no `Invalid Date` and no invalid `Date`;
 * `({}).polluted` stays undefined and `Object.prototype` gets no new key;
 * the call returns within {@link BOUND_MS}.
 *
 * So that a new export cannot escape unnoticed: every exported function must
 * be named either in {@link SAMPLES} (valid arguments known) or in
 * {@link NO_SAMPLE} (hostile values in every position are enough, and say
 * why); a name in neither fails the suite, and so does a stale name in either.
 * Exported plain data (arrays, objects) must be deeply frozen, except the
 * entries of {@link KNOWN_UNFROZEN}, which fail the suite once they are frozen.
 *
 * Runs after `npm run build` (`npm run test:built`); the main
 * `vitest run --coverage` does not pick it up.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { prototypePolluted, throwingProxy } from '../support/hostile';
import { rawSubmission } from '../support/submission-fixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

type Entry = { readonly import: { readonly default: string }; readonly require: { readonly default: string } };
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { exports: Record<string, Entry | string> };
/** The JavaScript entries of the package (`./json-schema/*` and `./package.json` are data). */
const ENTRIES = Object.entries(pkg.exports).filter((e): e is [string, Entry] => typeof e[1] === 'object');

/** A generous bound: each call is microseconds to milliseconds. */
const BOUND_MS = 2_000;

/** The hostile values of the issue, by label (the label names the exact failing input). */
const HOSTILE: readonly (readonly [string, () => unknown])[] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['NaN', () => Number.NaN],
  ["''", () => ''],
  ['[]', () => []],
  ['{}', () => ({})],
  ['100k string', () => 'x'.repeat(100_000)],
  ['__proto__ JSON', () => JSON.parse('{"__proto__":{"polluted":1}}')],
  ['throwing proxy', () => throwingProxy()],
  ['invalid Date', () => new Date(Number.NaN)],
];

const AUTHORIZATION = {
  information: 'All records from 2020 to 2024',
  disclosedBy: 'Duke Health Lake Norman Hospital',
  disclosedTo: 'Example Clinic',
  purpose: { kind: 'described', descriptions: ['Continuing care'] },
  expiration: { kind: 'date', date: '2027-01-01' },
  signature: { signedBy: 'individual', signedOn: '2026-01-05' },
  statements: { revocation: 'how-to-revoke', conditioning: 'may-not-condition', redisclosure: true },
  patient: { situation: 'adult' },
  signer: { role: 'patient' },
};
const PAPER = { kind: 'paper', pages: 1, original: false, radiology: [], label: { name: true, dateOfBirth: true, recordNumber: true, everyPage: true } };
const SCHEDULE = { timeZone: 'America/New_York', weekly: { monday: [{ start: '08:00', end: '16:30' }] } };
const AT = '2026-12-01T10:00:00-05:00';
const REQUEST = { requester: 'patient', recipient: 'self', purpose: 'continuing-care', channel: 'fax', formLanguage: 'es', patient: { situation: 'adult' }, signer: { role: 'patient', proof: [] } };

/**
 * Valid arguments of the exported functions, by name (position i is the
 * valid value of argument i). A function here gets, besides the
 * hostile-only calls, the hostile value in one position and valid values
 * in the others. `destination` is read from the built directory.
 */
const SAMPLES: Record<string, (built: { destination: unknown }) => readonly unknown[]> = {
  accessDeadline: () => ['2026-01-05', { asOf: '2026-01-25' }],
  authorizationDefects: () => [AUTHORIZATION, '2026-01-31', 'adult'],
  carrierPolicy: () => ['usps'],
  checkAuthorization: () => [AUTHORIZATION, { asOf: '2026-01-31' }],
  checkLabel: () => [{ item: PAPER, hasRecordNumber: true }, { locale: undefined }],
  checkSigner: () => [{ patient: { situation: 'adult' }, signer: { role: 'patient', proof: [] } }, { asOf: '2026-01-31' }],
  computeAccessDeadline: () => ['2026-01-05', [{ writtenNoticeOn: '2026-02-01', reasonStated: true, expectedOn: '2026-03-01' }]],
  editionFor: () => ['2026-12-01'],
  evaluateSubmission: () => [rawSubmission(), { asOf: '2026-12-01' }],
  faxLineAccepts: () => [{ lineId: 'lake-norman-fax', request: { purpose: 'other' } }, { asOf: '2026-12-01' }],
  followUpRequirements: () => [{ items: [PAPER], channel: { kind: 'mail', carrier: 'ups' } }],
  formatLabel: () => [{ name: 'Jane Doe', dateOfBirth: '1980-02-29', recordNumber: 'D1234567' }, {}],
  getDestination: () => ['lake-norman-medical-records', { asOf: '2026-12-01' }],
  interpreterNotice: () => ['es-MX'],
  labelRequirements: () => [{ item: { kind: 'paper' }, hasRecordNumber: true }, {}],
  listDestinations: () => [{ asOf: '2026-12-01' }],
  portalAvailability: () => [{ id: 'myhealthhome', name: 'MyHealthHome', holds: 'Records of care before 2025-10-18', availability: { from: '2025-10-18', minMonths: 12, maxMonths: 18 } }, '2026-10-17'],
  recommendChannels: () => [{ items: [{ radiology: ['mri'] }] }],
  routeRecordsRequest: () => [REQUEST, { asOf: '2026-12-01' }],
  signerRequirements: () => [{ situation: 'minor' }, {}],
  cite: () => [{ url: 'https://example.org', title: 'Example' }, 'Section'],
  formatMessage: () => ['language.interpreter', undefined, {}],
  getRule: () => ['carrier.trackable'],
  lookupRule: () => ['carrier.trackable', {}],
  isOpen: () => [SCHEDULE, AT, {}],
  nextOpening: () => [SCHEDULE, AT, {}],
  nextClosing: () => [SCHEDULE, AT, {}],
  openIntervals: () => [SCHEDULE, AT, '2026-12-08T10:00:00-05:00', {}],
  parseSchedule: () => [SCHEDULE, {}],
  nextCallWindow: ({ destination }) => [destination, AT, {}],
  formatUsPhoneNumber: () => ['(704) 660-4038'],
  isDirectoryNumber: () => ['(704) 660-4038', { destination: 'lake-norman-medical-records', field: 'fax' }],
  matchDirectoryNumber: () => ['(704) 660-4038'],
  parseUsPhoneNumber: () => ['(704) 660-4038'],
  toE164: () => ['(704) 660-4038'],
  toTelUri: () => ['(704) 660-4038'],
  checkTrackingNumber: () => ['ups', '1Z999AA10123456784'],
  detectCarrier: () => ['1Z999AA10123456784'],
  authorizationFromFhirConsent: () => [
    { resourceType: 'Consent', status: 'active', scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] } },
    {},
  ],
  authorizationToFhirConsent: () => [AUTHORIZATION, { patient: { reference: 'Patient/1' } }],
  directoryToFhir: () => [{ asOf: '2026-12-01' }],
  patientFromFhir: () => [{ resourceType: 'Patient', name: [{ text: 'Jane Doe' }], birthDate: '1980-01-01' }, {}],
  authorizationEvaluator: () => [{ asOf: '2026-01-31' }],
  deadlineEvaluator: () => [{ asOf: '2026-01-25' }],
  recordsRequestEvaluator: () => [{ asOf: '2026-12-01' }],
  submissionEvaluator: () => [{ asOf: '2026-12-01' }],
  // The `validate` of the objects the factories return (`submissionEvaluator()['~standard'].validate`, …).
  "authorizationEvaluator()['~standard'].validate": () => [AUTHORIZATION],
  "deadlineEvaluator()['~standard'].validate": () => [{ receivedOn: '2026-01-05' }],
  "recordsRequestEvaluator()['~standard'].validate": () => [REQUEST],
  "submissionEvaluator()['~standard'].validate": () => [rawSubmission()],
};

/** Exported functions fuzzed with hostile values only, and why no valid sample is needed. */
const NO_SAMPLE: Record<string, string> = {};


/**
 * KNOWN FAILURES: inputs on which an exported function still throws, to be
 * removed once it is total. Empty: every exported function is total. A
 * listed input that no longer fails fails the suite too ("stale known
 * failure").
 *
 * Each line: [function, argument position of the hostile value, the other
 * positions ('undefined', or 'sample': the function's {@link SAMPLES}),
 * the hostile values (labels of {@link HOSTILE}) that make it throw].
 */
const KNOWN_FAILURES: readonly (readonly [string, number, 'undefined' | 'sample', readonly string[]])[] = [];
/** The known failures as case keys without the entry and format: `<name>#<position>=<hostile>/<others>`. */
const KNOWN_FAILURE_KEYS: ReadonlySet<string> = new Set(
  KNOWN_FAILURES.flatMap(([name, position, others, labels]) => labels.map((label) => `${name}#${position}=${label}/${others}`)),
);

/**
 * The exported zod schemas throw on a value whose proxy traps throw: zod's
 * own `safeParse` (and its `['~standard'].validate`) reads the value and does
 * not catch. The library's entry functions parse through `parseInput`, which
 * catches it (`unreadable_input`); the schemas themselves are zod's objects,
 * so this one hostile value is exempt for them (and only this one, and only
 * the trap's own error). Any other throw of a schema fails.
 */
const SCHEMA_THROWS_ON: ReadonlySet<string> = new Set(['throwing proxy']);

/**
 * Exported plain data that is not deeply frozen (a consumer that mutates it
 * would change the rules for every other consumer in the process). Empty:
 * every exported constant is deeply frozen, and a new unfrozen one fails.
 * A listed name that becomes frozen fails too (remove it).
 */
const KNOWN_UNFROZEN: ReadonlySet<string> = new Set<string>([]);

type Case = { readonly key: string; readonly input: string; readonly call: () => unknown };

/** JSON of a result with cycles cut, invalid dates spelled out and bigint/symbol/function named. */
function resultJson(value: unknown): string {
  const seen = new WeakSet<object>();
  return (
    JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
      const raw = this[key];
      if (raw instanceof Date && Number.isNaN(raw.getTime())) return 'Invalid Date';
      if (typeof v === 'bigint') return `${v}n`;
      if (typeof v === 'symbol' || typeof v === 'function') return `[${typeof v}]`;
      if (typeof v === 'object' && v !== null) {
        if (seen.has(v)) return '[cycle]';
        seen.add(v);
      }
      return v;
    }) ?? 'undefined'
  );
}

/** A JSON string value that is a broken date: `Invalid Date`, or NaN next to a date or time separator. */
const BAD_DATE = /"[^"]*(?:Invalid Date|NaN[-:T/]|[-:T/]NaN)[^"]*"/;

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join();

async function check(key: string, call: () => unknown): Promise<string | null> {
  const start = performance.now();
  let result: unknown;
  try {
    result = call();
    if (result !== null && typeof result === 'object' && typeof (result as { then?: unknown }).then === 'function') {
      result = await Promise.race([result, new Promise((_, reject) => setTimeout(() => reject(new Error('promise did not settle')), BOUND_MS))]);
    }
  } catch (error) {
    return `${key}: threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 120)}` : typeof error}`;
  }
  const took = performance.now() - start;
  if (took > BOUND_MS) return `${key}: took ${Math.round(took)} ms`;
  if (prototypePolluted() || Object.getOwnPropertyNames(Object.prototype).sort().join() !== PROTO_KEYS) return `${key}: polluted Object.prototype`;
  let json: string;
  try {
    json = resultJson(result);
  } catch (error) {
    return `${key}: result cannot be serialised (${error instanceof Error ? error.message.slice(0, 80) : typeof error})`;
  }
  const bad = BAD_DATE.exec(json);
  if (bad) return `${key}: broken date ${bad[0].slice(0, 80)}`;
  return null;
}

/** The calls of one function: each hostile value in each position, the others `undefined`, then (with a sample) valid. */
function casesOf(prefix: string, name: string, fn: (...args: unknown[]) => unknown, sample: readonly unknown[] | undefined): Case[] {
  const positions = Math.max(fn.length, 2, sample?.length ?? 0) + 1;
  const out: Case[] = [];
  for (let i = 0; i < positions; i++) {
    for (const [label, make] of HOSTILE) {
      const fills: [string, (j: number) => unknown][] = [['undefined', () => undefined]];
      if (sample !== undefined) fills.push(['sample', (j) => structuredClone(sample[j])]);
      for (const [fillLabel, fill] of fills) {
        out.push({
          key: `${prefix} ${name}#${i}=${label}/${fillLabel}`,
          input: `${name}#${i}=${label}/${fillLabel}`,
          call: () => fn(...Array.from({ length: positions }, (_, j) => (j === i ? make() : fill(j)))),
        });
      }
    }
  }
  return out;
}

/** Whether a value is plain data (an array or a plain object). */
function isPlainData(v: unknown): v is object {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return Array.isArray(v) || proto === Object.prototype || proto === null;
}

/** The path of the first part of `value` that is not frozen, or null when it is deeply frozen. */
function firstUnfrozen(value: object, path = '', seen = new WeakSet<object>()): string | null {
  if (seen.has(value)) return null;
  seen.add(value);
  if (!Object.isFrozen(value)) return path || '(itself)';
  for (const key of Reflect.ownKeys(value)) {
    const child = (value as Record<PropertyKey, unknown>)[key];
    if (isPlainData(child)) {
      const found = firstUnfrozen(child, `${path}.${String(key)}`, seen);
      if (found !== null) return found;
    }
  }
  return null;
}

type Loaded = { readonly entry: string; readonly format: 'esm' | 'cjs'; readonly module: Record<string, unknown> };
const loaded: Loaded[] = [];
let destination: unknown;

beforeAll(async () => {
  for (const [entry, target] of ENTRIES) {
    loaded.push({ entry, format: 'esm', module: (await import(pathToFileURL(`${ROOT}${target.import.default}`).href)) as Record<string, unknown> });
    loaded.push({ entry, format: 'cjs', module: require(`${ROOT}${target.require.default}`) as Record<string, unknown> });
  }
  const root = loaded.find((l) => l.entry === '.' && l.format === 'esm')?.module as { DIRECTORY_EDITIONS: { destinations: unknown[] }[] };
  destination = root.DIRECTORY_EDITIONS[0]?.destinations[0];
});

/** Every function export of every loaded entry, with the validate of what a factory returns. */
function functionsOf(l: Loaded): [string, (...args: unknown[]) => unknown][] {
  const out: [string, (...args: unknown[]) => unknown][] = [];
  for (const [name, value] of Object.entries(l.module)) {
    if (typeof value !== 'function') continue;
    out.push([name, value as (...args: unknown[]) => unknown]);
    // A factory whose result is a Standard Schema (the evaluators): fuzz its validate too.
    for (const args of [[], SAMPLES[name]?.({ destination }) ?? []]) {
      let made: unknown;
      try {
        made = (value as (...a: unknown[]) => unknown)(...args);
      } catch {
        continue; // the hostile calls report the throw
      }
      const validate = (made as { '~standard'?: { validate?: unknown } } | null)?.['~standard']?.validate;
      if (typeof validate === 'function') {
        out.push([`${name}()['~standard'].validate`, validate as (...args: unknown[]) => unknown]);
        break;
      }
    }
  }
  return out;
}

describe('the built package', () => {
  it('has JavaScript entries for every subpath, and an ESM and a CJS root', () => {
    expect(ENTRIES.length).toBeGreaterThan(1);
    expect(loaded.filter((l) => l.entry === '.').map((l) => l.format)).toEqual(['esm', 'cjs']);
    for (const l of loaded) expect(Object.keys(l.module).length, `${l.entry} ${l.format} exports nothing`).toBeGreaterThan(0);
  });

  it('names every exported function in SAMPLES or NO_SAMPLE, and no stale name', () => {
    const exported = new Set(loaded.flatMap((l) => functionsOf(l).map(([name]) => name)));
    const unlisted = [...exported].filter((n) => !(n in SAMPLES) && !(n in NO_SAMPLE));
    expect(unlisted, 'exported functions in neither SAMPLES nor NO_SAMPLE: add a valid sample (or a reason)').toEqual([]);
    const stale = [...Object.keys(SAMPLES), ...Object.keys(NO_SAMPLE)].filter((n) => !exported.has(n));
    expect(stale, 'names no entry exports any more').toEqual([]);
  });

  it('every exported function, in every argument position, is total on the hostile values', async () => {
    const failures: string[] = [];
    const knownSeen = new Set<string>();
    let calls = 0;
    for (const l of loaded) {
      for (const [name, fn] of functionsOf(l)) {
        const sample = SAMPLES[name]?.({ destination });
        for (const { key, input, call } of casesOf(`${l.entry} ${l.format}`, name, fn, sample)) {
          calls++;
          const failure = await check(key, call);
          if (failure === null) continue;
          if (KNOWN_FAILURE_KEYS.has(input) && / threw /.test(failure)) knownSeen.add(input);
          else failures.push(failure);
        }
      }
    }
    const stale = [...KNOWN_FAILURE_KEYS].filter((k) => !knownSeen.has(k));
    expect(calls).toBeGreaterThan(1000);
    expect(failures, `${failures.length} of ${calls} calls failed`).toEqual([]);
    expect(stale, 'stale known failures (the call passes now): remove them').toEqual([]);
  }, 600_000);

  it('every exported schema parses the hostile values without throwing', async () => {
    const failures: string[] = [];
    let schemas = 0;
    let exempted = 0;
    for (const l of loaded) {
      for (const [name, value] of Object.entries(l.module)) {
        if (value === null || typeof value !== 'object') continue;
        const parsers: [string, (v: unknown) => unknown][] = [];
        const { safeParse } = value as { safeParse?: unknown };
        if (typeof safeParse === 'function') parsers.push(['safeParse', (v) => safeParse.call(value, v)]);
        const validate = (value as { '~standard'?: { validate?: unknown } })['~standard']?.validate;
        if (typeof validate === 'function') parsers.push(["['~standard'].validate", (v) => validate.call(value, v)]);
        if (parsers.length > 0) schemas++;
        for (const [how, parse] of parsers) {
          for (const [label, make] of HOSTILE) {
            const failure = await check(`${l.entry} ${l.format} ${name}.${how}(${label})`, () => parse(make()));
            if (failure === null) continue;
            if (SCHEMA_THROWS_ON.has(label) && failure.endsWith('threw Error: trap')) exempted++;
            else failures.push(failure);
          }
        }
      }
    }
    expect(schemas).toBeGreaterThan(10);
    expect(failures).toEqual([]);
    expect(exempted, 'zod no longer throws on the throwing proxy: empty SCHEMA_THROWS_ON').toBeGreaterThan(0);
  }, 120_000);

  it('exports its plain data deeply frozen (but KNOWN_UNFROZEN)', () => {
    const unfrozen = new Set<string>();
    for (const l of loaded) {
      for (const [name, value] of Object.entries(l.module)) {
        if (!isPlainData(value)) continue;
        const where = firstUnfrozen(value);
        if (where !== null) unfrozen.add(`${name}${where === '(itself)' ? '' : where}`);
      }
    }
    const unfrozenNames = new Set([...unfrozen].map((u) => u.split('.')[0] as string));
    expect([...unfrozen].filter((u) => !KNOWN_UNFROZEN.has(u.split('.')[0] as string)), 'new exported data that is not deeply frozen').toEqual([]);
    expect([...KNOWN_UNFROZEN].filter((n) => !unfrozenNames.has(n)), 'stale KNOWN_UNFROZEN entries (frozen now): remove them').toEqual([]);
  });
});
