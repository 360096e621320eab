/**
 * FHIR R4 resources shaped like the ones EHRs send (an Epic-style Patient
 * with several names and identifiers and US Core extensions; a
 * release-of-information Consent with elements an authorization has no
 * place for). Made-up people and numbers only.
 */
import type { Consent, Patient } from '@medplum/fhirtypes';

/** The system of the made-up EHR's own medical record numbers. */
export const EHR_MRN_SYSTEM = 'urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14';
const V2_0203 = 'http://terminology.hl7.org/CodeSystem/v2-0203';

/** An EHR Patient: official, usual and old names, an MRN of the EHR, one of another hospital, an old one, an SSN; extensions. */
export function ehrPatient(): Patient {
  return {
    resourceType: 'Patient',
    id: 'eq081-VQEgP8drUUqCWzHfw3',
    meta: { versionId: '4', lastUpdated: '2026-01-15T10:00:00Z', profile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient'] },
    extension: [
      {
        url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race',
        extension: [
          { url: 'ombCategory', valueCoding: { system: 'urn:oid:2.16.840.1.113883.6.238', code: '2106-3', display: 'White' } },
          { url: 'text', valueString: 'White' },
        ],
      },
      { url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex', valueCode: 'F' },
      { url: 'http://open.epic.com/FHIR/StructureDefinition/extension/legal-sex', valueCodeableConcept: { coding: [{ system: 'urn:oid:1.2.840.114350.1.13.0.1.7.10.698084.130.657370.19999000', code: 'female' }] } },
    ],
    identifier: [
      { use: 'usual', type: { text: 'EPI' }, system: 'urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.0', value: 'E4007' },
      { use: 'usual', type: { coding: [{ system: V2_0203, code: 'MR', display: 'Medical record number' }], text: 'MRN' }, system: EHR_MRN_SYSTEM, value: ' 203713 ' },
      { use: 'secondary', type: { coding: [{ system: V2_0203, code: 'MR' }] }, system: 'urn:oid:2.16.840.1.113883.3.9999.1', value: 'LN-77881' },
      { use: 'old', type: { coding: [{ system: V2_0203, code: 'MR' }] }, system: EHR_MRN_SYSTEM, value: '100200' },
      { use: 'usual', type: { coding: [{ system: V2_0203, code: 'SS' }] }, system: 'http://hl7.org/fhir/sid/us-ssn', value: '000-00-0000' },
    ],
    active: true,
    name: [
      { use: 'usual', text: 'Janie Q. Sample', family: 'Sample', given: ['Janie'] },
      { use: 'official', family: 'Sample', given: ['Jane', null as unknown as string, 'Quinn'], _given: [{}, { extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'masked' }] }, {}] } as never,
      { use: 'old', family: 'Maidenname', given: ['Jane'], period: { end: '2010-06-01' } },
      { use: 'nickname', given: ['JJ'] },
    ],
    telecom: [{ system: 'phone', value: '555-555-0100', use: 'home' }],
    gender: 'female',
    birthDate: '1980-02-29',
    address: [{ use: 'home', line: ['123 Example St'], city: 'Durham', state: 'NC', postalCode: '27701', country: 'US' }],
    generalPractitioner: [{ reference: 'Practitioner/eM5CWtq15N0WJeuCet5bJlQ3', display: 'Physician Example, MD' }],
    communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'en' }] }, preferred: true }],
  };
}

/** An EHR release-of-information Consent, with elements an authorization has no place for. */
export function ehrConsent(): Consent {
  return {
    resourceType: 'Consent',
    id: 'roi-20260131-1',
    meta: { lastUpdated: '2026-01-31T15:00:00Z' },
    text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">Authorization to release information</div>' },
    extension: [{ url: 'http://example.org/fhir/StructureDefinition/form-version', valueString: 'ROI-2024-03' }],
    identifier: [{ system: 'urn:oid:2.16.840.1.113883.3.9999.7', value: 'ROI-88812' }],
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '64292-6', display: 'Release of information consent' }] }],
    patient: { reference: 'Patient/eq081-VQEgP8drUUqCWzHfw3', display: 'Jane Sample' },
    dateTime: '2026-01-31T09:45:00-05:00',
    performer: [{ reference: 'Patient/eq081-VQEgP8drUUqCWzHfw3' }, { reference: 'Practitioner/eM5CWtq15N0WJeuCet5bJlQ3', display: 'Physician Example, MD' }],
    organization: [{ reference: 'Organization/duke-document-management' }],
    sourceAttachment: { contentType: 'application/pdf', url: 'Binary/roi-form-88812', title: 'Signed authorization' },
    policy: [{ authority: 'https://www.hhs.gov', uri: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.508' }],
    provision: {
      type: 'permit',
      period: { start: '2026-01-31', end: '2027-01-31' },
      actor: [
        {
          role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'CST' }] },
          reference: { reference: 'Organization/lake-norman-medical-records', display: 'Duke Health Lake Norman Hospital' },
        },
        {
          role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'PRCP' }] },
          reference: { reference: 'Organization/example-clinic', display: 'Example Clinic' },
        },
      ],
      action: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentaction', code: 'disclose' }] }],
      securityLabel: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }],
      purpose: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'TREAT', display: 'treatment' }],
      code: [{ coding: [{ system: 'http://loinc.org', code: '18842-5', display: 'Discharge summary' }] }],
      dataPeriod: { start: '2025-01-01', end: '2025-12-31' },
    },
  };
}
