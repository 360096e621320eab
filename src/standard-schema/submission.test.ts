import type { StandardSchemaV1 } from '@standard-schema/spec';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { evaluateSubmission, type SubmissionEvaluation, type SubmissionInput } from '../to-duke';
import { es } from '../locales/es';
import { submissionEvaluator } from './submission';

const NAME = 'Qx Jane Marker xQ';
const DOB = '1980-02-29';
const label = { name: true, dateOfBirth: true, recordNumber: true };
const refused = {
  sender: 'external-clinic',
  patient: { name: NAME, dateOfBirth: DOB, recordNumber: 'MRN7731PHI' },
  items: [{ kind: 'media', medium: 'cd', radiology: ['mri'], passwordProtected: true, passwordEnclosed: true, label }],
  channel: { kind: 'mail', carrier: 'usps' },
};

describe('submissionEvaluator', () => {
  it('is a Standard Schema whose output is the SubmissionEvaluation', () => {
    const schema = submissionEvaluator();
    expectTypeOf(schema).toExtend<StandardSchemaV1>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof schema>>().toEqualTypeOf<SubmissionEvaluation>();
    expectTypeOf<StandardSchemaV1.InferInput<typeof schema>>().toEqualTypeOf<SubmissionInput>();
  });

  it('gives the evaluation as the value, a not-accepted one included', () => {
    const r = submissionEvaluator({ asOf: '2026-11-25' })['~standard'].validate(refused);
    expect(r.value).toEqual(evaluateSubmission(refused, { asOf: '2026-11-25' }));
    expect(r.value?.verdict).toBe('not-accepted');
  });

  it('errorsAsIssues: the error findings are the issues, in the locale', () => {
    const r = submissionEvaluator({ asOf: '2026-11-25', errorsAsIssues: true, locale: es })['~standard'].validate(refused);
    const expected = evaluateSubmission(refused, { asOf: '2026-11-25', locale: es });
    expect(expected.success && expected.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual(
      r.issues?.map((i) => i.message),
    );
    expect(r.issues?.map((i) => 'ruleId' in i && i.ruleId)).toContain('channel.radiology-clinic-upload');
  });

  it('bad input gives the library issues in the locale, never the value', () => {
    const bad = { ...refused, patient: { name: NAME, dateOfBirth: '1980-02-30' }, sender: 'nobody' };
    const en = submissionEvaluator()['~standard'].validate(bad);
    const spanish = submissionEvaluator({ locale: es })['~standard'].validate(bad);
    expect(en.issues?.map((i) => i.path)).toEqual([['sender'], ['patient', 'dateOfBirth']]);
    expect(spanish.issues?.map((i) => i.message)).not.toEqual(en.issues?.map((i) => i.message));
    for (const r of [en, spanish]) {
      expect(JSON.stringify(r)).not.toContain(NAME);
      expect(JSON.stringify(r)).not.toContain('1980');
    }
  });

  it('passes the Document Management e-mail option', () => {
    const body = { sender: 'patient', patient: { name: NAME, dateOfBirth: DOB }, items: [{ kind: 'paper', pages: 1 }], channel: { kind: 'email' } };
    const withEmail = submissionEvaluator({ documentManagementEmail: 'records@clinic.example' })['~standard'].validate(body);
    const without = submissionEvaluator()['~standard'].validate(body);
    expect(JSON.stringify(withEmail.value)).toContain('records@clinic.example');
    expect(JSON.stringify(without.value)).not.toContain('records@clinic.example');
    const invalid = submissionEvaluator({ documentManagementEmail: 'nope' })['~standard'].validate(body);
    expect(invalid.issues?.map((i) => i.path)).toEqual([['options', 'documentManagementEmail']]);
  });
});
