import { describe, expect, it } from 'vitest';
import { checkAuthorization } from '../hipaa';
import { es } from '../locales/es';
import { makeEvaluator } from './evaluator';

const run = (value: unknown, o: object) => checkAuthorization(value, o);

describe('makeEvaluator', () => {
  it('is a Standard Schema v1 object of vendor duke-records-rules', () => {
    const e = makeEvaluator(run);
    expect(e['~standard'].version).toBe(1);
    expect(e['~standard'].vendor).toBe('duke-records-rules');
    expect(e['~standard'].types).toBeUndefined();
  });

  it('passes no locale and no asOf when none is given', () => {
    const seen: object[] = [];
    makeEvaluator((v, o) => (seen.push(o), checkAuthorization(v, o)))['~standard'].validate({});
    expect(seen).toEqual([{}]);
  });

  it('passes the locale and a fixed asOf', () => {
    const seen: object[] = [];
    makeEvaluator((v, o) => (seen.push(o), checkAuthorization(v, o)), { locale: es, asOf: '2026-01-02' })['~standard'].validate({});
    expect(seen).toEqual([{ locale: es, asOf: '2026-01-02' }]);
  });

  it('calls an asOf function once per validate', () => {
    let calls = 0;
    const e = makeEvaluator(run, { asOf: () => `2026-01-0${++calls}` });
    e['~standard'].validate({});
    e['~standard'].validate({});
    expect(calls).toBe(2);
  });

  it('an asOf function that throws gives invalid_as_of at options.asOf, in the locale', () => {
    const boom = () => {
      throw new Error('Jane Doe');
    };
    const en = makeEvaluator(run, { asOf: boom })['~standard'].validate({});
    const spanish = makeEvaluator(run, { asOf: boom, locale: es })['~standard'].validate({});
    expect(en.issues).toEqual([{ path: ['options', 'asOf'], code: 'invalid_as_of', message: 'The as-of option is not a valid date or instant.' }]);
    expect(spanish.issues?.[0]?.message).not.toBe(en.issues?.[0]?.message);
    expect(JSON.stringify(en)).not.toContain('Jane');
  });

  it('an asOf function returning an invalid date gives the library issue', () => {
    const r = makeEvaluator(run, { asOf: () => 'not a date' })['~standard'].validate({});
    expect(r.issues?.map((i) => [i.path, 'code' in i && i.code])).toEqual([[['options', 'asOf'], 'invalid_as_of']]);
  });

  it('input issues are the library issues, unchanged', () => {
    const r = makeEvaluator(run)['~standard'].validate(null);
    expect(r).toEqual({ issues: (checkAuthorization(null) as { issues: unknown }).issues });
  });

  it('a refused input is a value by default; errorsAsIssues turns its errors into issues and keeps a clean one a value', () => {
    const refused = makeEvaluator(run)['~standard'].validate({});
    expect(refused.issues).toBeUndefined();
    expect(refused.value?.complete).toBe(false);
    const strict = makeEvaluator(run, { errorsAsIssues: true })['~standard'].validate({});
    const errors = refused.value?.findings.filter((f) => f.severity === 'error') ?? [];
    expect(errors.length).toBeGreaterThan(0);
    expect(strict.issues).toEqual(errors.map((f) => ({ ruleId: f.ruleId, severity: 'error', message: f.message, path: f.path ?? [] })));
  });

  it('errorsAsIssues gives [] as the path of a finding without one', () => {
    const e = makeEvaluator(
      () => ({ success: true as const, findings: [{ ruleId: 'x.y', severity: 'error' as const, message: 'm' }] }),
      { errorsAsIssues: true },
    );
    expect(e['~standard'].validate(1).issues).toEqual([{ ruleId: 'x.y', severity: 'error', message: 'm', path: [] }]);
    const fine = makeEvaluator(() => ({ success: true as const, findings: [{ ruleId: 'x.y', severity: 'warning' as const, message: 'm' }] }), {
      errorsAsIssues: true,
    });
    expect(fine['~standard'].validate(1).value?.findings).toHaveLength(1);
  });

  it('options that cannot be read give an evaluator whose every validate is one unreadable_input issue', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('Jane'); } });
    const e = makeEvaluator(run, trap as never);
    expect(e['~standard'].validate({})).toEqual({ issues: [{ path: ['options'], code: 'unreadable_input', message: 'The input could not be read.' }] });
    expect(makeEvaluator(run, {}, ['extra'])['~standard'].validate({}).value?.complete).toBe(false);
    const extraTrap = new Proxy({ locale: undefined }, { get: (t, k) => { if (k === 'extra') throw new Error('x'); return undefined; } });
    expect(makeEvaluator(run, extraTrap as never, ['extra'])['~standard'].validate({}).issues?.[0]?.path).toEqual(['options']);
  });

  it('null or undefined options are no options', () => {
    for (const options of [null, undefined]) {
      const seen: object[] = [];
      makeEvaluator((v, o) => (seen.push(o), checkAuthorization(v, o)), options as never, ['extra'])['~standard'].validate({});
      expect(seen).toEqual([{}]);
    }
  });

  it('passes the extra options that are defined, and only those', () => {
    const seen: object[] = [];
    makeEvaluator((v, o) => (seen.push(o), checkAuthorization(v, o)), { extra: 'x', other: 'y', none: undefined } as never, ['extra', 'none'])['~standard'].validate({});
    expect(seen).toEqual([{ extra: 'x' }]);
  });

  it('errorsAsIssues must be true: another truthy value keeps the value', () => {
    expect(makeEvaluator(run, { errorsAsIssues: 'yes' as never })['~standard'].validate({}).value?.complete).toBe(false);
  });

  it('an asOf function that throws with a locale that is not a locale value: the issue in English', () => {
    const r = makeEvaluator(run, { locale: 'es' as never, asOf: () => { throw new Error('x'); } })['~standard'].validate({});
    expect(r.issues?.[0]?.message).toBe('The as-of option is not a valid date or instant.');
  });
});
