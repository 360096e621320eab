import type { StandardSchemaV1 } from '@standard-schema/spec';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { accessDeadline, type AccessDeadline } from '../hipaa';
import { es } from '../locales/es';
import { deadlineEvaluator, type AccessDeadlineRequest } from './access-deadline';

const extension = { writtenNoticeOn: '2026-02-03', reasonStated: true, expectedOn: '2026-03-20' };

describe('deadlineEvaluator', () => {
  it('is a Standard Schema whose output is the AccessDeadline', () => {
    const schema = deadlineEvaluator();
    expectTypeOf(schema).toExtend<StandardSchemaV1>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof schema>>().toEqualTypeOf<AccessDeadline>();
    expectTypeOf<StandardSchemaV1.InferInput<typeof schema>>().toEqualTypeOf<AccessDeadlineRequest>();
  });

  it('gives accessDeadline of receivedOn and extensions', () => {
    const v = deadlineEvaluator({ asOf: '2026-02-10' })['~standard'].validate({ receivedOn: '2026-01-05', extensions: [extension] });
    const library = accessDeadline('2026-01-05', { asOf: '2026-02-10', extensions: [extension] });
    expect(library.success && library.findings.map((f) => f.path)).toEqual([['options', 'extensions', 0, 'expectedOn']]);
    expect(v.value).toEqual(library.success && { ...library, findings: [{ ...library.findings[0], path: ['extensions', 0, 'expectedOn'] }] });
    expect(v.value?.dueOn).toBe('2026-03-06');
    const strict = deadlineEvaluator({ errorsAsIssues: true })['~standard'].validate({ receivedOn: '2026-01-05', extensions: [extension] });
    expect(strict.issues?.map((i) => [i.path, 'ruleId' in i && i.ruleId])).toEqual([[['extensions', 0, 'expectedOn'], 'access.extension-30']]);
    expect(deadlineEvaluator()['~standard'].validate({ receivedOn: '2026-01-05' }).value?.dueOn).toBe('2026-02-04');
  });

  it('moves the extension issues to ["extensions", …] and keeps receivedOn', () => {
    const late = deadlineEvaluator()['~standard'].validate({ receivedOn: '2026-01-05', extensions: [{ ...extension, writtenNoticeOn: '2025-12-01' }] });
    expect(late.issues?.map((i) => i.path)).toEqual([['extensions', 0, 'writtenNoticeOn']]);
    const bad = deadlineEvaluator()['~standard'].validate({ receivedOn: '2026-02-30', extensions: 'x' });
    expect(bad.issues?.map((i) => i.path)).toEqual([['receivedOn'], ['extensions']]);
    const asOf = deadlineEvaluator({ asOf: 'soon' })['~standard'].validate({ receivedOn: '2026-01-05' });
    expect(asOf.issues?.map((i) => i.path)).toEqual([['options', 'asOf']]);
  });

  it('a value that is not an object, or that cannot be read, is one issue at the root, in the locale', () => {
    for (const value of [null, 'x', [], 3]) {
      expect(deadlineEvaluator()['~standard'].validate(value).issues?.map((i) => [i.path, 'code' in i && i.code])).toEqual([[[], 'invalid_type']]);
    }
    const trap = new Proxy({}, { get: () => { throw new Error('Jane'); } });
    const r = deadlineEvaluator({ locale: es })['~standard'].validate(trap);
    expect(r.issues?.map((i) => 'code' in i && i.code)).toEqual(['unreadable_input']);
    expect(r.issues?.[0]?.message).not.toBe(deadlineEvaluator()['~standard'].validate(trap).issues?.[0]?.message);
  });
});
