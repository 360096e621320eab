import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../core/locale';
import { es } from '../../locales/es';
import { PATIENT_SITUATIONS, SIGNER_ROLES } from './signer-schema';
import { checkSigner, requirementsFor, signerRequirements, signerVerdict } from './signer';

describe('checkSigner(input, options)', () => {
  it('gives the verdict of the signer rules, with the as-of date used', () => {
    for (const situation of PATIENT_SITUATIONS) {
      for (const role of SIGNER_ROLES) {
        const patient = situation === 'minor' ? { situation, dateOfBirth: '2012-03-04' } : { situation };
        const r = checkSigner({ patient, signer: { role, proof: ['guardianship'] } }, { asOf: '2026-01-15' });
        expect(r).toEqual({
          success: true,
          asOf: '2026-01-15',
          ...signerVerdict(patient, { role, proof: ['guardianship'] }, '2026-01-15'),
        });
      }
    }
  });

  it('reads an instant as its date in America/New_York, and takes no options at all', () => {
    const input = { patient: { situation: 'minor', dateOfBirth: '2008-01-15' }, signer: { role: 'custodial-parent' } };
    // 2026-01-15T03:00Z is still 2026-01-14 in New York: the minor is 17, not 18.
    const r = checkSigner(input, { asOf: '2026-01-15T03:00:00Z' });
    expect(r.success && [r.asOf, r.ageCheck, r.situation]).toEqual(['2026-01-14', 'under-18', 'minor']);
    const none = checkSigner(input);
    expect(none.success && [none.asOf, none.ageCheck]).toEqual([null, 'unverified']);
  });

  it('gives the proof held as none by default, and findings in the locale asked for', () => {
    const r = checkSigner({ patient: { situation: 'deceased' }, signer: { role: 'patient' } }, { locale: es });
    expect(r.success && r.missingProof).toEqual([]);
    expect(r.success && r.findings[0]?.message).toBe(signerVerdict({ situation: 'deceased' }, { role: 'patient', proof: [] }, null, es).findings[0]?.message);
    expect(r.success && r.findings[0]?.message).not.toBe(
      signerVerdict({ situation: 'deceased' }, { role: 'patient', proof: [] }, null, ENGLISH).findings[0]?.message,
    );
  });

  it('returns issues, never throws, on input that is not a signer question', () => {
    for (const input of [undefined, null, {}, 42, 'minor', [], { patient: { situation: 'adult' } }, { signer: { role: 'patient' } }]) {
      const r = checkSigner(input);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.issues.length).toBeGreaterThan(0);
    }
    const r = checkSigner({});
    expect(!r.success && r.issues.map((i) => i.path)).toEqual([['patient'], ['signer']]);
  });

  it('points each issue at its field and never repeats a value', () => {
    const r = checkSigner({ patient: { situation: 'minor', dateOfBirth: 'Jane Doe' }, signer: { role: 'Jane Doe', proof: ['x'] } });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([
      [['patient', 'dateOfBirth'], 'invalid_date'],
      [['signer', 'role'], 'invalid_value'],
      [['signer', 'proof', 0], 'invalid_value'],
    ]);
    expect(JSON.stringify(r)).not.toContain('Jane');
  });

  it('refuses a date of birth after the as-of date, as routeRecordsRequest does', () => {
    const input = { patient: { situation: 'minor', dateOfBirth: '2026-02-01' }, signer: { role: 'legal-guardian' } };
    const r = checkSigner(input, { asOf: '2026-01-15', locale: es });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => [i.path, i.code])).toEqual([[['patient', 'dateOfBirth'], 'date_in_future']]);
      expect(JSON.stringify(r)).not.toContain('2026-02-01');
    }
    expect(checkSigner(input).success).toBe(true);
  });

  it('gives option issues for a locale that is not a value and an invalid asOf', () => {
    const input = { patient: { situation: 'adult' }, signer: { role: 'patient' } };
    const r = checkSigner(input, { locale: 'es' as never, asOf: 'soon' });
    expect(!r.success && r.issues.map((i) => i.path)).toEqual([
      ['options', 'locale'],
      ['options', 'asOf'],
    ]);
    expect(checkSigner(input, 'es' as never).success).toBe(false);
  });

  it('turns an input that throws while read into an issue', () => {
    const input = {
      get patient(): never {
        throw new Error('trap');
      },
      signer: { role: 'patient' },
    };
    const r = checkSigner(input);
    expect(!r.success && r.issues.map((i) => i.code)).toEqual(['unreadable_input']);
  });
});

describe('signerRequirements(input, options)', () => {
  it('names the roles and proof of the situation', () => {
    for (const situation of PATIENT_SITUATIONS) {
      expect(signerRequirements({ situation })).toEqual({ success: true, ...requirementsFor(situation) });
    }
    // A whole patient situation works too.
    expect(signerRequirements({ situation: 'minor', dateOfBirth: '2012-03-04' }, { asOf: '2026-01-15' })).toEqual({
      success: true,
      ruleId: 'signer.minor',
      roles: ['custodial-parent', 'legal-guardian'],
      proof: ['guardianship'],
    });
  });

  it('returns issues, never throws, on bad input or options', () => {
    for (const input of [undefined, null, 'minor']) {
      const r = signerRequirements(input);
      expect(!r.success && r.issues.map((i) => [i.path, i.code])).toEqual([[[], input === undefined ? 'missing' : 'invalid_type']]);
    }
    for (const input of [{}, { situation: 'child' }, { situation: 42 }]) {
      const r = signerRequirements(input);
      expect(!r.success && r.issues.map((i) => i.path)).toEqual([['situation']]);
    }
    const r = signerRequirements({ situation: 'Jane Doe' }, { locale: es });
    expect(!r.success && r.issues.map((i) => [i.code, i.message.includes('Jane')])).toEqual([['invalid_value', false]]);
    const bad = signerRequirements({ situation: 'adult' }, { asOf: '2026-02-30' });
    expect(!bad.success && bad.issues.map((i) => [i.path, i.code])).toEqual([[['options', 'asOf'], 'invalid_as_of']]);
  });
});
