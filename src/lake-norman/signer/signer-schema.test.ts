import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { parseInput } from '../../core/parse-input';
import { patientSituationSchema, type PatientSituation, type Signer, signerSchema } from './signer-schema';

describe('patientSituationSchema', () => {
  it('accepts the four situations and keeps only the date of birth of a minor', () => {
    expect(patientSituationSchema.parse({ situation: 'adult', name: 'Jane Doe' })).toEqual({ situation: 'adult' });
    expect(patientSituationSchema.parse({ situation: 'minor', dateOfBirth: ' 2012-03-04 ' })).toEqual({
      situation: 'minor',
      dateOfBirth: '2012-03-04',
    });
    expect(patientSituationSchema.parse({ situation: 'unable-to-sign' })).toEqual({ situation: 'unable-to-sign' });
    expect(patientSituationSchema.parse({ situation: 'deceased', dateOfBirth: '1950-01-01' })).toEqual({ situation: 'deceased' });
  });

  it('rejects a minor without a real date of birth, with stable codes and no echo', () => {
    expect(parseInput(patientSituationSchema, { situation: 'minor' })).toEqual({
      success: false,
      issues: [{ path: ['dateOfBirth'], code: 'missing', message: 'This field is required.', expected: 'string' }],
    });
    const bad = parseInput(patientSituationSchema, { situation: 'minor', dateOfBirth: '2012-02-30' });
    expect(bad.success === false && bad.issues.map((i) => [i.path, i.code])).toEqual([[['dateOfBirth'], 'invalid_date']]);
    const long = parseInput(patientSituationSchema, { situation: 'minor', dateOfBirth: '2012-02-300' });
    expect(long.success === false && long.issues[0]?.code).toBe('too_big');
    expect(JSON.stringify(bad)).not.toContain('2012');
    const unknown = parseInput(patientSituationSchema, { situation: 'child' });
    expect(unknown.success === false && unknown.issues.map((i) => [i.path, i.code])).toEqual([[['situation'], 'invalid_value']]);
  });
});

describe('signerSchema', () => {
  it('defaults the proof to none and strips unknown keys', () => {
    expect(signerSchema.parse({ role: 'next-of-kin', name: 'John Roe' })).toEqual({ role: 'next-of-kin', proof: [] });
  });

  it('rejects unknown roles and proofs, and more proofs than kinds', () => {
    const r = parseInput(signerSchema, { role: 'friend', proof: ['letter'] });
    expect(r.success === false && r.issues.map((i) => [i.path, i.code])).toEqual([
      [['role'], 'invalid_value'],
      [['proof', 0], 'invalid_value'],
    ]);
    const many = parseInput(signerSchema, { role: 'legal-guardian', proof: ['guardianship', 'guardianship', 'guardianship'] });
    expect(many.success === false && many.issues[0]?.code).toBe('too_big');
    expect(parseInput(signerSchema, { role: 'legal-guardian', proof: ['guardianship', 'guardianship-indicates-disability'] }).success).toBe(true);
  });

  it('infers types assignable to the exported interfaces', () => {
    expectTypeOf<z.output<typeof signerSchema>>().toExtend<Signer>();
    expectTypeOf<z.output<typeof patientSituationSchema>>().toExtend<PatientSituation>();
  });
});
