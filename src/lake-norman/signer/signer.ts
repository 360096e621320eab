import { ageOn, isCalendarDate } from '../../core/calendar-date';
import type { Finding } from '../../core/finding';
import { ENGLISH, isLocale, localeTexts, perLocale, type Locale } from '../../core/locale';
import type { CalendarDate, InputPath, Severity } from '../../core/types';
import { deepFreeze } from '../../core/deep-freeze';
import { SIGNER_MESSAGES_EN } from './messages.en';
import type { PatientSituation, PatientSituationKind, ProofKind, Signer, SignerRole } from './signer-schema';

export { SIGNER_RULES, type SignerRuleId } from './rules';
import type { SignerRuleId } from './rules';

/**
 * How the age of a patient declared a minor was checked:
 * - `not-applicable`: the patient was not declared a minor;
 * - `under-18`: the date of birth shows the patient is under 18 on the as-of date;
 * - `18-or-older`: it shows 18 or older, so the patient is treated as an adult;
 * - `unverified`: no as-of date (or no usable date of birth), so the
 *   declared situation is relied on.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { AgeCheck } from 'duke-records-rules';
 * const a: AgeCheck = 'unverified';
 * ```
 */
export type AgeCheck = 'not-applicable' | 'under-18' | '18-or-older' | 'unverified';

/**
 * What {@link checkSigner} says about a signer. Never contains the date of
 * birth or the age.
 *
 * @category Rules
 * @example
 * ```ts
 * import { checkSigner } from 'duke-records-rules';
 * const v = checkSigner({ situation: 'deceased' }, { role: 'next-of-kin', proof: [] }, null);
 * v.allowed; // true
 * v.complete; // true
 * ```
 */
export interface SignerVerdict {
  /** The situation the rules were applied to (a declared minor aged 18 or older on `asOf` is an `adult`). */
  readonly situation: PatientSituationKind;
  readonly ageCheck: AgeCheck;
  /** Whether this signer's role may sign in that situation. */
  readonly allowed: boolean;
  /** The roles that may sign in that situation, in the FAQ's order. */
  readonly allowedRoles: readonly SignerRole[];
  /** The proof the situation requires that the signer does not hold (whatever their role). */
  readonly missingProof: readonly ProofKind[];
  /** `allowed` and no proof missing. */
  readonly complete: boolean;
  readonly findings: readonly Finding<SignerRuleId>[];
  /** The ids of the rules applied: every finding's, and the situation's rule where it is kept (cited, not a finding), in order. */
  readonly ruleIds: readonly SignerRuleId[];
}

/**
 * Who may sign in a situation, and the proof required (see {@link signerRequirements}).
 *
 * @category Rules
 * @example
 * ```ts
 * import type { SignerRequirements } from 'duke-records-rules';
 * const r: SignerRequirements = { ruleId: 'signer.deceased', roles: ['personal-representative', 'next-of-kin'], proof: [] };
 * ```
 */
export interface SignerRequirements {
  /** The rule of the situation. */
  readonly ruleId: SignerRuleId;
  /** The roles that may sign, in the FAQ's order. */
  readonly roles: readonly SignerRole[];
  /** The proof required of the signer. */
  readonly proof: readonly ProofKind[];
}

const ROLE_PATH: InputPath = /* @__PURE__ */ (() =>
  Object.freeze(['signer', 'role']))();
const PROOF_PATH: InputPath = /* @__PURE__ */ (() =>
  Object.freeze(['signer', 'proof']))();
const DOB_PATH: InputPath = /* @__PURE__ */ (() =>
  Object.freeze(['patient', 'dateOfBirth']))();

/**
 * The signers and the proof each situation needs (FAQ). The roles are
 * listed in the FAQ's order.
 *
 * @param situation - the patient's situation
 * @returns the rule, the roles that may sign and the proof required
 *
 * @category Rules
 * @example
 * ```ts
 * import { signerRequirements } from 'duke-records-rules';
 * signerRequirements('minor');
 * // { ruleId: 'signer.minor', roles: ['custodial-parent', 'legal-guardian'], proof: ['guardianship'] }
 * ```
 */
export function signerRequirements(situation: PatientSituationKind): SignerRequirements {
  return REQUIREMENTS[situation];
}

/** Who signs in each situation (a `Record` over the union: a new situation is a type error until it is added). */
const REQUIREMENTS: Readonly<Record<PatientSituationKind, SignerRequirements>> = /* @__PURE__ */ (() =>
  deepFreeze({
  adult: { ruleId: 'signer.patient-or-representative', roles: ['patient', 'legal-representative'], proof: [] },
  minor: { ruleId: 'signer.minor', roles: ['custodial-parent', 'legal-guardian'], proof: ['guardianship'] },
  'unable-to-sign': { ruleId: 'signer.unable-to-sign', roles: ['next-of-kin', 'legal-guardian'], proof: ['guardianship-indicates-disability'] },
  deceased: { ruleId: 'signer.deceased', roles: ['personal-representative', 'next-of-kin'], proof: [] },
}))();

/** Where each signer finding points in a records request. */
const PATH: Readonly<Record<SignerRuleId, InputPath>> = {
  'signer.patient-or-representative': ROLE_PATH,
  'signer.minor': ROLE_PATH,
  'signer.proof-of-guardianship': PROOF_PATH,
  'signer.unable-to-sign': ROLE_PATH,
  'signer.proof-indicates-disability': PROOF_PATH,
  'signer.deceased': ROLE_PATH,
  'signer.minor-age': DOB_PATH,
  'signer.minor-age-unverified': DOB_PATH,
};

type FindingTable = Readonly<Record<SignerRuleId, Readonly<Record<Severity, Finding<SignerRuleId>>>>>;

/** Every signer finding of a locale, in each severity, built once per locale and deeply frozen (shared by every verdict). */
const FINDINGS: (locale: Locale) => FindingTable = /* @__PURE__ */ perLocale((locale) => {
  const texts = localeTexts(locale, 'rules', SIGNER_MESSAGES_EN);
  return deepFreeze(
    Object.fromEntries(
      (Object.keys(PATH) as SignerRuleId[]).map((id) => [
        id,
        Object.fromEntries(
          (['info', 'warning', 'error'] as const).map((severity) => [severity, { ruleId: id, severity, message: texts[id], path: PATH[id] }]),
        ),
      ]),
    ) as FindingTable,
  );
});

/** A signer finding (the callers give the catalog severity, or `info`/`error` for the situation rule; a test holds them to the catalog). */
function finding(id: SignerRuleId, locale: Locale, severity: Severity): Finding<SignerRuleId> {
  return FINDINGS(locale)[id][severity];
}

function checkAge(patient: PatientSituation, asOf: CalendarDate | null): AgeCheck {
  if (patient.situation !== 'minor') return 'not-applicable';
  const birth = patient.dateOfBirth;
  if (asOf === null || !isCalendarDate(birth) || birth > asOf) return 'unverified';
  return ageOn(birth, asOf) < 18 ? 'under-18' : '18-or-older';
}

/**
 * Checks who signs the authorization against the FAQ "Questions About
 * Medical Records": the patient or a legal representative; for a minor
 * (under 18) a custodial parent or a legally appointed guardian with proof
 * of guardianship; for a patient unable to sign because of a physical or
 * mental disability next-of-kin or a legally appointed guardian with proof
 * of guardianship that indicates the disability; for a deceased patient the
 * personal representative of the estate or next-of-kin (never the patient).
 *
 * A minor's age is computed from the date of birth on `asOf` (a date in
 * America/New_York): 18 or older means the adult rules apply (finding
 * `signer.minor-age`). Without `asOf` the declared situation is relied on and
 * the age is reported as not verified (`signer.minor-age-unverified`). The
 * findings never contain the date of birth or the age. Pure: reads no clock.
 *
 * @param patient - the patient's situation
 * @param signer - the signer's role and the proof they hold
 * @param asOf - the date the request is made, or `null` when unknown
 * @param locale - language of the finding messages, a locale value (English when omitted)
 * @returns the verdict, its findings and the rule ids applied
 *
 * @category Rules
 * @example
 * ```ts
 * import { checkSigner } from 'duke-records-rules';
 * const v = checkSigner(
 *   { situation: 'minor', dateOfBirth: '2012-03-04' },
 *   { role: 'custodial-parent', proof: [] },
 *   '2026-01-15',
 * );
 * v.allowed; // true
 * v.missingProof; // ['guardianship']
 * v.ruleIds; // ['signer.minor', 'signer.proof-of-guardianship']
 * ```
 */
export function checkSigner(patient: PatientSituation, signer: Signer, asOf: CalendarDate | null, locale: Locale = ENGLISH): SignerVerdict {
  if (!isLocale(locale)) locale = ENGLISH;
  const findings: Finding<SignerRuleId>[] = [];
  const ruleIds: SignerRuleId[] = [];
  const report = (id: SignerRuleId, severity: Severity): void => {
    findings.push(finding(id, locale, severity));
    ruleIds.push(id);
  };
  const ageCheck = checkAge(patient, asOf);
  if (ageCheck === '18-or-older') report('signer.minor-age', 'warning');
  if (ageCheck === 'unverified') report('signer.minor-age-unverified', 'info');
  const situation: PatientSituationKind = ageCheck === '18-or-older' ? 'adult' : patient.situation;
  const rule = signerRequirements(situation);
  const allowed = rule.roles.includes(signer.role);
  // The situation's rule is a finding only when broken (its catalog
  // severity, error); kept, it is only cited in `ruleIds`.
  if (allowed) ruleIds.push(rule.ruleId);
  else report(rule.ruleId, 'error');

  const held = signer.proof;
  const hasGuardianship = held.includes('guardianship') || held.includes('guardianship-indicates-disability');
  const missingProof = rule.proof.filter((kind) => !held.includes(kind) && !(kind === 'guardianship' && hasGuardianship));
  if (missingProof.length > 0 && !hasGuardianship) report('signer.proof-of-guardianship', 'error');
  if (missingProof.includes('guardianship-indicates-disability')) report('signer.proof-indicates-disability', 'error');
  return {
    situation,
    ageCheck,
    allowed,
    allowedRoles: rule.roles,
    missingProof,
    complete: allowed && missingProof.length === 0,
    findings,
    ruleIds,
  };
}
