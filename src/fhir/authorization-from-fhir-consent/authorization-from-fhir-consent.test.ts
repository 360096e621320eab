import type { Consent } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAuthorization } from '../../hipaa';
import { es } from '../../locales/es';
import { authorizationToFhirConsent } from '../authorization-to-fhir-consent/authorization-to-fhir-consent';
import { AUTHORIZATION_EXTENSION } from '../consent/consent-map';
import { ehrConsent } from '../test-support/fixtures';
import { authorizationFromFhirConsent } from './authorization-from-fhir-consent';

const HL7 = 'http://terminology.hl7.org/CodeSystem/';
const BASE = { resourceType: 'Consent', status: 'active', scope: { coding: [{ system: `${HL7}consentscope`, code: 'patient-privacy' }] } } as const;
const read = (consent: unknown, options?: unknown) => authorizationFromFhirConsent(consent, options as never);
const withProvision = (provision: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ ...BASE, provision, ...extra });
const authorizationOf = (consent: unknown) => {
  const r = read(consent);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.authorization;
};
const notCarried = (consent: unknown) => {
  const r = read(consent);
  return r.success ? r.notCarried.map((i) => i.path) : r.issues.map((i) => [i.code, ...i.path]);
};
const issues = (consent: unknown, options?: unknown) => {
  const r = read(consent, options);
  return r.success ? [] : r.issues.map((i) => [i.path, i.code]);
};
const actor = (code: string, display?: string, system = `${HL7}v3-ParticipationType`) => ({ role: { coding: [{ system, code }] }, reference: { reference: 'Organization/x', display } });
const ours = (...extension: unknown[]) => ({ url: AUTHORIZATION_EXTENSION, extension });

describe('authorizationFromFhirConsent', () => {
  it('reads back what authorizationToFhirConsent wrote, nothing left out', () => {
    const input = {
      information: 'Discharge summary',
      disclosedBy: 'Duke Health Lake Norman Hospital',
      disclosedTo: 'Example Clinic',
      purpose: { kind: 'described', descriptions: ['Continuing care', 'Second opinion'] },
      research: false,
      expiration: { kind: 'date', date: '2027-01-31' },
      signature: { signedBy: 'personal-representative', signedOn: '2026-01-31', representativeAuthority: 'Court order' },
      statements: { revocation: 'notice-of-privacy-practices', conditioning: 'consequences-of-refusal', redisclosure: true },
      patient: { situation: 'unable-to-sign' },
      signer: { role: 'legal-guardian', proof: ['guardianship-indicates-disability'] },
    };
    const written = authorizationToFhirConsent(input, { patient: { reference: 'Patient/1' } });
    const r = written.success ? read(written.consent) : written;
    expect(r).toEqual({ success: true, authorization: input, notCarried: [] });
  });

  it('reads an EHR release-of-information Consent, reporting each element it cannot carry', () => {
    const r = read(ehrConsent());
    expect(r.success && r.authorization).toEqual({
      information: 'Discharge summary',
      disclosedBy: 'Duke Health Lake Norman Hospital',
      disclosedTo: 'Example Clinic',
      purpose: { kind: 'described', descriptions: ['treatment'] },
      expiration: { kind: 'date', date: '2027-01-31' },
      signature: { signedBy: 'individual', signedOn: '2026-01-31' },
    });
    expect(notCarried(ehrConsent())).toEqual([
      ['organization'],
      ['sourceAttachment'],
      ['provision', 'action'],
      ['provision', 'securityLabel'],
      ['provision', 'dataPeriod'],
      ['performer', 1],
      ['extension', 0],
    ]);
    // the check sees what the Consent says: statements missing
    const check = r.success ? checkAuthorization(r.authorization, { asOf: '2026-02-01' }) : r;
    expect(check.success && check.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual([
      'hipaa.508c2i-revocation',
      'hipaa.508c2ii-conditioning',
      'hipaa.508c2iii-redisclosure',
    ]);
  });

  it('reports every other element an authorization has no place for', () => {
    const everything = withProvision(
      { class: [{ code: 'x' }], data: [{ meaning: 'related', reference: { reference: 'DocumentReference/1' } }], provision: [{ type: 'deny' }] },
      { status: 'inactive', sourceReference: { reference: 'DocumentReference/2' }, policyRule: { text: 'HIPAA' }, verification: [{ verified: true }], implicitRules: 'urn:x' },
    );
    expect(notCarried(everything)).toEqual([
      ['status'],
      ['sourceReference'],
      ['policyRule'],
      ['verification'],
      ['implicitRules'],
      ['provision', 'class'],
      ['provision', 'data'],
      ['provision', 'provision'],
    ]);
    expect(notCarried({ ...BASE, id: 'c1', meta: {}, identifier: [], patient: { display: 'Jane Doe' }, category: [], policy: [], contained: [], language: 'en' })).toEqual([]);
  });

  describe('the description and the parties', () => {
    it('reads the code text, else its displays; joins several; skips a code with neither', () => {
      const a = authorizationOf(withProvision({ code: [{ text: ' Labs ' }, { coding: [{ display: 'Imaging' }, { code: 'x' }, { display: 'Notes' }] }, { coding: [{ code: 'y' }] }] }));
      expect(a.information).toBe('Labs; Imaging, Notes');
      expect(notCarried(withProvision({ code: [{ coding: [{ code: 'y' }] }, { text: ' ' }] }))).toEqual([
        ['provision', 'code', 0],
        ['provision', 'code', 1],
      ]);
    });

    it('reads CST as who discloses and IRCP or PRCP as who receives, by display; several joined', () => {
      const a = authorizationOf(withProvision({ actor: [actor('CST', 'Hospital'), actor('IRCP', 'Clinic A'), actor('PRCP', ' Clinic B ')] }));
      expect([a.disclosedBy, a.disclosedTo]).toEqual(['Hospital', 'Clinic A; Clinic B']);
    });

    it('reports actors of other roles, of another system, without a role, or without a display', () => {
      const consent = withProvision({ actor: [actor('AUT', 'Author'), actor('CST', 'Hospital', 'urn:other'), { reference: { display: 'Someone' } }, actor('IRCP'), actor('IRCP', '  ')] });
      expect(notCarried(consent)).toEqual([
        ['provision', 'actor', 0],
        ['provision', 'actor', 1],
        ['provision', 'actor', 2],
        ['provision', 'actor', 3, 'reference'],
        ['provision', 'actor', 4, 'reference'],
      ]);
      expect(authorizationOf(consent)).toEqual({});
    });
  });

  describe('the purpose', () => {
    const purposes = (...purpose: unknown[]) => withProvision({ purpose });
    const reason = (code: string, display?: string) => ({ system: `${HL7}v3-ActReason`, code, display });

    it('reads PATRQT as at the request of the individual, not initiated by the individual unless the extension says so', () => {
      expect(authorizationOf(purposes(reason('PATRQT'))).purpose).toEqual({ kind: 'at-request-of-individual', initiatedByIndividual: false });
      const told = { ...purposes(reason('PATRQT')), extension: [ours({ url: 'purpose.initiatedByIndividual', valueBoolean: true })] };
      expect(authorizationOf(told).purpose).toEqual({ kind: 'at-request-of-individual', initiatedByIndividual: true });
    });

    it('reads HRESCH as research and other codes as described purposes, by display or code', () => {
      const a = authorizationOf(purposes(reason('HRESCH'), reason('TREAT', 'treatment'), { system: 'urn:local', code: 'CONT-CARE' }));
      expect(a).toEqual({ research: true, purpose: { kind: 'described', descriptions: ['treatment', 'CONT-CARE'] } });
      expect(authorizationOf(purposes(reason('HRESCH')))).toEqual({ research: true });
    });

    it('reports a purpose it cannot read, and described codes beside PATRQT', () => {
      expect(notCarried(purposes({ system: 'urn:x' }, reason('TREAT'), reason('PATRQT')))).toEqual([
        ['provision', 'purpose', 0],
        ['provision', 'purpose', 1],
      ]);
    });
  });

  describe('the dates and the signer', () => {
    it('reads the signature date from the period, else the date of dateTime; the expiration from the period end', () => {
      const patient = { performer: [{ reference: 'https://ehr.example/fhir/Patient/1' }] };
      expect(authorizationOf(withProvision({ period: { start: '2026-01-31T10:00:00Z', end: '2027-01-31' } }, patient))).toEqual({
        signature: { signedBy: 'individual', signedOn: '2026-01-31' },
        expiration: { kind: 'date', date: '2027-01-31' },
      });
      expect(authorizationOf({ ...BASE, dateTime: '2026-01-31T23:30:00-05:00', ...patient }).signature).toEqual({ signedBy: 'individual', signedOn: '2026-01-31' });
    });

    it('refuses partial dates', () => {
      expect(issues(withProvision({ period: { start: '2026', end: '2027-01' } }))).toEqual([
        [['provision', 'period', 'start'], 'partial_date'],
        [['provision', 'period', 'end'], 'partial_date'],
      ]);
      expect(issues({ ...BASE, dateTime: '2026-01' })).toEqual([[['dateTime'], 'partial_date']]);
    });

    it('maps an impossible date to where it was read', () => {
      expect(issues(withProvision({ period: { end: '2027-02-30' } }))).toEqual([[['provision', 'period', 'end'], 'invalid_date']]);
    });

    it('reads a Patient performer as the individual and a RelatedPerson as a representative; reports the others', () => {
      const signedBy = (performer: unknown[]) => {
        const r = read({ ...BASE, dateTime: '2026-01-31', performer });
        return r.success ? [r.authorization.signature?.signedBy, r.notCarried.map((i) => i.path)] : r.issues;
      };
      expect(signedBy([{ type: 'RelatedPerson', display: 'Mother' }])).toEqual(['personal-representative', []]);
      expect(signedBy([{ reference: 'RelatedPerson/7' }, { reference: 'Patient/1' }])).toEqual(['personal-representative', [['performer', 1]]]);
      expect(signedBy([{ reference: 'Practitioner/2' }, { reference: '#signer' }, { display: 'Someone' }, { reference: 'Patient/1' }])).toEqual([
        'individual',
        [['performer', 0], ['performer', 1], ['performer', 2]],
      ]);
    });

    it('reports a signature date without anyone who signed, rather than inventing a signer', () => {
      const r = read(withProvision({ period: { start: '2026-01-31' }, actor: [actor('CST', 'Hospital')] }, { performer: [{ reference: 'Organization/1' }] }));
      expect(r.success && r.authorization).toEqual({ disclosedBy: 'Hospital' });
      expect(r.success && r.notCarried.map((i) => i.path)).toEqual([['performer', 0], ['provision', 'period', 'start']]);
      // with a signer, the date is the signer's
      const withSigner = read(withProvision({ period: { start: '2026-01-31' } }, { extension: [ours({ url: 'patient.situation', valueCode: 'adult' }, { url: 'signer.role', valueCode: 'patient' })] }));
      expect(withSigner.success && withSigner.authorization.signature).toEqual({ signedOn: '2026-01-31' });
    });
  });

  describe('the extension', () => {
    it('reports other extensions, unknown fields and values of the wrong type', () => {
      const consent = {
        ...BASE,
        extension: [
          { url: 'urn:other', valueString: 'x' },
          ours({ url: 'statements.unknown', valueBoolean: true }, { url: 'statements.redisclosure', valueString: 'yes' }, { url: '__proto__', valueString: 'x' }, { valueCode: 'x' }, { url: 'statements.revocation', valueCode: 'how-to-revoke' }),
          { url: AUTHORIZATION_EXTENSION },
        ],
      };
      expect(notCarried(consent)).toEqual([
        ['extension', 0],
        ['extension', 1, 'extension', 0],
        ['extension', 1, 'extension', 1],
        ['extension', 1, 'extension', 2],
        ['extension', 1, 'extension', 3],
      ]);
      expect(authorizationOf(consent)).toEqual({ statements: { revocation: 'how-to-revoke' } });
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    });

    it('maps the issues of the values it carries to where they were read', () => {
      expect(issues({ ...BASE, extension: [ours({ url: 'statements.revocation', valueCode: 'maybe' })] })).toEqual([[['extension', 0, 'extension', 0], 'invalid_value']]);
      // a signer without the patient's situation: the pair is incomplete, and has no single place
      expect(issues({ ...BASE, extension: [ours({ url: 'signer.role', valueCode: 'patient' })] })).toEqual([[[], 'invalid_type']]);
    });

    it('gives a described purpose with no description an empty list', () => {
      expect(authorizationOf({ ...BASE, extension: [ours({ url: 'purpose.kind', valueCode: 'described' })] }).purpose).toEqual({ kind: 'described', descriptions: [] });
    });
  });

  describe('a Consent that is not a readable authorization', () => {
    it('refuses another scope, a deny provision, a modifier extension, another resource and bad options', () => {
      expect(issues({ ...BASE, scope: { coding: [{ system: `${HL7}consentscope`, code: 'treatment' }] } })).toEqual([[['scope'], 'invalid_value']]);
      expect(issues({ ...BASE, scope: undefined })).toEqual([[['scope'], 'invalid_value']]);
      expect(issues(withProvision({ type: 'deny' }))).toEqual([[['provision', 'type'], 'invalid_value']]);
      expect(issues({ ...BASE, modifierExtension: [{ url: 'urn:x', valueBoolean: true }] })).toEqual([[['modifierExtension'], 'not_understood']]);
      expect(issues(withProvision({ modifierExtension: [{ url: 'urn:x', valueBoolean: true }] }))).toEqual([[['provision', 'modifierExtension'], 'not_understood']]);
      expect(issues({ resourceType: 'Patient' })).toEqual([[['resourceType'], 'invalid_value']]);
      expect(issues(BASE, { locale: 'es' })).toEqual([[['options', 'locale'], 'invalid_value']]);
    });

    it('gives issues and what it did not read in Spanish with the es locale', () => {
      const r = read({ ...BASE, status: 'draft' }, { locale: es });
      expect(r.success && r.notCarried[0]?.message).toBe('Este elemento no tiene cabida en los datos de esta biblioteca y no se leyó.');
      const m = read({ ...BASE, modifierExtension: [{}] }, { locale: es });
      expect(!m.success && m.issues[0]?.message).toBe('Esta extensión modificadora no se entiende, así que el recurso no se puede leer.');
    });
  });

  it('never puts a value of the Consent in an issue or in what it did not read', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{5,9}q$/);
    fc.assert(
      fc.property(word, word, word, fc.constantFrom('2026', '2026-13-01', '2026-01-31'), (name, other, code, start) => {
        const consent = withProvision(
          { period: { start }, actor: [actor('AUT', name), actor('IRCP', other)], purpose: [{ system: 'urn:x', code }], data: [{ meaning: 'related', reference: { display: name } }] },
          {
            status: 'draft',
            organization: [{ display: name }],
            performer: [{ reference: `Practitioner/${code}`, display: other }],
            extension: [{ url: `urn:${code}`, valueString: name }, ours({ url: 'statements.revocation', valueCode: code }, { url: code, valueString: other })],
          },
        );
        const r = read(consent);
        const text = JSON.stringify(r.success ? r.notCarried : r.issues);
        for (const value of [name, other, code, start]) expect(text).not.toContain(value);
      }),
    );
  });

  it('accepts the Consent type of @medplum/fhirtypes', () => {
    const consent: Consent = ehrConsent();
    expect(read(consent).success).toBe(true);
  });
});
