import { ageOn, isCalendarDate } from '../../core/calendar-date';
import type { Finding } from '../../core/finding';
import { ENGLISH, isLocale, localeTexts, perLocale, type Locale } from '../../core/locale';
import type { CalendarDate, InputPath, RuleDefinition, Severity } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import { deepFreeze } from '../../core/deep-freeze';
import { SIGNER_MESSAGES_EN } from './messages.en';
import type { PatientSituation, PatientSituationKind, ProofKind, Signer, SignerRole } from './signer-schema';

const FAQ = 'Questions About Medical Records';
const BOTH = ['seed', '2025-10-18'] as const;

/**
 * Catalog entries of the signer area: who signs an authorization for a
 * records request, and the proof they need (the Lake Norman FAQ, the same
 * in both editions).
 *
 * @example
 * ```ts
 * import { SIGNER_RULES } from 'duke-records-rules';
 * SIGNER_RULES.map((r) => r.id).includes('signer.minor'); // true
 * ```
 */
export const SIGNER_RULES = /* @__PURE__ */ (() =>
  [
  {
    id: 'signer.patient-or-representative',
    area: 'signer',
    severity: 'error',
    summary: "An authorization must be signed by the patient or the patient's legal representative.",
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
    ambiguity: {
      note: 'The FAQ first says the patient or a legal representative signs, then names who signs for a minor, for a patient unable to sign and for a deceased patient; it does not say whether any other legal representative may sign in those three situations.',
      reading:
        "A generic legal representative is accepted only for a patient who can sign; for a minor, a patient unable to sign or a deceased patient only the signers the FAQ names for that situation are accepted (the stricter reading, which cannot release records on a signature the FAQ does not name).",
    },
  },
  {
    id: 'signer.minor',
    area: 'signer',
    severity: 'error',
    summary: 'For a minor (under 18), the authorization is signed by a custodial parent or a legally appointed guardian.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
  },
  {
    id: 'signer.proof-of-guardianship',
    area: 'signer',
    severity: 'error',
    summary:
      'Proof of guardianship is required when the authorization is signed for a minor or for a patient unable to sign because of a physical or mental disability.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
    ambiguity: {
      note: 'The FAQ says "proof of guardianship required" right after naming two possible signers (a custodial parent or a guardian for a minor; next-of-kin or a guardian for a patient unable to sign) without saying whether the proof is asked of both.',
      reading: 'The proof is required of either signer (the stricter reading: an authorization is never called complete without the proof the FAQ names).',
    },
  },
  {
    id: 'signer.unable-to-sign',
    area: 'signer',
    severity: 'error',
    summary:
      'For a patient unable to sign because of a physical or mental disability, the authorization may be signed by next-of-kin or a legally appointed guardian.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
  },
  {
    id: 'signer.proof-indicates-disability',
    area: 'signer',
    severity: 'error',
    summary: "For a patient unable to sign, the proof of guardianship must indicate the patient's disability.",
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
  },
  {
    id: 'signer.deceased',
    area: 'signer',
    severity: 'error',
    summary: "For a deceased patient, the authorization is signed by the personal representative of the patient's estate or by next-of-kin.",
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
    ambiguity: {
      note: 'The stored FAQ text breaks off after this sentence: whatever it goes on to require (for example a proof of the signer\'s authority) is unknown.',
      reading: 'The library names the two signers and requires no proof it cannot cite; it never accepts the patient as signer.',
    },
  },
  {
    id: 'signer.minor-age',
    area: 'signer',
    severity: 'warning',
    summary:
      'A minor is a patient under 18: when the date of birth shows the patient is 18 or older on the as-of date, the rules for a patient who can sign apply.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
  },
  {
    id: 'signer.minor-age-unverified',
    area: 'signer',
    severity: 'info',
    summary:
      'Without an as-of date the age cannot be computed from the date of birth: the declared situation (minor) is relied on, and the age is reported as not verified.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
  },
  ] as const satisfies readonly RuleDefinition[])();

/**
 * Id of a rule of the signer area.
 *
 * @example
 * ```ts
 * import type { SignerRuleId } from 'duke-records-rules';
 * const id: SignerRuleId = 'signer.deceased';
 * ```
 */
export type SignerRuleId = (typeof SIGNER_RULES)[number]['id'];

/**
 * How the age of a patient declared a minor was checked:
 * - `not-applicable`: the patient was not declared a minor;
 * - `under-18`: the date of birth shows the patient is under 18 on the as-of date;
 * - `18-or-older`: it shows 18 or older, so the patient is treated as an adult;
 * - `unverified`: no as-of date (or no usable date of birth), so the
 *   declared situation is relied on.
 *
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
  /** The ids of the rules applied, in the order of the findings. */
  readonly ruleIds: readonly SignerRuleId[];
}

/**
 * Who may sign in a situation, and the proof required (see {@link signerRequirements}).
 *
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
  const ageCheck = checkAge(patient, asOf);
  if (ageCheck === '18-or-older') findings.push(finding('signer.minor-age', locale, 'warning'));
  if (ageCheck === 'unverified') findings.push(finding('signer.minor-age-unverified', locale, 'info'));
  const situation: PatientSituationKind = ageCheck === '18-or-older' ? 'adult' : patient.situation;
  const rule = signerRequirements(situation);
  const allowed = rule.roles.includes(signer.role);
  findings.push(finding(rule.ruleId, locale, allowed ? 'info' : 'error'));

  const held = signer.proof;
  const hasGuardianship = held.includes('guardianship') || held.includes('guardianship-indicates-disability');
  const missingProof = rule.proof.filter((kind) => !held.includes(kind) && !(kind === 'guardianship' && hasGuardianship));
  if (missingProof.length > 0 && !hasGuardianship) findings.push(finding('signer.proof-of-guardianship', locale, 'error'));
  if (missingProof.includes('guardianship-indicates-disability')) {
    findings.push(finding('signer.proof-indicates-disability', locale, 'error'));
  }
  return {
    situation,
    ageCheck,
    allowed,
    allowedRoles: rule.roles,
    missingProof,
    complete: allowed && missingProof.length === 0,
    findings,
    ruleIds: findings.map((f) => f.ruleId as SignerRuleId),
  };
}
