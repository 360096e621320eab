import type { StandardSchemaV1 } from '@standard-schema/spec';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkAuthorization, type AuthorizationCheck, type AuthorizationInput } from '../hipaa';
import { es } from '../locales/es';
import { authorizationEvaluator } from './authorization';

describe('authorizationEvaluator', () => {
  it('is a Standard Schema whose output is the AuthorizationCheck', () => {
    const schema = authorizationEvaluator();
    expectTypeOf(schema).toExtend<StandardSchemaV1>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof schema>>().toEqualTypeOf<AuthorizationCheck>();
    expectTypeOf<StandardSchemaV1.InferInput<typeof schema>>().toEqualTypeOf<AuthorizationInput>();
  });

  it('an incomplete authorization is a value with complete: false', () => {
    const r = authorizationEvaluator({ asOf: '2026-02-02' })['~standard'].validate({});
    expect(r.value).toEqual(checkAuthorization({}, { asOf: '2026-02-02' }));
    expect(r.value?.complete).toBe(false);
  });

  it('errorsAsIssues lists the missing elements in the locale', () => {
    const r = authorizationEvaluator({ errorsAsIssues: true, locale: es })['~standard'].validate({});
    const check = checkAuthorization({}, { locale: es });
    expect(r.issues?.map((i) => i.message)).toEqual(check.success && check.findings.filter((f) => f.severity === 'error').map((f) => f.message));
    expect(r.issues?.map((i) => 'ruleId' in i && i.ruleId)).toContain('hipaa.508c1i-description');
  });

  it('bad input gives the library issues, without the value', () => {
    const r = authorizationEvaluator()['~standard'].validate({ information: 42, disclosedTo: 'Qx Jane Marker xQ' });
    expect(r.issues?.[0]?.path).toEqual(['information']);
    expect(JSON.stringify(r)).not.toContain('Jane');
  });
});
