import type { StandardSchemaV1 } from '@standard-schema/spec';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { routeRecordsRequest, type RecordsRequestInput, type RecordsRoute } from '../lake-norman';
import { es } from '../locales/es';
import { recordsRequestEvaluator } from './records-request';

const byFax = {
  requester: 'attorney',
  recipient: 'third-party',
  purpose: 'other',
  channel: 'fax',
  patient: { situation: 'adult' },
  signer: { role: 'patient' },
};

describe('recordsRequestEvaluator', () => {
  it('is a Standard Schema whose output is the RecordsRoute', () => {
    const schema = recordsRequestEvaluator();
    expectTypeOf(schema).toExtend<StandardSchemaV1>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof schema>>().toEqualTypeOf<RecordsRoute>();
    expectTypeOf<StandardSchemaV1.InferInput<typeof schema>>().toEqualTypeOf<RecordsRequestInput>();
  });

  it('a request that is not ready is a value (seed edition, fax for an attorney)', () => {
    const r = recordsRequestEvaluator({ asOf: '2025-06-01' })['~standard'].validate(byFax);
    expect(r.value).toEqual(routeRecordsRequest(byFax, { asOf: '2025-06-01' }));
    expect(r.value?.ready).toBe(false);
  });

  it('errorsAsIssues makes it issues citing the fax rule, in Spanish', () => {
    const r = recordsRequestEvaluator({ asOf: '2025-06-01', locale: es, errorsAsIssues: true })['~standard'].validate(byFax);
    expect(r.issues?.map((i) => 'ruleId' in i && i.ruleId)).toContain('ln.fax-patient-care-only');
    const route = routeRecordsRequest(byFax, { asOf: '2025-06-01', locale: es });
    expect(r.issues?.map((i) => i.message)).toEqual(route.success && route.findings.filter((f) => f.severity === 'error').map((f) => f.message));
  });

  it('bad input gives the library issues', () => {
    const r = recordsRequestEvaluator()['~standard'].validate({ ...byFax, purpose: 'gossip' });
    expect(r.issues?.map((i) => [i.path, 'code' in i && i.code])).toEqual([[['purpose'], 'invalid_value']]);
  });
});
