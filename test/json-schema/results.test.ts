/**
 * The result schemas (dist/json-schema/results/*.json, from
 * scripts/result-schemas.ts) agree with the evaluators:
 * - at the type level, each zod result schema's output is the evaluator's
 *   return type (readonly and `| undefined` on optional keys aside);
 * - at run time, the real results of every corpus document (and of option
 *   variants: asOf, Spanish, bad options) validate with zod, ajv and
 *   Python's jsonschema, and a result with one key too many, one missing or
 *   one wrong value is refused.
 */
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { INPUT_EXPECTED, INPUT_ISSUE_CODES, resultSchemas, USPS_STATE_CODES } from '../../scripts/result-schemas';
import * as catalog from '../../src/catalog/index';
import type { InputExpected, InputIssueCode } from '../../src/core/types';
import type { AccessDeadline, AuthorizationCheck, ParseFailure, RecordsRoute, SubmissionResult, UspsStateCode } from '../../src/index';
import * as root from '../../src/index';
import { es } from '../../src/locales/es/index';
import { buildCorpus, DATES } from './corpus';
import { asJson, LIB, PYTHON, pythonVerdicts, RESULTS } from './support';

const SCHEMAS = resultSchemas(z, { RULES: catalog.RULES, DIRECTORY_EDITIONS: root.DIRECTORY_EDITIONS });

/** A type with readonly, and `| undefined` on optional keys, taken off, at every depth. */
type Plain<T> = T extends readonly (infer E)[] ? Plain<E>[] : T extends object ? { -readonly [K in keyof T]: Plain<Exclude<T[K], undefined>> } : T;

describe('the result schemas are the evaluators’ result types', () => {
  it('at the type level', () => {
    expectTypeOf<Plain<z.output<(typeof SCHEMAS)['submission-result']>>>().toEqualTypeOf<Plain<SubmissionResult>>();
    expectTypeOf<Plain<z.output<(typeof SCHEMAS)['records-route']>>>().toEqualTypeOf<Plain<RecordsRoute | ParseFailure>>();
    expectTypeOf<Plain<z.output<(typeof SCHEMAS)['authorization-check']>>>().toEqualTypeOf<Plain<AuthorizationCheck | ParseFailure>>();
    expectTypeOf<Plain<z.output<(typeof SCHEMAS)['access-deadline']>>>().toEqualTypeOf<Plain<AccessDeadline | ParseFailure>>();
    expectTypeOf<(typeof INPUT_ISSUE_CODES)[number]>().toEqualTypeOf<InputIssueCode>();
    expectTypeOf<(typeof USPS_STATE_CODES)[number]>().toEqualTypeOf<UspsStateCode>();
    expectTypeOf<(typeof INPUT_EXPECTED)[number]>().toEqualTypeOf<InputExpected>();
  });

  it('the files are the JSON Schema of these zod schemas, with an $id and a title', () => {
    expect([...RESULTS.keys()].sort()).toEqual(['access-deadline', 'authorization-check', 'records-route', 'submission-result']);
    for (const [name, schema] of RESULTS) {
      expect(schema.$id).toMatch(new RegExp(`^https://unpkg\\.com/duke-records-rules@[^/]+/dist/json-schema/results/${name}\\.json$`));
      expect(schema.title).toMatch(/^duke-records-rules \w+ result$/);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });
});

/** Real results: every corpus document through its evaluator, with option variants. */
function results(): [string, unknown][] {
  const corpus = buildCorpus();
  const docs = (schema: string) => corpus.filter((e) => e.schema === schema).map((e) => asJson(e.doc));
  const OPTIONS = [{}, { asOf: '2026-11-25' }, { asOf: '2025-06-01', locale: es }, { asOf: 'yesterday' }];
  const out: [string, unknown][] = [];
  docs('submission').forEach((doc, i) => out.push(['submission-result', LIB.evaluateSubmission(doc, OPTIONS[i % OPTIONS.length])]));
  docs('records-request').forEach((doc, i) => out.push(['records-route', LIB.routeRecordsRequest(doc, OPTIONS[i % OPTIONS.length])]));
  docs('authorization').forEach((doc, i) => out.push(['authorization-check', LIB.checkAuthorization(doc, OPTIONS[i % OPTIONS.length])]));
  for (const [, received] of DATES) out.push(['access-deadline', LIB.accessDeadline(received, { asOf: '2026-02-15' })]);
  docs('access-extension').forEach((extension, i) => out.push(['access-deadline', LIB.accessDeadline('2026-01-20', { ...OPTIONS[i % OPTIONS.length], extensions: [extension as { writtenNoticeOn: string }] })]));
  out.push(['access-deadline', LIB.accessDeadline('2026-01-20', { extensions: Array.from({ length: 11 }, () => ({ writtenNoticeOn: '2026-02-01' })) })]);
  return out.map(([name, result]) => [name, asJson(result)]);
}

describe('real results validate', () => {
  const RUNS = results();
  const ajv = new Ajv2020({ strict: true, strictRequired: false, validateFormats: false });
  const AJV = new Map([...RESULTS].map(([name, schema]) => [name, ajv.compile(schema)]));

  it('there are many, of every evaluator, successes and failures', () => {
    expect(RUNS.length).toBeGreaterThanOrEqual(400);
    for (const name of RESULTS.keys()) {
      const mine = RUNS.filter(([n]) => n === name).map(([, r]) => (r as { success: boolean }).success);
      expect(mine.includes(true), name).toBe(true);
      expect(mine.includes(false), name).toBe(true);
    }
  });

  it('with zod and ajv', () => {
    const refused = RUNS.filter(([name, result]) => !(SCHEMAS[name as keyof typeof SCHEMAS].safeParse(result).success && (AJV.get(name) as (d: unknown) => boolean)(result)));
    expect(refused.map(([name, r]) => `${name}: ${JSON.stringify(r).slice(0, 300)}`)).toEqual([]);
  });

  // Python runs in a child process: generous timeouts, for a loaded machine.
  it.runIf(PYTHON)('with Python jsonschema', { timeout: 120_000 }, () => {
    expect(pythonVerdicts(RESULTS, RUNS).every(Boolean)).toBe(true);
  });

  it('and a result with a key too many, one missing or a wrong value is refused', { timeout: 120_000 }, () => {
    const success = RUNS.find(([n, r]) => n === 'records-route' && (r as { success: boolean }).success) as [string, Record<string, unknown>];
    const failure = RUNS.find(([n, r]) => n === 'submission-result' && !(r as { success: boolean }).success) as [string, Record<string, unknown>];
    const bad: [string, unknown][] = [
      ['records-route', { ...success[1], extra: 1 }],
      ['records-route', { ...success[1], ready: undefined }],
      ['records-route', { ...success[1], edition: 'next-year' }],
      ['records-route', { ...success[1], findings: [{ ruleId: 'no.such-rule', severity: 'error', message: 'x' }] }],
      ['submission-result', { ...failure[1], issues: [{ path: [], code: 'made_up', message: 'x' }] }],
      ['submission-result', { ...failure[1], issues: [] }],
    ].map(([n, r]) => [n as string, asJson(r)]);
    for (const [name, result] of bad) {
      expect(SCHEMAS[name as keyof typeof SCHEMAS].safeParse(result).success, JSON.stringify(result).slice(0, 100)).toBe(false);
      expect((AJV.get(name) as (d: unknown) => boolean)(result)).toBe(false);
    }
    if (PYTHON) expect(pythonVerdicts(RESULTS, bad)).toEqual(bad.map(() => false));
  });
});
