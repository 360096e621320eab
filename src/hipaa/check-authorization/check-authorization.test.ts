import { describe, expect, it } from 'vitest';
import { checkAuthorization } from './check-authorization';
import type { EntryOptions } from '../../core/parse-options';
import { es } from '../../locales/es';
import { HIPAA_AUTHORIZATION_MESSAGES_EN } from '../authorization/messages.en';
import { HIPAA_AUTHORIZATION_MESSAGES_ES } from '../authorization/messages.es';
import type { AuthorizationInput } from '../authorization/authorization-schema';
import { hostileValues, snapshot } from '../../../test/support/hostile';

const complete = (): AuthorizationInput => ({
  information: 'HIV test results of Jane Q. Public, born 1990-04-12',
  disclosedBy: 'Duke Health Lake Norman Hospital',
  disclosedTo: 'Dr. John Roe, Example Clinic',
  purpose: { kind: 'described', descriptions: ['Continuing care'] },
  expiration: { kind: 'date', date: '2027-01-31' },
  signature: { signedBy: 'individual', signedOn: '2026-01-31' },
  statements: { revocation: 'how-to-revoke', conditioning: 'may-not-condition', redisclosure: true },
});

const REMINDERS = ['hipaa.508c3-plain-language', 'hipaa.508c4-copy'];
const ids = (r: ReturnType<typeof checkAuthorization>) => (r.success ? r.findings.map((f) => f.ruleId) : ['failed']);
const errors = (r: ReturnType<typeof checkAuthorization>) =>
  r.success ? r.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId) : ['failed'];

describe('checkAuthorization', () => {
  it('calls a complete authorization complete, with the two reminders only', () => {
    const r = checkAuthorization(complete(), { asOf: '2026-02-01' });
    expect(r).toStrictEqual({
      success: true,
      valid: true,
      complete: true,
      signed: true,
      request: null,
      findings: [
        { ruleId: 'hipaa.508c3-plain-language', severity: 'info', message: HIPAA_AUTHORIZATION_MESSAGES_EN['hipaa.508c3-plain-language'] },
        { ruleId: 'hipaa.508c4-copy', severity: 'info', message: HIPAA_AUTHORIZATION_MESSAGES_EN['hipaa.508c4-copy'] },
      ],
    });
  });

  it('reports each defect with its message in the locale and its path', () => {
    const r = checkAuthorization({ ...complete(), disclosedTo: ' ', research: false, expiration: { kind: 'none' } }, { locale: es });
    expect(r).toEqual({
      success: true,
      valid: false,
      complete: false,
      signed: true,
      request: null,
      findings: [
        { ruleId: 'hipaa.508c1iii-recipient', severity: 'error', message: HIPAA_AUTHORIZATION_MESSAGES_ES['hipaa.508c1iii-recipient'], path: ['disclosedTo'] },
        {
          ruleId: 'hipaa.508c1v-none-outside-research',
          severity: 'error',
          message: HIPAA_AUTHORIZATION_MESSAGES_ES['hipaa.508c1v-none-outside-research'],
          path: ['expiration', 'kind'],
        },
        { ruleId: 'hipaa.508c3-plain-language', severity: 'info', message: HIPAA_AUTHORIZATION_MESSAGES_ES['hipaa.508c3-plain-language'] },
        { ruleId: 'hipaa.508c4-copy', severity: 'info', message: HIPAA_AUTHORIZATION_MESSAGES_ES['hipaa.508c4-copy'] },
      ],
    });
  });

  it('checks the signature date against asOf only when asOf is given', () => {
    expect(errors(checkAuthorization(complete()))).toEqual(['hipaa.508b2i-expiry-undecided']);
    expect(errors(checkAuthorization(complete(), { asOf: '2026-01-31' }))).toEqual([]);
    expect(errors(checkAuthorization(complete(), { asOf: '2026-01-30' }))).toEqual(['hipaa.508c1vi-signed-after-as-of']);
    expect(errors(checkAuthorization(complete(), { asOf: '2026-01-31T04:59:00Z' }))).toEqual(['hipaa.508c1vi-signed-after-as-of']);
  });

  describe('with the signer rules', () => {
    const withSigner = (patient: unknown, signer: unknown, signature: object = { signedOn: '2026-01-31' }, options: EntryOptions = { asOf: '2026-02-01' }) =>
      checkAuthorization({ ...complete(), signature, patient, signer }, options);

    it("reports a minor's authorization signed by the minor once by each rule set", () => {
      const r = withSigner({ situation: 'minor', dateOfBirth: '2012-03-04' }, { role: 'patient' });
      expect(ids(r)).toEqual([
        'hipaa.508c1vi-representative-authority',
        'signer.minor',
        'signer.proof-of-guardianship',
        ...REMINDERS,
      ]);
      expect(r.success && r.complete).toBe(false);
      expect(JSON.stringify(r)).not.toContain('2012');
    });

    it('reports a parent signing without a description of authority once, whether or not signedBy says so', () => {
      for (const signature of [{ signedOn: '2026-01-31' }, { signedOn: '2026-01-31', signedBy: 'personal-representative' }]) {
        const r = withSigner({ situation: 'minor', dateOfBirth: '2012-03-04' }, { role: 'custodial-parent', proof: ['guardianship'] }, signature);
        expect(ids(r)).toEqual(['hipaa.508c1vi-representative-authority', ...REMINDERS]);
        expect(errors(r)).toEqual(['hipaa.508c1vi-representative-authority']);
      }
    });

    it('is complete when the right representative signs with proof and a description of authority', () => {
      const r = withSigner(
        { situation: 'unable-to-sign' },
        { role: 'legal-guardian', proof: ['guardianship-indicates-disability'] },
        { signedOn: '2026-01-31', representativeAuthority: 'Court-appointed guardian' },
      );
      expect(r).toMatchObject({ success: true, valid: true, complete: true });
      expect(ids(r)).toEqual([...REMINDERS]);
    });

    it('applies the adult rules to a declared minor who is 18 on asOf', () => {
      const r = withSigner({ situation: 'minor', dateOfBirth: '2008-01-31' }, { role: 'patient' });
      expect(ids(r)).toEqual(['signer.minor-age', ...REMINDERS]);
      expect(r.success && r.complete).toBe(true);
    });

    it('relies on the declared situation without asOf', () => {
      const r = withSigner({ situation: 'minor', dateOfBirth: '2008-01-31' }, { role: 'patient' }, undefined, {});
      expect(ids(r)).toEqual([
        'hipaa.508c1vi-representative-authority',
        'hipaa.508b2i-expiry-undecided',
        'signer.minor-age-unverified',
        'signer.minor',
        'signer.proof-of-guardianship',
        ...REMINDERS,
      ]);
    });

    it('runs the signer rules even when the signature is missing, and reports the signature once', () => {
      const r = checkAuthorization({ ...complete(), signature: undefined, patient: { situation: 'deceased' }, signer: { role: 'patient' } });
      expect(ids(r)).toEqual(['hipaa.508c1vi-signature', 'hipaa.508b2i-expiry-undecided', 'signer.deceased', ...REMINDERS]);
    });

    it("refuses a minor's date of birth after asOf, as checkSigner and routeRecordsRequest do, in the locale asked for", () => {
      const r = withSigner({ situation: 'minor', dateOfBirth: '2026-01-15' }, { role: 'custodial-parent' }, undefined, { asOf: '2026-01-10', locale: es });
      expect(r.success === false && r.issues.map((i) => [i.path, i.code])).toEqual([[['patient', 'dateOfBirth'], 'date_in_future']]);
      expect(JSON.stringify(r)).not.toContain('2026-01-15');
    });

    it('refuses a signer without a patient situation, and a contradicting signedBy', () => {
      expect(checkAuthorization({ ...complete(), signer: { role: 'patient' } })).toEqual({
        success: false,
        issues: [{ path: ['patient'], code: 'invalid_type', message: 'This value has the wrong type.' }],
      });
      const r = withSigner({ situation: 'adult' }, { role: 'patient' }, { signedOn: '2026-01-31', signedBy: 'personal-representative' });
      expect(r.success === false && r.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['signature.signedBy', 'invalid_value']]);
    });
  });

  describe('validity, 164.508(b)(2)', () => {
    const asOf = { asOf: '2026-06-01' };
    const validity = (input: AuthorizationInput, options: EntryOptions = asOf) => {
      const r = checkAuthorization(input, options);
      return r.success ? { valid: r.valid, complete: r.complete, errors: errors(r) } : { issues: r.issues.map((i) => i.code) };
    };

    it('calls a complete authorization within its dates valid', () => {
      expect(validity(complete())).toEqual({ valid: true, complete: true, errors: [] });
      expect(validity({ ...complete(), expiration: { kind: 'event', event: 'End of treatment', occurred: false } }, {})).toEqual({
        valid: true,
        complete: true,
        errors: [],
      });
    });

    it('makes each defect alone not valid, the authorization still complete', () => {
      const cases: readonly [AuthorizationInput, EntryOptions, string][] = [
        [{ ...complete(), expiration: { kind: 'date', date: '2026-05-31' } }, asOf, 'hipaa.508b2i-expired'],
        [{ ...complete(), expiration: { kind: 'event', event: 'End of treatment', occurred: true } }, asOf, 'hipaa.508b2i-expired'],
        [complete(), {}, 'hipaa.508b2i-expiry-undecided'],
        [{ ...complete(), revocation: { revokedOn: '2026-04-01', inWriting: true } }, asOf, 'hipaa.508b2iii-revoked'],
        [{ ...complete(), revocation: { revokedOn: '2026-04-01', inWriting: false } }, asOf, 'hipaa.508b5-revocation-in-writing'],
        [{ ...complete(), combinedWith: ['other-document'] }, asOf, 'hipaa.508b3-compound'],
        [{ ...complete(), combinedWith: ['research-permission'] }, asOf, 'hipaa.508b3i-research'],
        [{ ...complete(), combinedWith: ['psychotherapy-notes-authorization'] }, asOf, 'hipaa.508b3ii-psychotherapy-notes'],
        [
          {
            ...complete(),
            combinedWith: ['authorization'],
            conditioned: { on: ['treatment'], exception: 'third-party-health-care' },
            statements: { ...complete().statements, conditioning: 'consequences-of-refusal' },
          },
          asOf,
          'hipaa.508b3iii-conditioned',
        ],
        [
          { ...complete(), conditioned: { on: ['payment'] }, statements: { ...complete().statements, conditioning: 'consequences-of-refusal' } },
          asOf,
          'hipaa.508b4-conditioned',
        ],
        [{ ...complete(), knownFalse: true }, asOf, 'hipaa.508b2v-known-false'],
      ];
      for (const [input, options, ruleId] of cases) expect(validity(input, options)).toEqual({ valid: false, complete: true, errors: [ruleId] });
    });

    it('makes a missing remuneration statement of (a)(3) and (a)(4) incomplete, and names psychotherapy notes', () => {
      expect(validity({ ...complete(), marketing: { remuneration: true } })).toEqual({
        valid: false,
        complete: false,
        errors: ['hipaa.508a3-marketing-remuneration'],
      });
      expect(validity({ ...complete(), sale: { statesRemuneration: true }, marketing: { remuneration: true, statesRemuneration: true } })).toEqual({
        valid: true,
        complete: true,
        errors: [],
      });
      const notes = checkAuthorization({ ...complete(), psychotherapyNotes: true }, asOf);
      expect(notes.success && notes.findings.find((f) => f.ruleId === 'hipaa.508a2-psychotherapy-notes')).toMatchObject({ severity: 'info', path: ['psychotherapyNotes'] });
      expect(notes.success && notes.valid).toBe(true);
    });

    it('reports the findings in the order of the regulation: (c), (a), (b)(2), (b)(3)–(4), request, signer, reminders', () => {
      const r = checkAuthorization(
        {
          ...complete(),
          disclosedBy: '',
          psychotherapyNotes: true,
          knownFalse: true,
          combinedWith: ['other-document'],
          request: { recipient: 'Someone else' },
          patient: { situation: 'deceased' },
          signer: { role: 'patient' },
        },
        asOf,
      );
      expect(ids(r)).toEqual([
        'hipaa.508c1ii-discloser',
        'hipaa.508c1vi-representative-authority',
        'hipaa.508a2-psychotherapy-notes',
        'hipaa.508b2v-known-false',
        'hipaa.508b3-compound',
        'hipaa.508b3ii-psychotherapy-notes',
        'hipaa.508c1iii-request-recipient',
        'signer.deceased',
        ...REMINDERS,
      ]);
    });
  });

  it('(c)(4): a copy owed is a warning, not a validity defect; no reminder once who sought it is known', () => {
    const sought = checkAuthorization({ ...complete(), soughtBy: 'covered-entity' }, { asOf: '2026-02-01' });
    expect(sought.success && sought.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['hipaa.508c4-copy-required', 'warning'],
      ['hipaa.508c3-plain-language', 'info'],
    ]);
    expect(sought.success && sought.valid).toBe(true);
    expect(ids(checkAuthorization({ ...complete(), soughtBy: 'covered-entity', copyGiven: true }, { asOf: '2026-02-01' }))).toEqual([
      'hipaa.508c3-plain-language',
    ]);
    expect(ids(checkAuthorization({ ...complete(), soughtBy: 'individual' }, { asOf: '2026-02-01' }))).toEqual(['hipaa.508c3-plain-language']);
  });

  it('says whether the form is signed', () => {
    const signed = (signature: AuthorizationInput['signature']) => {
      const r = checkAuthorization({ ...complete(), signature }, { asOf: '2026-02-01' });
      return r.success && [r.signed, r.valid];
    };
    expect(signed({ signedBy: 'individual', signedOn: '2026-01-31' })).toEqual([true, true]);
    expect(signed({ signedBy: 'individual', signed: true, signedOn: '2026-01-31' })).toEqual([true, true]);
    expect(signed({ signedBy: 'individual', signed: true })).toEqual([true, false]);
    expect(signed({ signedBy: 'individual', signed: false, signedOn: '2026-01-31' })).toEqual([false, false]);
    expect(signed({ signedBy: 'individual' })).toEqual([false, false]);
    expect(signed(undefined)).toEqual([false, false]);
  });

  it('compares a request with the authorization, and never echoes either text', () => {
    const r = checkAuthorization({ ...complete(), request: { recipient: 'Dr. John Roe, Example Clinic', information: 'All HIV records of Jane' } }, { asOf: '2026-02-01' });
    expect(r.success && r.request).toEqual({ recipient: 'same', information: 'undecided' });
    expect(r.success && r.valid).toBe(true);
    expect(ids(r)).toEqual(['hipaa.508c1i-request-information', ...REMINDERS]);
    expect(JSON.stringify(r)).not.toMatch(/Jane|HIV|Roe|Example Clinic/);
  });

  it('refuses contradictory facts as input issues', () => {
    const contradictions: readonly [AuthorizationInput, string, string][] = [
      [{ ...complete(), purpose: { kind: 'at-request-of-individual', initiatedByIndividual: true }, soughtBy: 'covered-entity' }, 'soughtBy', 'invalid_value'],
      [{ ...complete(), revocation: { revokedOn: '2026-01-30', inWriting: true } }, 'revocation.revokedOn', 'date_order'],
    ];
    for (const [input, path, code] of contradictions) {
      const r = checkAuthorization(input);
      expect(r.success === false && r.issues.map((i) => [i.path.join('.'), i.code])).toEqual([[path, code]]);
    }
    expect(checkAuthorization({ ...complete(), revocation: { revokedOn: '2026-01-31', inWriting: true } }).success).toBe(true);
    expect(checkAuthorization({ ...complete(), purpose: { kind: 'at-request-of-individual', initiatedByIndividual: false }, soughtBy: 'covered-entity' }).success).toBe(true);
  });

  it('refuses input of the wrong shape with PHI-safe issues', () => {
    const r = checkAuthorization({ ...complete(), information: 42, signature: { signedBy: 'Jane Doe', signedOn: '1990-04-12' } }, { locale: es });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['information', 'invalid_type'],
      ['signature.signedBy', 'invalid_value'],
    ]);
    expect(r.issues[0]?.message).toBe('Este valor debe ser texto.');
    expect(JSON.stringify(r)).not.toMatch(/Jane|1990/);
  });

  it('refuses bad options before reading the input', () => {
    for (const locale of ['fr', 'es']) {
      expect(checkAuthorization(complete(), { locale } as unknown as EntryOptions)).toEqual({
        success: false,
        issues: [{ path: ['options', 'locale'], code: 'invalid_value', message: 'This value is not one of the allowed options.' }],
      });
    }
    expect(checkAuthorization(complete(), 7 as unknown as EntryOptions).success).toBe(false);
  });

  it('never echoes the texts and dates it was given', () => {
    const r = checkAuthorization({ ...complete(), disclosedBy: '', expiration: { kind: 'date', date: '2025-01-02' } }, { asOf: '2026-01-01' });
    const text = JSON.stringify(r);
    for (const secret of ['Jane', 'HIV', '1990', 'John Roe', '2025-01-02', '2026-01-31', 'Example Clinic']) expect(text).not.toContain(secret);
    expect(errors(r)).toEqual([
      'hipaa.508c1ii-discloser',
      'hipaa.508c1v-expires-before-signed',
      'hipaa.508c1vi-signed-after-as-of',
      'hipaa.508b2i-expired',
    ]);
  });

  it('never throws on hostile values and never mutates its input', () => {
    for (const value of hostileValues(['information', 'purpose', 'signature', 'statements', 'patient', 'signer', 'revocation', 'combinedWith', 'conditioned', 'marketing', 'sale', 'request'])) {
      expect(typeof checkAuthorization(value).success).toBe('boolean');
      expect(typeof checkAuthorization(complete(), value as EntryOptions).success).toBe('boolean');
    }
    const input = { ...complete(), information: '  padded  ', unknown: { a: 1 } };
    const before = snapshot(input);
    checkAuthorization(input);
    expect(snapshot(input)).toBe(before);
  });
});
