import { describe, expect, it } from 'vitest';
import { parseInput } from '../../core/parse-input';
import { accessExtensionSchema, accessOptionsSchema } from '../access-deadline/access-schema';
import { authorizationDateSchema } from '../authorization-date';
import { authorizationSchema } from './authorization-schema';

const issues = (schema: Parameters<typeof parseInput>[0], input: unknown) => {
  const r = parseInput(schema, input);
  return r.success ? [] : r.issues.map((i) => ({ path: i.path.join('.'), code: i.code }));
};

describe('authorizationDateSchema', () => {
  it('accepts real calendar dates, trimmed', () => {
    expect(authorizationDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(authorizationDateSchema.parse('  2026-01-05 ')).toBe('2026-01-05');
  });

  it('refuses impossible dates with invalid_date, instants with invalid_type, long strings with too_big', () => {
    for (const bad of ['2025-02-29', '2026-13-01', '2026-1-5', '2026-01-05T00:00:00Z', '', '0000-01-01']) {
      expect(issues(authorizationDateSchema, bad), bad).toEqual([{ path: '', code: 'invalid_date' }]);
    }
    expect(issues(authorizationDateSchema, new Date(0))).toEqual([{ path: '', code: 'invalid_type' }]);
    expect(issues(authorizationDateSchema, 0)).toEqual([{ path: '', code: 'invalid_type' }]);
    expect(issues(authorizationDateSchema, ' '.repeat(33))).toEqual([{ path: '', code: 'too_big' }]);
    expect(issues(authorizationDateSchema, ` 2026-01-05${' '.repeat(21)}`)).toEqual([]);
  });
});

describe('authorizationSchema', () => {
  it('accepts an empty object: every element is optional (a missing one is a finding, not an issue)', () => {
    expect(authorizationSchema.parse({})).toEqual({});
  });

  it('trims texts, drops unknown keys and keeps the shape', () => {
    const parsed = authorizationSchema.parse({
      information: '  Lab results ',
      disclosedBy: ' Clinic',
      disclosedTo: 'Insurer ',
      purpose: { kind: 'described', descriptions: [' care ', ''], extra: 1 },
      research: false,
      expiration: { kind: 'event', event: ' end of study ' },
      signature: { signedBy: 'personal-representative', signedOn: ' 2026-01-05', representativeAuthority: ' guardian ' },
      statements: { revocation: 'right-only', conditioning: 'consequences-of-refusal', redisclosure: false },
      name: 'Jane Doe',
    });
    expect(parsed).toEqual({
      information: 'Lab results',
      disclosedBy: 'Clinic',
      disclosedTo: 'Insurer',
      purpose: { kind: 'described', descriptions: ['care', ''] },
      research: false,
      expiration: { kind: 'event', event: 'end of study' },
      signature: { signedBy: 'personal-representative', signedOn: '2026-01-05', representativeAuthority: 'guardian' },
      statements: { revocation: 'right-only', conditioning: 'consequences-of-refusal', redisclosure: false },
    });
  });

  it('bounds texts at 2,000 characters and purposes at 20', () => {
    expect(issues(authorizationSchema, { information: 'x'.repeat(2000) })).toEqual([]);
    expect(issues(authorizationSchema, { information: 'x'.repeat(2001) })).toEqual([{ path: 'information', code: 'too_big' }]);
    const twenty = Array.from({ length: 20 }, () => 'p');
    expect(issues(authorizationSchema, { purpose: { kind: 'described', descriptions: twenty } })).toEqual([]);
    expect(issues(authorizationSchema, { purpose: { kind: 'described', descriptions: [...twenty, 'p'] } })).toEqual([
      { path: 'purpose.descriptions', code: 'too_big' },
    ]);
  });

  it('refuses wrong shapes with stable codes', () => {
    expect(issues(authorizationSchema, { purpose: { kind: 'other' } })).toEqual([{ path: 'purpose.kind', code: 'invalid_value' }]);
    expect(issues(authorizationSchema, { purpose: { kind: 'at-request-of-individual' } })).toEqual([
      { path: 'purpose.initiatedByIndividual', code: 'missing' },
    ]);
    expect(issues(authorizationSchema, { expiration: { kind: 'date' } })).toEqual([{ path: 'expiration.date', code: 'missing' }]);
    expect(issues(authorizationSchema, { expiration: { kind: 'date', date: '2026-02-30' } })).toEqual([
      { path: 'expiration.date', code: 'invalid_date' },
    ]);
    expect(issues(authorizationSchema, { statements: { revocation: 'maybe' } })).toEqual([
      { path: 'statements.revocation', code: 'invalid_value' },
    ]);
    expect(issues(authorizationSchema, { research: 'yes' })).toEqual([{ path: 'research', code: 'invalid_type' }]);
    expect(issues(authorizationSchema, [])).toEqual([{ path: '', code: 'invalid_type' }]);
  });

  it('needs signature.signedBy unless a signer is given', () => {
    expect(issues(authorizationSchema, { signature: { signedOn: '2026-01-05' } })).toEqual([
      { path: 'signature.signedBy', code: 'invalid_type' },
    ]);
    expect(
      issues(authorizationSchema, { signature: { signedOn: '2026-01-05' }, patient: { situation: 'adult' }, signer: { role: 'patient' } }),
    ).toEqual([]);
    expect(issues(authorizationSchema, { signature: { signedBy: 'individual' } })).toEqual([]);
  });

  it('takes patient and signer together or not at all', () => {
    expect(issues(authorizationSchema, { signer: { role: 'patient' } })).toEqual([{ path: 'patient', code: 'invalid_type' }]);
    expect(issues(authorizationSchema, { patient: { situation: 'adult' } })).toEqual([{ path: 'signer', code: 'invalid_type' }]);
    expect(issues(authorizationSchema, { patient: { situation: 'adult' }, signer: { role: 'patient' } })).toEqual([]);
  });

  it('refuses a signedBy that contradicts the signer role', () => {
    const both = (signedBy: string, role: string) =>
      issues(authorizationSchema, { signature: { signedBy }, patient: { situation: 'adult' }, signer: { role } });
    expect(both('individual', 'patient')).toEqual([]);
    expect(both('personal-representative', 'legal-representative')).toEqual([]);
    expect(both('personal-representative', 'next-of-kin')).toEqual([]);
    expect(both('individual', 'custodial-parent')).toEqual([{ path: 'signature.signedBy', code: 'invalid_value' }]);
    expect(both('personal-representative', 'patient')).toEqual([{ path: 'signature.signedBy', code: 'invalid_value' }]);
  });
});

describe('accessExtensionSchema and accessOptionsSchema', () => {
  it('needs the notice date; reason and expected date are optional', () => {
    expect(accessExtensionSchema.parse({ writtenNoticeOn: '2026-02-01' })).toEqual({ writtenNoticeOn: '2026-02-01' });
    expect(issues(accessExtensionSchema, {})).toEqual([{ path: 'writtenNoticeOn', code: 'missing' }]);
    expect(issues(accessExtensionSchema, { writtenNoticeOn: '2026-02-01', expectedOn: '2026-02-31' })).toEqual([
      { path: 'expectedOn', code: 'invalid_date' },
    ]);
    expect(issues(accessExtensionSchema, { writtenNoticeOn: '2026-02-01', reasonStated: 'yes' })).toEqual([
      { path: 'reasonStated', code: 'invalid_type' },
    ]);
  });

  it('reads at most 10 extensions and drops other option keys', () => {
    const ten = Array.from({ length: 10 }, () => ({ writtenNoticeOn: '2026-02-01' }));
    expect(accessOptionsSchema.parse({ extensions: ten, locale: 'es' })).toEqual({ extensions: ten });
    expect(issues(accessOptionsSchema, { extensions: [...ten, ten[0]] })).toEqual([{ path: 'extensions', code: 'too_big' }]);
  });
});
