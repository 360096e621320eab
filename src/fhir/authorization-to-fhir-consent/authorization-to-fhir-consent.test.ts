import { describe, expect, it } from 'vitest';
import { checkAuthorization } from '../../hipaa';
import { es } from '../../locales/es';
import { AUTHORIZATION_EXTENSION } from '../consent/consent-map';
import { fhirErrors } from '../test-support/fhir-validator';
import { authorizationToFhirConsent } from './authorization-to-fhir-consent';

const PATIENT = { reference: 'Patient/123' };
const HL7 = 'http://terminology.hl7.org/CodeSystem/';
const COMPLETE = {
  information: 'Discharge summary, 2025 admission',
  disclosedBy: 'Duke Health Lake Norman Hospital',
  disclosedTo: 'Example Clinic',
  purpose: { kind: 'at-request-of-individual', initiatedByIndividual: true },
  expiration: { kind: 'date', date: '2027-01-31' },
  signature: { signedBy: 'individual', signedOn: '2026-01-31' },
  statements: { revocation: 'how-to-revoke', conditioning: 'may-not-condition', redisclosure: true },
};
const write = (authorization: unknown, options: unknown = { patient: PATIENT }) => authorizationToFhirConsent(authorization, options as never);
const consentOf = (authorization: unknown) => {
  const r = write(authorization);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  expect(fhirErrors(r.consent)).toEqual([]);
  return r.consent;
};
const sub = (url: string, type: string, value: unknown) => ({ url, [`value${type}`]: value });

describe('authorizationToFhirConsent', () => {
  it('writes a complete authorization as a valid R4 Consent', () => {
    expect(consentOf(COMPLETE)).toEqual({
      resourceType: 'Consent',
      status: 'active',
      scope: { coding: [{ system: `${HL7}consentscope`, code: 'patient-privacy' }] },
      category: [{ coding: [{ system: 'http://loinc.org', code: '64292-6' }] }],
      patient: PATIENT,
      dateTime: '2026-01-31',
      performer: [PATIENT],
      policy: [{ uri: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.508' }],
      provision: {
        type: 'permit',
        period: { start: '2026-01-31', end: '2027-01-31' },
        actor: [
          { role: { coding: [{ system: `${HL7}v3-ParticipationType`, code: 'CST' }] }, reference: { display: 'Duke Health Lake Norman Hospital' } },
          { role: { coding: [{ system: `${HL7}v3-ParticipationType`, code: 'IRCP' }] }, reference: { display: 'Example Clinic' } },
        ],
        purpose: [{ system: `${HL7}v3-ActReason`, code: 'PATRQT' }],
        code: [{ text: 'Discharge summary, 2025 admission' }],
      },
      extension: [
        {
          url: AUTHORIZATION_EXTENSION,
          extension: [
            sub('purpose.kind', 'Code', 'at-request-of-individual'),
            sub('purpose.initiatedByIndividual', 'Boolean', true),
            sub('expiration.kind', 'Code', 'date'),
            sub('signature.signedBy', 'Code', 'individual'),
            sub('statements.revocation', 'Code', 'how-to-revoke'),
            sub('statements.conditioning', 'Code', 'may-not-condition'),
            sub('statements.redisclosure', 'Boolean', true),
          ],
        },
      ],
    });
  });

  it('writes an empty authorization as the bare Consent, still valid', () => {
    expect(consentOf({})).toEqual({
      resourceType: 'Consent',
      status: 'active',
      scope: { coding: [{ system: `${HL7}consentscope`, code: 'patient-privacy' }] },
      category: [{ coding: [{ system: 'http://loinc.org', code: '64292-6' }] }],
      patient: PATIENT,
      policy: [{ uri: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.508' }],
      provision: { type: 'permit' },
    });
  });

  it('writes described purposes, research, an event, the representative and the signer in the extension; blanks left out', () => {
    const consent = consentOf({
      information: '  ',
      purpose: { kind: 'described', descriptions: ['Continuing care', ' ', 'Second opinion'] },
      research: true,
      expiration: { kind: 'event', event: 'End of the study' },
      signature: { signedOn: '2026-01-31', representativeAuthority: 'Court order 2020-1', signedBy: 'personal-representative' },
      statements: { redisclosure: false },
      patient: { situation: 'minor', dateOfBirth: '2012-03-04' },
      signer: { role: 'custodial-parent', proof: ['guardianship', 'guardianship-indicates-disability'] },
    });
    expect(consent.performer).toEqual([{ type: 'RelatedPerson' }]);
    expect(consent.provision?.code).toBeUndefined();
    expect(consent.provision?.purpose).toEqual([{ system: `${HL7}v3-ActReason`, code: 'HRESCH' }]);
    expect(consent.provision?.period).toEqual({ start: '2026-01-31' });
    expect(consent.extension?.[0]?.extension).toEqual([
      sub('purpose.kind', 'Code', 'described'),
      sub('purpose.descriptions', 'String', 'Continuing care'),
      sub('purpose.descriptions', 'String', 'Second opinion'),
      sub('research', 'Boolean', true),
      sub('expiration.kind', 'Code', 'event'),
      sub('expiration.event', 'String', 'End of the study'),
      sub('signature.signedBy', 'Code', 'personal-representative'),
      sub('signature.representativeAuthority', 'String', 'Court order 2020-1'),
      sub('statements.redisclosure', 'Boolean', false),
      sub('patient.situation', 'Code', 'minor'),
      sub('patient.dateOfBirth', 'Date', '2012-03-04'),
      sub('signer.role', 'Code', 'custodial-parent'),
      sub('signer.proof', 'Code', 'guardianship'),
      sub('signer.proof', 'Code', 'guardianship-indicates-disability'),
    ]);
  });

  it('takes who signed from the signer when the signature does not say', () => {
    const bySigner = (role: string) => consentOf({ signature: {}, patient: { situation: 'adult' }, signer: { role } }).performer;
    expect(bySigner('patient')).toEqual([PATIENT]);
    expect(bySigner('legal-representative')).toEqual([{ type: 'RelatedPerson' }]);
    expect(consentOf({ patient: { situation: 'adult' }, signer: { role: 'patient' } }).performer).toBeUndefined();
  });

  it('keeps the periods in order: a signature after the expiration date stays in dateTime only', () => {
    const consent = consentOf({ ...COMPLETE, signature: { signedBy: 'individual', signedOn: '2027-02-01' } });
    expect(consent.provision?.period).toEqual({ end: '2027-01-31' });
    expect(consent.dateTime).toBe('2027-02-01');
    expect(consentOf({ expiration: { kind: 'date', date: '2027-01-31' } }).provision?.period).toEqual({ end: '2027-01-31' });
  });

  it('copies the patient reference given, and only its reference parts', () => {
    const r = write({}, { patient: { identifier: { system: 'urn:mrn', value: 'D1', extra: 1 }, display: 'Jane Doe', id: 'x', extension: [] } });
    expect(r.success && r.consent.patient).toEqual({ identifier: { system: 'urn:mrn', value: 'D1' }, display: 'Jane Doe' });
  });

  it('refuses a missing or empty patient reference, bad options and an invalid authorization', () => {
    const codes = (r: ReturnType<typeof write>) => (r.success ? [] : r.issues.map((i) => [i.path, i.code]));
    expect(codes(write({}, {}))).toEqual([[['options', 'patient'], 'missing']]);
    expect(codes(authorizationToFhirConsent({}, undefined as never))).toEqual([[['options', 'patient'], 'missing']]);
    expect(codes(write({}, { patient: { reference: '' } }))).toEqual([[['options', 'patient'], 'invalid_input']]);
    expect(codes(write({}, { patient: PATIENT, locale: 'es' }))).toEqual([[['options', 'locale'], 'invalid_value']]);
    const invalid = write({ expiration: { kind: 'date', date: '2026-02-30' } });
    expect(invalid).toEqual(checkAuthorization({ expiration: { kind: 'date', date: '2026-02-30' } }));
    const spanish = write({ research: 'yes' }, { patient: PATIENT, locale: es });
    expect(!spanish.success && spanish.issues[0]?.message).toBe('Este valor debe ser verdadero o falso.');
  });
});
