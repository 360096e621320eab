import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../core/locale';
import { es } from '../../locales/es';
import { addDays, ageOn } from '../../core/calendar-date';
import type { CalendarDate } from '../../core/types';
import { getRule } from '../../catalog/catalog';
import { requirementsFor, signerVerdict } from './signer';
import { PATIENT_SITUATIONS, PROOF_KINDS, SIGNER_ROLES, type PatientSituation } from './signer-schema';

const date = (from: string, days: number): fc.Arbitrary<CalendarDate> =>
  fc.integer({ min: 0, max: days }).map((n) => addDays(from as CalendarDate, n));
const asOfArb = fc.option(date('2000-01-01', 365 * 40), { nil: null });
const signerArb = fc.record({
  role: fc.constantFrom(...SIGNER_ROLES),
  proof: fc.subarray([...PROOF_KINDS]),
});
const patientArb: fc.Arbitrary<PatientSituation> = fc.oneof(
  fc.constantFrom(...PATIENT_SITUATIONS.filter((s) => s !== 'minor')).map((situation) => ({ situation }) as PatientSituation),
  date('1950-01-01', 365 * 90).map((dateOfBirth) => ({ situation: 'minor', dateOfBirth }) as PatientSituation),
);

describe('checkSigner properties', () => {
  it('for a minor under 18 a complete authorization is signed by a custodial parent or guardian holding proof', () => {
    fc.assert(
      fc.property(date('1990-01-01', 365 * 60), asOfArb, signerArb, (dateOfBirth, asOf, signer) => {
        fc.pre(asOf === null || (dateOfBirth <= asOf && ageOn(dateOfBirth, asOf) < 18));
        const v = signerVerdict({ situation: 'minor', dateOfBirth }, signer, asOf);
        expect(v.situation).toBe('minor');
        expect(v.allowed).toBe(signer.role === 'custodial-parent' || signer.role === 'legal-guardian');
        expect(v.missingProof.length === 0).toBe(signer.proof.length > 0);
        expect(v.complete).toBe(v.allowed && signer.proof.length > 0);
      }),
    );
  });

  it('never accepts the patient as signer for a deceased patient', () => {
    fc.assert(
      fc.property(asOfArb, fc.subarray([...PROOF_KINDS]), fc.constantFrom(ENGLISH, es), (asOf, proof, locale) => {
        const v = signerVerdict({ situation: 'deceased' }, { role: 'patient', proof }, asOf, locale);
        expect(v.allowed).toBe(false);
        expect(v.complete).toBe(false);
        expect(v.findings.some((f) => f.ruleId === 'signer.deceased' && f.severity === 'error')).toBe(true);
      }),
    );
  });

  it('is complete iff allowed and no proof missing; cites only catalog rules; never echoes the date of birth', () => {
    fc.assert(
      fc.property(patientArb, signerArb, asOfArb, fc.constantFrom(ENGLISH, es), (patient, signer, asOf, locale) => {
        const v = signerVerdict(patient, signer, asOf, locale);
        expect(v.complete).toBe(v.allowed && v.missingProof.length === 0);
        expect(v.allowedRoles.includes(signer.role)).toBe(v.allowed);
        // The rules applied: the findings', plus the situation's rule where it is kept (cited, not a finding).
        const kept = requirementsFor(v.situation).ruleId;
        expect(v.ruleIds.filter((id) => !(v.allowed && id === kept))).toEqual(v.findings.map((f) => f.ruleId));
        expect(v.ruleIds.includes(kept)).toBe(true);
        for (const f of v.findings) expect(f.severity).toBe(getRule(f.ruleId)?.severity);
        for (const id of v.ruleIds) expect(getRule(id)?.area).toBe('signer');
        if (patient.situation === 'minor') {
          const text = JSON.stringify(v);
          expect(text).not.toContain(patient.dateOfBirth);
          expect(text).not.toContain(patient.dateOfBirth.slice(0, 4));
        }
      }),
    );
  });

  it('does not mutate its arguments', () => {
    fc.assert(
      fc.property(patientArb, signerArb, asOfArb, (patient, signer, asOf) => {
        const before = JSON.stringify([patient, signer]);
        signerVerdict(Object.freeze(patient), Object.freeze({ ...signer, proof: Object.freeze([...signer.proof]) }), asOf);
        expect(JSON.stringify([patient, signer])).toBe(before);
      }),
    );
  });
});
