import { ageOn, isCalendarDate } from '../../core/calendar-date';
import type { Finding } from '../../core/finding';
import * as z from 'zod';
import { ENGLISH, isLocale, localeTexts, perLocale, type Locale } from '../../core/locale';
import { inputIssue, parseInput } from '../../core/parse-input';
import { parseOptions, type EntryOptions } from '../../core/parse-options';
import type { CalendarDate, InputPath, ParseFailure, Severity } from '../../core/types';
import { deepFreeze } from '../../core/deep-freeze';
import { SIGNER_MESSAGES_EN } from './messages.en';
import {
  PATIENT_SITUATIONS,
  patientSituationSchema,
  signerSchema,
  type PatientSituation,
  type PatientSituationKind,
  type ProofKind,
  type Signer,
  type SignerRole,
} from './signer-schema';

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
 * What the signer rules say about a signer: the `signer` of a records
 * route and the body of {@link SignerCheck}. Never contains the date of
 * birth or the age.
 *
 * @category Rules
 * @example
 * ```ts
 * import { checkSigner } from 'duke-records-rules';
 * const v = checkSigner({ patient: { situation: 'deceased' }, signer: { role: 'next-of-kin' } });
 * if (v.success) {
 *   v.allowed; // true
 *   v.complete; // true
 * }
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
 * Who may sign in a situation, and the proof required (the body of
 * {@link SignerRequirementsResult}).
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
 * What {@link signerRequirements} returns: the requirements of the
 * situation, or the issues of a bad input or option.
 *
 * @category Rules
 * @example
 * ```ts
 * import { signerRequirements, type SignerRequirementsResult } from 'duke-records-rules';
 * const r: SignerRequirementsResult = signerRequirements({});
 * r.success; // false
 * ```
 */
export type SignerRequirementsResult = ({ readonly success: true } & SignerRequirements) | ParseFailure;

/** The input of {@link signerRequirements}: the situation (anything else, such as a date of birth, is ignored). */
const requirementsInputSchema = /* @__PURE__ */ (() => z.object({ situation: z.enum(PATIENT_SITUATIONS) }))();

/**
 * The signers and the proof each situation needs (FAQ). The roles are
 * listed in the FAQ's order. Never throws: an input without a known
 * `situation` gives issues (at `['situation']`), a bad option issues at
 * `['options', …]`.
 *
 * @param input - `{ situation }`: the patient's situation (a whole patient situation works too)
 * @param options - `locale` (of the issues); `asOf` is accepted and not used (the FAQ has one edition)
 * @returns the rule, the roles that may sign and the proof required, or the issues
 *
 * @category Rules
 * @example
 * ```ts
 * import { signerRequirements } from 'duke-records-rules';
 * signerRequirements({ situation: 'minor' });
 * // { success: true, ruleId: 'signer.minor', roles: ['custodial-parent', 'legal-guardian'], proof: ['guardianship'] }
 * signerRequirements({ situation: 'child' }).success; // false
 * ```
 */
export function signerRequirements(input: unknown, options?: EntryOptions): SignerRequirementsResult {
  const opts = parseOptions(options);
  if (!opts.success) return opts;
  const parsed = parseInput(requirementsInputSchema, input, opts.locale);
  if (!parsed.success) return parsed;
  return { success: true, ...REQUIREMENTS[parsed.data.situation] };
}

/**
 * The requirements of a situation already parsed.
 *
 * @param situation - the patient's situation
 * @returns the rule, the roles that may sign and the proof required
 *
 * @internal
 * @example
 * ```ts
 * requirementsFor('deceased').roles; // ['personal-representative', 'next-of-kin']
 * ```
 */
export const requirementsFor = (situation: PatientSituationKind): SignerRequirements => REQUIREMENTS[situation];

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
 * The signer rules on input already parsed: what {@link checkSigner} and
 * `routeRecordsRequest` (and `checkAuthorization`) apply. A date of birth
 * after `asOf` (which the entry points refuse) reads as not verified.
 *
 * @param patient - the patient's situation
 * @param signer - the signer's role and the proof they hold
 * @param asOf - the date the request is made, or `null` when unknown
 * @param locale - language of the finding messages (English when omitted)
 * @returns the verdict, its findings and the rule ids applied
 *
 * @internal
 * @example
 * ```ts
 * signerVerdict({ situation: 'adult' }, { role: 'patient', proof: [] }, null).allowed; // true
 * ```
 */
export function signerVerdict(patient: PatientSituation, signer: Signer, asOf: CalendarDate | null, locale: Locale = ENGLISH): SignerVerdict {
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
  const rule = REQUIREMENTS[situation];
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

/**
 * The input of {@link checkSigner}: the patient's situation (a minor with a
 * `YYYY-MM-DD` date of birth) and the signer (role, and the proof held,
 * none by default).
 *
 * @category Rules
 * @example
 * ```ts
 * import type { SignerInput } from 'duke-records-rules';
 * const i: SignerInput = { patient: { situation: 'minor', dateOfBirth: '2012-03-04' }, signer: { role: 'legal-guardian' } };
 * ```
 */
export interface SignerInput {
  readonly patient: PatientSituation;
  readonly signer: { readonly role: SignerRole; readonly proof?: readonly ProofKind[] };
}

const signerInputSchema = /* @__PURE__ */ (() => z.object({ patient: patientSituationSchema, signer: signerSchema }))();

/**
 * What {@link checkSigner} returns: the verdict with the as-of date used,
 * or the issues of a bad input or option.
 *
 * @category Rules
 * @example
 * ```ts
 * import { checkSigner, type SignerCheck } from 'duke-records-rules';
 * const r: SignerCheck = checkSigner({ patient: { situation: 'adult' }, signer: { role: 'patient' } }, { asOf: '2026-01-15' });
 * if (r.success) r.asOf; // '2026-01-15'
 * ```
 */
export type SignerCheck = ({ readonly success: true; readonly asOf: CalendarDate | null } & SignerVerdict) | ParseFailure;

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
 * Never throws: a bad input gives issues at `['patient', …]` and
 * `['signer', …]` (a date of birth after `asOf`: `date_in_future`), a bad
 * option issues at `['options', …]`; no issue repeats a value.
 *
 * @param input - `{ patient, signer }` (see {@link SignerInput}), as `unknown`
 * @param options - `asOf` (the date the request is made) and `locale` (of findings and issues)
 * @returns the verdict, its findings and the rule ids applied, or the issues
 *
 * @category Rules
 * @example
 * ```ts
 * import { checkSigner } from 'duke-records-rules';
 * const v = checkSigner(
 *   { patient: { situation: 'minor', dateOfBirth: '2012-03-04' }, signer: { role: 'custodial-parent' } },
 *   { asOf: '2026-01-15' },
 * );
 * if (v.success) {
 *   v.allowed; // true
 *   v.missingProof; // ['guardianship']
 *   v.ruleIds; // ['signer.minor', 'signer.proof-of-guardianship']
 * }
 * checkSigner({}).success; // false
 * ```
 */
export function checkSigner(input: unknown, options?: EntryOptions): SignerCheck {
  const opts = parseOptions(options);
  if (!opts.success) return opts;
  const { locale, asOf } = opts;
  const parsed = parseInput(signerInputSchema, input, locale);
  if (!parsed.success) return parsed;
  const { patient, signer } = parsed.data;
  // Only a minor has a date of birth; without asOf it is compared with itself, never in the future.
  if ('dateOfBirth' in patient && patient.dateOfBirth > (asOf ?? patient.dateOfBirth)) {
    return { success: false, issues: [inputIssue(['patient', 'dateOfBirth'], 'date_in_future', locale)] };
  }
  return { success: true, asOf, ...signerVerdict(patient, signer, asOf, locale) };
}
