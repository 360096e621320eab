import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../core/types';
import { ENGLISH, type Locale } from '../../core/locale';
import { es } from '../../locales/es';
import { SIGNER_MESSAGES_EN } from './messages.en';
import { SIGNER_MESSAGES_ES } from './messages.es';
import { getRule } from '../../catalog/catalog';
import { SIGNER_RULES, requirementsFor, signerVerdict } from './signer';
import { PATIENT_SITUATIONS, SIGNER_ROLES, type PatientSituation, type ProofKind, type SignerRole } from './signer-schema';

const ALLOWED: Record<string, readonly SignerRole[]> = {
  adult: ['patient', 'legal-representative'],
  minor: ['custodial-parent', 'legal-guardian'],
  'unable-to-sign': ['next-of-kin', 'legal-guardian'],
  deceased: ['personal-representative', 'next-of-kin'],
};

const patientOf = (situation: (typeof PATIENT_SITUATIONS)[number]): PatientSituation =>
  situation === 'minor' ? { situation, dateOfBirth: '2012-03-04' } : { situation };

describe('signerRequirements', () => {
  it('names the FAQ signers and proof of each situation', () => {
    expect(requirementsFor('adult')).toEqual({
      ruleId: 'signer.patient-or-representative',
      roles: ['patient', 'legal-representative'],
      proof: [],
    });
    expect(requirementsFor('minor')).toEqual({
      ruleId: 'signer.minor',
      roles: ['custodial-parent', 'legal-guardian'],
      proof: ['guardianship'],
    });
    expect(requirementsFor('unable-to-sign')).toEqual({
      ruleId: 'signer.unable-to-sign',
      roles: ['next-of-kin', 'legal-guardian'],
      proof: ['guardianship-indicates-disability'],
    });
    expect(requirementsFor('deceased')).toEqual({
      ruleId: 'signer.deceased',
      roles: ['personal-representative', 'next-of-kin'],
      proof: [],
    });
  });
});

describe('checkSigner: roles', () => {
  it('allows exactly the FAQ roles in every situation', () => {
    for (const situation of PATIENT_SITUATIONS) {
      for (const role of SIGNER_ROLES) {
        const proof: ProofKind[] = ['guardianship-indicates-disability'];
        const v = signerVerdict(patientOf(situation), { role, proof }, '2026-01-15');
        const allowed = (ALLOWED[situation] as readonly SignerRole[]).includes(role);
        expect(v.allowed, `${situation}/${role}`).toBe(allowed);
        expect(v.complete, `${situation}/${role}`).toBe(allowed);
        expect(v.situation).toBe(situation);
        expect(v.allowedRoles).toEqual(ALLOWED[situation]);
        // The situation's rule is a finding only when broken, at its catalog severity.
        const main = v.findings.find((f) => f.ruleId === requirementsFor(situation).ruleId);
        if (allowed) expect(main).toBeUndefined();
        else expect(main).toMatchObject({ severity: 'error', path: ['signer', 'role'] });
        expect(v.ruleIds).toContain(requirementsFor(situation).ruleId);
      }
    }
  });

  it('never accepts the patient for a deceased patient, a minor or a patient unable to sign', () => {
    for (const situation of ['deceased', 'minor', 'unable-to-sign'] as const) {
      const v = signerVerdict(patientOf(situation), { role: 'patient', proof: ['guardianship'] }, '2026-01-15');
      expect(v.allowed).toBe(false);
      expect(v.complete).toBe(false);
    }
  });

  it('accepts an adult patient with no proof and says who signs', () => {
    const v = signerVerdict({ situation: 'adult' }, { role: 'patient', proof: [] }, null, ENGLISH);
    expect(v).toEqual({
      situation: 'adult',
      ageCheck: 'not-applicable',
      allowed: true,
      allowedRoles: ['patient', 'legal-representative'],
      missingProof: [],
      complete: true,
      findings: [],
      ruleIds: ['signer.patient-or-representative'],
    });
  });

  it('rejects a custodial parent for an adult with an error finding', () => {
    const v = signerVerdict({ situation: 'adult' }, { role: 'custodial-parent', proof: [] }, null);
    expect(v.allowed).toBe(false);
    expect(v.findings).toEqual([
      {
        ruleId: 'signer.patient-or-representative',
        severity: 'error',
        message: SIGNER_MESSAGES_EN['signer.patient-or-representative'],
        path: ['signer', 'role'],
      },
    ]);
  });

  it('names both deceased signers, with no proof required', () => {
    for (const role of ['personal-representative', 'next-of-kin'] as const) {
      const v = signerVerdict({ situation: 'deceased' }, { role, proof: [] }, '2026-01-15', es);
      expect(v.complete).toBe(true);
      expect(v.missingProof).toEqual([]);
      expect(v.ruleIds).toEqual(['signer.deceased']);
      expect(v.findings).toEqual([]);
    }
  });
});

describe('checkSigner: locale', () => {
  const deceased = (locale?: Locale) => signerVerdict({ situation: 'deceased' }, { role: 'patient', proof: [] }, null, locale).findings[0]?.message;

  it('writes English when no locale is given, and the locale of a locale value', () => {
    expect(deceased()).toBe(SIGNER_MESSAGES_EN['signer.deceased']);
    expect(deceased(ENGLISH)).toBe(SIGNER_MESSAGES_EN['signer.deceased']);
    expect(deceased(es)).toBe(SIGNER_MESSAGES_ES['signer.deceased']);
  });

  it('writes English for what is not a locale value (a string locale included) and for what a partial locale lacks', () => {
    for (const notLocale of ['es', 'fr', null, 42, {}, { code: '', texts: {} }, { code: 'es', texts: null }]) {
      expect(deceased(notLocale as unknown as Locale)).toBe(SIGNER_MESSAGES_EN['signer.deceased']);
    }
    const partial: Locale = { code: 'es-x-partial', texts: { rules: { 'signer.deceased': 'Firma del representante.', 'signer.minor': 7 } } };
    expect(deceased(partial)).toBe('Firma del representante.');
    const minor = signerVerdict({ situation: 'minor', dateOfBirth: '2012-03-04' }, { role: 'patient', proof: [] }, null, partial);
    expect(minor.findings.map((f) => f.message)).toEqual([
      SIGNER_MESSAGES_EN['signer.minor-age-unverified'],
      SIGNER_MESSAGES_EN['signer.minor'],
      SIGNER_MESSAGES_EN['signer.proof-of-guardianship'],
    ]);
  });
});

describe('checkSigner: proof', () => {
  const minor: PatientSituation = { situation: 'minor', dateOfBirth: '2012-03-04' };

  it('a minor needs proof of guardianship, from a custodial parent as from a guardian', () => {
    for (const role of ['custodial-parent', 'legal-guardian'] as const) {
      const none = signerVerdict(minor, { role, proof: [] }, '2026-01-15');
      expect(none.allowed).toBe(true);
      expect(none.complete).toBe(false);
      expect(none.missingProof).toEqual(['guardianship']);
      expect(none.ruleIds).toEqual(['signer.minor', 'signer.proof-of-guardianship']);
      expect(none.findings[0]).toEqual({
        ruleId: 'signer.proof-of-guardianship',
        severity: 'error',
        message: SIGNER_MESSAGES_EN['signer.proof-of-guardianship'],
        path: ['signer', 'proof'],
      });
      for (const proof of [['guardianship'], ['guardianship-indicates-disability']] as const) {
        const ok = signerVerdict(minor, { role, proof }, '2026-01-15');
        expect(ok.complete).toBe(true);
        expect(ok.missingProof).toEqual([]);
        expect(ok.ruleIds).toEqual(['signer.minor']);
      }
    }
  });

  it('a patient unable to sign needs proof of guardianship that indicates the disability', () => {
    const p: PatientSituation = { situation: 'unable-to-sign' };
    for (const role of ['next-of-kin', 'legal-guardian'] as const) {
      const none = signerVerdict(p, { role, proof: [] }, null);
      expect(none.missingProof).toEqual(['guardianship-indicates-disability']);
      expect(none.ruleIds).toEqual(['signer.unable-to-sign', 'signer.proof-of-guardianship', 'signer.proof-indicates-disability']);
      expect(none.complete).toBe(false);

      const plain = signerVerdict(p, { role, proof: ['guardianship'] }, null);
      expect(plain.missingProof).toEqual(['guardianship-indicates-disability']);
      expect(plain.ruleIds).toEqual(['signer.unable-to-sign', 'signer.proof-indicates-disability']);
      expect(plain.findings[0]).toEqual({
        ruleId: 'signer.proof-indicates-disability',
        severity: 'error',
        message: SIGNER_MESSAGES_EN['signer.proof-indicates-disability'],
        path: ['signer', 'proof'],
      });

      const full = signerVerdict(p, { role, proof: ['guardianship', 'guardianship-indicates-disability'] }, null);
      expect(full.missingProof).toEqual([]);
      expect(full.complete).toBe(true);
      expect(full.ruleIds).toEqual(['signer.unable-to-sign']);
    }
  });

  it('reports the missing proof even when the role is wrong', () => {
    const v = signerVerdict({ situation: 'unable-to-sign' }, { role: 'patient', proof: [] }, null);
    expect(v.allowed).toBe(false);
    expect(v.missingProof).toEqual(['guardianship-indicates-disability']);
  });

  it('asks no proof of an adult or a deceased patient, whatever is held', () => {
    for (const situation of ['adult', 'deceased'] as const) {
      expect(signerVerdict({ situation }, { role: 'next-of-kin', proof: [] }, null).missingProof).toEqual([]);
      expect(signerVerdict({ situation }, { role: 'next-of-kin', proof: ['guardianship'] }, null).missingProof).toEqual([]);
    }
  });
});

describe('checkSigner: age of a minor', () => {
  const signer = { role: 'custodial-parent', proof: ['guardianship'] } as const;
  const at = (dateOfBirth: string, asOf: CalendarDate | null) => signerVerdict({ situation: 'minor', dateOfBirth }, signer, asOf);

  it('is under 18 until the 18th birthday, and an adult from it', () => {
    expect(at('2008-01-15', '2026-01-14').ageCheck).toBe('under-18');
    expect(at('2008-01-15', '2026-01-14').situation).toBe('minor');
    expect(at('2008-01-15', '2026-01-14').ruleIds).toEqual(['signer.minor']);
    const adult = at('2008-01-15', '2026-01-15');
    expect(adult.ageCheck).toBe('18-or-older');
    expect(adult.situation).toBe('adult');
    expect(adult.allowed).toBe(false);
    expect(adult.ruleIds).toEqual(['signer.minor-age', 'signer.patient-or-representative']);
    expect(adult.findings[0]).toEqual({
      ruleId: 'signer.minor-age',
      severity: 'warning',
      message: SIGNER_MESSAGES_EN['signer.minor-age'],
      path: ['patient', 'dateOfBirth'],
    });
  });

  it('a patient born on February 29 turns 18 on March 1 of a common year', () => {
    expect(at('2008-02-29', '2026-02-28').ageCheck).toBe('under-18');
    expect(at('2008-02-29', '2026-03-01').ageCheck).toBe('18-or-older');
  });

  it('a newborn (born on the as-of date) is under 18', () => {
    expect(at('2026-01-15', '2026-01-15').ageCheck).toBe('under-18');
  });

  it('without asOf relies on the declared situation and says the age is not verified', () => {
    const v = signerVerdict({ situation: 'minor', dateOfBirth: '1950-01-01' }, signer, null, es);
    expect(v.ageCheck).toBe('unverified');
    expect(v.situation).toBe('minor');
    expect(v.complete).toBe(true);
    expect(v.ruleIds).toEqual(['signer.minor-age-unverified', 'signer.minor']);
    expect(v.findings[0]).toEqual({
      ruleId: 'signer.minor-age-unverified',
      severity: 'info',
      message: SIGNER_MESSAGES_ES['signer.minor-age-unverified'],
      path: ['patient', 'dateOfBirth'],
    });
  });

  it('treats an unusable date of birth (not a date, or after asOf) as unverified', () => {
    expect(at('2012-02-30', '2026-01-15').ageCheck).toBe('unverified');
    expect(at('not a date', '2026-01-15').ageCheck).toBe('unverified');
    expect(at('2026-01-16', '2026-01-15').ageCheck).toBe('unverified');
    expect(at('2026-01-16', '2026-01-15').situation).toBe('minor');
  });

  it('never puts the date of birth in the verdict', () => {
    for (const asOf of ['2026-01-15', null] as const) {
      for (const locale of [ENGLISH, es]) {
        const text = JSON.stringify(signerVerdict({ situation: 'minor', dateOfBirth: '2011-07-23' }, signer, asOf, locale));
        expect(text).not.toContain('2011');
        expect(text).not.toContain('07-23');
      }
    }
  });
});

describe('SIGNER_RULES', () => {
  it('are in the catalog, cite the FAQ, hold in both editions, and have both messages', () => {
    for (const rule of SIGNER_RULES) {
      expect(getRule(rule.id)).toBe(getRule(rule.id));
      expect(getRule(rule.id)?.id).toBe(rule.id);
      expect(rule.area).toBe('signer');
      expect(rule.source.url).toBe('https://www.dukehealth.org/hospitals/duke-health-lake-norman-hospital/medical-records');
      expect(rule.source.section).toBe('Questions About Medical Records');
      expect(rule.editions).toEqual(['seed', '2025-10-18']);
      expect(SIGNER_MESSAGES_EN[rule.id].length).toBeGreaterThan(10);
      expect(SIGNER_MESSAGES_ES[rule.id].length).toBeGreaterThan(10);
    }
  });

  it('every finding has the catalog severity, the situation rule included (a finding only when broken)', () => {
    const situationRules = new Set(PATIENT_SITUATIONS.map((s) => requirementsFor(s).ruleId as string));
    const cases: [PatientSituation, CalendarDate | null][] = [
      [{ situation: 'minor', dateOfBirth: '2000-01-01' }, '2026-01-01'],
      [{ situation: 'minor', dateOfBirth: '2012-01-01' }, null],
      [{ situation: 'unable-to-sign' }, null],
      [{ situation: 'minor', dateOfBirth: '2012-01-01' }, '2026-01-01'],
    ];
    const seen = new Set<string>();
    for (const [patient, asOf] of cases) {
      for (const f of signerVerdict(patient, { role: 'patient', proof: [] }, asOf).findings) {
        seen.add(f.ruleId);
        expect(f.severity, f.ruleId).toBe(getRule(f.ruleId)?.severity);
        if (situationRules.has(f.ruleId)) expect(f.severity).toBe('error');
      }
    }
    // The patient may sign for an adult, so that situation's rule is kept, not a finding.
    expect([...seen].sort()).toEqual(
      SIGNER_RULES.map((r) => r.id)
        .filter((id) => id !== 'signer.deceased' && id !== 'signer.patient-or-representative')
        .sort(),
    );
  });

  it('findings are deeply frozen and shared', () => {
    const a = signerVerdict({ situation: 'deceased' }, { role: 'patient', proof: [] }, null);
    const b = signerVerdict({ situation: 'deceased' }, { role: 'patient', proof: [] }, null);
    expect(a.findings[0]).toBe(b.findings[0]);
    expect(Object.isFrozen(a.findings[0])).toBe(true);
    expect(Object.isFrozen(a.findings[0]?.path)).toBe(true);
    expect(Object.isFrozen(a.allowedRoles)).toBe(true);
  });

  it('record the ambiguities of the FAQ with a reading', () => {
    const ambiguous = SIGNER_RULES.filter((r) => 'ambiguity' in r).map((r) => r.id);
    expect(ambiguous).toEqual(['signer.patient-or-representative', 'signer.proof-of-guardianship', 'signer.deceased']);
  });
});
