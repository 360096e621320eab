import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { es } from '../../locales/es';
import { evaluateSubmission } from '../../to-duke';
import { fhirErrors } from '../test-support/fhir-validator';
import { EHR_MRN_SYSTEM, ehrPatient } from '../test-support/fixtures';
import { patientFromFhir } from './patient-from-fhir';

const MR = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] };
const jane = (extra: Record<string, unknown> = {}) => ({ resourceType: 'Patient', name: [{ given: ['Jane'], family: 'Doe' }], birthDate: '1980-02-29', ...extra });
const read = (patient: unknown, options?: Parameters<typeof patientFromFhir>[1]) => patientFromFhir(patient, options);
const issuesOf = (r: ReturnType<typeof patientFromFhir>) => (r.success ? [] : r.issues.map((i) => [i.path, i.code]));

describe('patientFromFhir', () => {
  it('reads a Patient with an MR identifier into an identity evaluateSubmission accepts', () => {
    const patient = jane({ identifier: [{ type: MR, system: 'urn:x', value: 'D1234567' }] });
    expect(fhirErrors(patient)).toEqual([]);
    const r = read(patient);
    expect(r).toEqual({ success: true, patient: { name: 'Jane Doe', dateOfBirth: '1980-02-29', recordNumber: 'D1234567' } });
    if (!r.success) return;
    const submission = evaluateSubmission({ sender: 'external-clinic', patient: r.patient, items: [{ kind: 'paper', pages: 3 }], channel: { kind: 'fax' } }, { asOf: '2026-11-25' });
    expect(submission.success).toBe(true);
  });

  it('reads an EHR-shaped Patient (several names and identifiers, unknown extensions) without error', () => {
    const patient = ehrPatient();
    expect(fhirErrors(patient)).toEqual([]);
    expect(read(patient, { recordNumberSystem: EHR_MRN_SYSTEM })).toEqual({
      success: true,
      patient: { name: 'Jane Quinn Sample', dateOfBirth: '1980-02-29', recordNumber: '203713' },
    });
    // two current MR numbers of two systems and no choice: an issue, never a guess
    expect(issuesOf(read(patient))).toEqual([[['identifier'], 'ambiguous_identifier']]);
  });

  describe('the name', () => {
    it('prefers official, then usual, then no use, then temp; never nickname, anonymous, old or maiden', () => {
      const names = [
        { use: 'nickname', text: 'JJ' },
        { use: 'anonymous', text: 'Patient X' },
        { use: 'old', text: 'Old Name' },
        { use: 'maiden', text: 'Maiden Name' },
        { use: 'temp', text: 'Temp Name' },
        { text: 'No Use' },
        { use: 'usual', text: 'Usual Name' },
        { use: 'official', text: 'Official Name' },
      ];
      const nameOf = (n: unknown[]) => {
        const r = read(jane({ name: n }));
        return r.success ? r.patient.name : r.issues[0]?.code;
      };
      expect(nameOf(names)).toBe('Official Name');
      expect(nameOf(names.slice(0, 7))).toBe('Usual Name');
      expect(nameOf(names.slice(0, 6))).toBe('No Use');
      expect(nameOf(names.slice(0, 5))).toBe('Temp Name');
      expect(nameOf(names.slice(0, 4))).toBe('missing');
      expect(nameOf([{ use: 'official', text: 'First' }, { use: 'official', text: 'Second' }])).toBe('First');
    });

    it('reads text first, else the given names and family (missing given names and blanks skipped)', () => {
      const nameOf = (n: unknown) => {
        const r = read(jane({ name: [n] }));
        return r.success ? r.patient.name : null;
      };
      expect(nameOf({ text: ' Jane Q. Doe ', given: ['X'], family: 'Y' })).toBe('Jane Q. Doe');
      expect(nameOf({ text: '  ', given: ['Jane', null, ' ', 'Quinn '], family: ' Doe' })).toBe('Jane Quinn Doe');
      expect(nameOf({ family: 'Doe' })).toBe('Doe');
      expect(nameOf({ given: ['Jane'] })).toBe('Jane');
    });

    it('skips names with nothing in them', () => {
      const r = read(jane({ name: [{ use: 'official', given: [' '] }, { use: 'usual', family: 'Doe' }] }));
      expect(r.success && r.patient.name).toBe('Doe');
      expect(issuesOf(read(jane({ name: [] })))).toEqual([[['name'], 'missing']]);
      expect(issuesOf(read(jane({ name: undefined })))).toEqual([[['name'], 'missing']]);
    });

    it('refuses a name longer than the patient schema allows, at the name read', () => {
      expect(issuesOf(read(jane({ name: [{ use: 'old', text: 'x' }, { text: 'x'.repeat(201) }] })))).toEqual([[['name', 1], 'too_big']]);
    });
  });

  describe('the date of birth', () => {
    it('refuses a partial date with partial_date, never a guessed day', () => {
      for (const birthDate of ['1980', '1980-02']) expect(issuesOf(read(jane({ birthDate })))).toEqual([[['birthDate'], 'partial_date']]);
    });

    it('refuses a missing or impossible date with the patient schema codes', () => {
      expect(issuesOf(read(jane({ birthDate: undefined })))).toEqual([[['birthDate'], 'missing']]);
      expect(issuesOf(read(jane({ birthDate: '1981-02-29' })))).toEqual([[['birthDate'], 'invalid_date']]);
      expect(issuesOf(read(jane({ birthDate: 'soon' })))).toEqual([[['birthDate'], 'invalid_date']]);
    });

    it('reads the date of a date-time', () => {
      const r = read(jane({ birthDate: '1980-02-29T23:30:00-05:00' }));
      expect(r.success && r.patient.dateOfBirth).toBe('1980-02-29');
    });
  });

  describe('the medical record number', () => {
    const withIds = (...identifier: unknown[]) => jane({ identifier });

    it('reads the identifier of type v2-0203#MR only; none means no record number', () => {
      const r = read(withIds({ type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'SS' }] }, value: '000-00-0000' }, { system: 'urn:x', value: 'no-type' }, { type: { text: 'MR' }, value: 'text-only' }));
      expect(r).toEqual({ success: true, patient: { name: 'Jane Doe', dateOfBirth: '1980-02-29' } });
      expect(read(jane())).toEqual({ success: true, patient: { name: 'Jane Doe', dateOfBirth: '1980-02-29' } });
    });

    it('skips an MR of use old and one without a value', () => {
      const r = read(withIds({ use: 'old', type: MR, value: 'OLD1' }, { type: MR, value: '  ' }, { type: MR }, { use: 'official', type: MR, value: 'NEW1' }));
      expect(r.success && r.patient.recordNumber).toBe('NEW1');
    });

    it('is ambiguous with several different numbers and no system named; the same number twice is not', () => {
      expect(issuesOf(read(withIds({ type: MR, system: 'urn:a', value: 'A1' }, { type: MR, system: 'urn:b', value: 'B1' })))).toEqual([[['identifier'], 'ambiguous_identifier']]);
      const same = read(withIds({ type: MR, system: 'urn:a', value: 'A1' }, { type: MR, value: ' A1' }));
      expect(same.success && same.patient.recordNumber).toBe('A1');
    });

    it('prefers the system named, and reads the only MR when none is of that system', () => {
      const two = withIds({ type: MR, system: 'urn:a', value: 'A1' }, { type: MR, system: 'urn:b', value: 'B1' });
      const r = read(two, { recordNumberSystem: 'urn:b' });
      expect(r.success && r.patient.recordNumber).toBe('B1');
      expect(issuesOf(read(two, { recordNumberSystem: 'urn:c' }))).toEqual([[['identifier'], 'ambiguous_identifier']]);
      const only = read(withIds({ type: MR, system: 'urn:a', value: 'A1' }), { recordNumberSystem: 'urn:c' });
      expect(only.success && only.patient.recordNumber).toBe('A1');
    });

    it('refuses a record number longer than the patient schema allows, at that identifier', () => {
      expect(issuesOf(read(withIds({ type: { text: 'x' }, value: '1' }, { type: MR, value: '9'.repeat(65) })))).toEqual([[['identifier', 1], 'too_big']]);
    });

    it('reports a partial date and an ambiguous number together', () => {
      const r = read(jane({ birthDate: '1980', identifier: [{ type: MR, value: 'A1' }, { type: MR, value: 'B1' }] }));
      expect(issuesOf(r)).toEqual([
        [['identifier'], 'ambiguous_identifier'],
        [['birthDate'], 'partial_date'],
      ]);
    });
  });

  describe('input that is not a readable Patient', () => {
    it('refuses another resource, a malformed element and a modifier extension', () => {
      expect(issuesOf(read({ resourceType: 'Practitioner' }))).toEqual([[['resourceType'], 'invalid_value']]);
      expect(issuesOf(read(jane({ name: 'Jane Doe' })))).toEqual([[['name'], 'invalid_type']]);
      expect(issuesOf(read(jane({ modifierExtension: [{ url: 'urn:x', valueBoolean: true }] })))).toEqual([[['modifierExtension'], 'not_understood']]);
      expect(read(jane({ modifierExtension: [] })).success).toBe(true);
      expect(issuesOf(read(null))).toEqual([[[], 'invalid_type']]);
    });

    it('refuses bad options', () => {
      expect(issuesOf(read(jane(), { locale: 'es' } as never))).toEqual([[['options', 'locale'], 'invalid_value']]);
      expect(issuesOf(read(jane(), { recordNumberSystem: 7 } as never))).toEqual([[['options', 'recordNumberSystem'], 'invalid_type']]);
      expect(issuesOf(read(jane(), 'es' as never))).toEqual([[['options'], 'invalid_type']]);
    });

    it('gives its issues in Spanish with the es locale', () => {
      const r = read(jane({ birthDate: '1980' }), { locale: es });
      expect(!r.success && r.issues[0]?.message).toBe('Esta fecha está incompleta; se necesita una fecha completa (AAAA-MM-DD).');
      const missing = read(jane({ birthDate: undefined }), { locale: es });
      expect(!missing.success && missing.issues[0]?.message).toBe('Este campo es obligatorio.');
    });
  });

  it('never puts a value of the Patient in an issue', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{5,9}q$/);
    fc.assert(
      fc.property(word, word, fc.stringMatching(/^[A-Z]\d{6,8}$/), fc.constantFrom('1980', '1980-02', '1981-02-29', undefined), (given, family, mrn, birthDate) => {
        const r = read({ resourceType: 'Patient', name: [{ given: [given], family: family.repeat(20) }], birthDate, identifier: [{ type: MR, value: mrn }, { type: MR, value: `${mrn}9` }] });
        expect(r.success).toBe(false);
        const text = JSON.stringify(r);
        for (const value of [given, family, mrn, '1980']) expect(text).not.toContain(value);
      }),
    );
  });
});
