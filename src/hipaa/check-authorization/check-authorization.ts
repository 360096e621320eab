import type { Finding } from '../../core/finding';
import { parseInput } from '../../core/parse-input';
import { parseOptions, type EntryOptions } from '../../core/parse-options';
import { localeTexts } from '../../core/locale';
import type { ParseFailure, Severity } from '../../core/types';
import type { Defect } from '../defect';
import type { AuthorizationCheckRuleId } from '../rule-id';
import { HIPAA_AUTHORIZATION_MESSAGES_EN } from '../authorization/messages.en';
import { defectsOf } from '../authorization/authorization';
import { HIPAA_AUTHORIZATION_SEVERITY } from '../authorization/severity';
import { HIPAA_SPECIAL_MESSAGES_EN } from '../special/messages.en';
import { HIPAA_SPECIAL_SEVERITY } from '../special/severity';
import { specialDefects } from '../special/special';
import { HIPAA_VALIDITY_MESSAGES_EN } from '../validity/messages.en';
import { HIPAA_VALIDITY_SEVERITY } from '../validity/severity';
import { validityDefects } from '../validity/validity';
import { HIPAA_COMPOUND_MESSAGES_EN } from '../compound/messages.en';
import { HIPAA_COMPOUND_SEVERITY } from '../compound/severity';
import { compoundDefects } from '../compound/compound';
import { HIPAA_REQUEST_MESSAGES_EN } from '../request-match/messages.en';
import { HIPAA_REQUEST_SEVERITY } from '../request-match/severity';
import { requestMatch, type RequestComparison } from '../request-match/request-match';
import { checkSigner, type SignerRuleId, type SignerVerdict } from '../../lake-norman';
import { authorizationSchema } from '../authorization/authorization-schema';

/** English texts of every rule a check can cite (the `rules` section of a locale overlays them). */
const MESSAGES_EN: Readonly<Record<AuthorizationCheckRuleId, string>> = /* @__PURE__ */ (() => ({
  ...HIPAA_AUTHORIZATION_MESSAGES_EN,
  ...HIPAA_SPECIAL_MESSAGES_EN,
  ...HIPAA_VALIDITY_MESSAGES_EN,
  ...HIPAA_COMPOUND_MESSAGES_EN,
  ...HIPAA_REQUEST_MESSAGES_EN,
}))();

/** The catalog severity of every rule a check can cite (tests hold each table to the catalog). */
const SEVERITY: Readonly<Record<AuthorizationCheckRuleId, Severity>> = /* @__PURE__ */ (() => ({
  ...HIPAA_AUTHORIZATION_SEVERITY,
  ...HIPAA_SPECIAL_SEVERITY,
  ...HIPAA_VALIDITY_SEVERITY,
  ...HIPAA_COMPOUND_SEVERITY,
  ...HIPAA_REQUEST_SEVERITY,
}))();

/**
 * The rules of 164.508(b)(2)(i), (iii), (iv), (v) and (b)(5): an error of one
 * of them makes an authorization not valid though it may be complete.
 */
const VALIDITY_ONLY: Readonly<Record<string, unknown>> = /* @__PURE__ */ (() => ({ ...HIPAA_VALIDITY_SEVERITY, ...HIPAA_COMPOUND_SEVERITY }))();

/**
 * What {@link checkAuthorization} returns for input that parses: whether the
 * authorization is valid on `asOf` (164.508(b)(2)), whether it is complete
 * (164.508(c) and, where they apply, (a)(3)(ii) and (a)(4)(ii)), whether it
 * is signed, how a request compares with it, and the findings in the order
 * of the regulation. Holds nothing from the input, so it is safe to log.
 *
 * @category Check
 * @example
 * ```ts
 * import { checkAuthorization, type AuthorizationCheck } from 'duke-records-rules';
 * const r = checkAuthorization({});
 * if (r.success) {
 *   const c: AuthorizationCheck = r;
 *   c.complete; // false
 * }
 * ```
 */
export interface AuthorizationCheck {
  readonly success: true;
  /**
   * `true` when no finding has severity `error`: the authorization is
   * complete and none of the defects of 164.508(b)(2) is known on `asOf` —
   * not expired (an expiration date needs `asOf` to be decided), not revoked,
   * not a forbidden compound or conditioning ((b)(3), (b)(4)), no material
   * information known to be false. The one answer to gate a disclosure on.
   */
  readonly valid: boolean;
  /**
   * `true` when no element is missing or defective ((b)(2)(ii)): no `error`
   * finding other than those of (b)(2)(i), (iii)–(v) and (b)(5). `valid`
   * implies `complete`; not the other way round.
   */
  readonly complete: boolean;
  /** Whether the form is signed: `signature.signed`, else whether a signature date is given. */
  readonly signed: boolean;
  /**
   * How the `request` compares with the authorization's recipient
   * ((c)(1)(iii)) and information ((c)(1)(i)); `null` without a request.
   */
  readonly request: { readonly recipient: RequestComparison; readonly information: RequestComparison } | null;
  /**
   * The findings, each with its rule's catalog severity, in the order of the
   * regulation: the elements of 164.508(c) (and a copy the covered entity
   * owes, `warning`); the special authorizations of (a)(2)–(a)(4); the
   * defects of (b)(2) and (b)(5); the compound and conditioning rules of
   * (b)(3), (b)(4) (and the (c)(2)(ii) statement that must agree); the
   * request compared (`info` where a person must compare); when `patient` and
   * `signer` are given, the findings of {@link checkSigner}; then the
   * reminders: (c)(3) plain language always, (c)(4) the copy when `soughtBy`
   * is not given. No rule appears twice.
   */
  readonly findings: readonly Finding<AuthorizationCheckRuleId | SignerRuleId>[];
}

/**
 * Checks a HIPAA authorization against 45 CFR 164.508 and says whether it is
 * valid for a disclosure on `asOf`.
 *
 * Completeness, 164.508(c), element by element: the description of the information
 * (c)(1)(i), who may disclose (ii), to whom (iii), each purpose (iv), the
 * expiration date or event (v) — "none" only for research, never before the
 * signature date — the signature and its date (vi), not after `asOf`, with
 * the representative's authority when a personal representative signs; and
 * the three required statements (c)(2): the right to revoke in writing and
 * how, whether signing may condition treatment, payment, enrollment or
 * eligibility, and that the information may be redisclosed and lose its
 * protection.
 *
 * Validity, 164.508(b)(2): an authorization is not valid when its expiration
 * date has passed on `asOf` or its expiration event is known to have
 * occurred (b)(2)(i) — without `asOf` an expiration date cannot be decided
 * and is reported as such —, when an element is missing (b)(2)(ii), when it
 * is known to have been revoked (b)(2)(iii), (b)(5), when it is a compound
 * authorization or conditions treatment, payment, enrollment or eligibility
 * where (b)(3) and (b)(4) do not allow it (b)(2)(iv), or when material
 * information in it is known to be false (b)(2)(v). The special
 * authorizations of (a)(2) psychotherapy notes, (a)(3) marketing with
 * remuneration and (a)(4) sale of health information add their
 * requirements. Facts only the covered entity knows come in as inputs.
 *
 * Plain language (c)(3) is the form's duty: no data shows it, so it is an
 * `info` reminder on every check. The copy for the individual (c)(4) is a
 * `warning` when the covered entity sought the authorization and the copy is
 * not known to have been given, nothing when the individual started it, and
 * an `info` reminder when `soughtBy` is not given.
 *
 * With a `request`, its recipient and information are compared with what the
 * authorization names; where the free texts differ, an `info` finding says a
 * person must compare them (never a guess).
 *
 * With `patient` and `signer` it also runs {@link checkSigner} (Lake Norman
 * FAQ: who may sign, and the proof) and merges its findings: a minor's
 * authorization signed by the minor gets `signer.minor` from the signer
 * rules and `hipaa.508c1vi-representative-authority` from 164.508(c)(1)(vi),
 * each once.
 *
 * A missing or blank element is a finding, not an input error; an element of
 * the wrong type or shape is an input issue. Never throws, never mutates the
 * input, and no message, path or issue repeats a text or date from it.
 *
 * @param input - the authorization's content (see {@link authorizationSchema})
 * @param options - `locale` of the messages; `asOf`, the date of the check
 * @returns `{ success: true, valid, complete, signed, request, findings }`, or `{ success: false, issues }`
 *
 * @category Check
 * @example
 * ```ts
 * import { checkAuthorization } from 'duke-records-rules';
 * const r = checkAuthorization(
 *   {
 *     information: 'Discharge summary, 2025 admission',
 *     disclosedBy: 'Duke Health Lake Norman Hospital',
 *     disclosedTo: 'Example Clinic',
 *     purpose: { kind: 'at-request-of-individual', initiatedByIndividual: true },
 *     expiration: { kind: 'none' },
 *     signature: { signedBy: 'personal-representative', signedOn: '2026-01-31' },
 *     statements: { revocation: 'notice-of-privacy-practices', conditioning: 'may-not-condition', redisclosure: true },
 *   },
 *   { asOf: '2026-02-02' },
 * );
 * r.success && r.complete; // false
 * r.success && r.valid; // false
 * r.success && r.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
 * // ['hipaa.508c1v-none-outside-research', 'hipaa.508c1vi-representative-authority']
 * ```
 */
export function checkAuthorization(input: unknown, options?: EntryOptions): AuthorizationCheck | ParseFailure {
  const opts = parseOptions(options);
  if (!opts.success) return opts;
  const parsed = parseInput(authorizationSchema, input, opts.locale);
  if (!parsed.success) return parsed;
  const { locale, asOf } = opts;
  const a = parsed.data;
  const { patient, signer, signature } = a;
  // The schema gives both `patient` and `signer` or neither.
  let verdict: SignerVerdict | null = null;
  if (signer !== undefined) {
    // Parsed again by checkSigner, which also refuses a minor's date of birth after asOf (as routeRecordsRequest does).
    const checked = checkSigner({ patient, signer }, asOf === null ? { locale } : { asOf, locale });
    if (!checked.success) return checked;
    verdict = checked;
  }
  const defects: Defect<AuthorizationCheckRuleId>[] = [...defectsOf(a, asOf, verdict?.situation ?? null)];
  specialDefects(a, defects);
  validityDefects(a, asOf, defects);
  compoundDefects(a, defects);
  const request = requestMatch(a, defects);
  defects.push({ ruleId: 'hipaa.508c3-plain-language', path: [] });
  if (a.soughtBy === undefined) defects.push({ ruleId: 'hipaa.508c4-copy', path: [] });
  const texts = localeTexts(locale, 'rules', MESSAGES_EN);
  const findings: Finding<AuthorizationCheckRuleId | SignerRuleId>[] = defects.map(({ ruleId, path }) =>
    path.length === 0 ? { ruleId, severity: SEVERITY[ruleId], message: texts[ruleId] } : { ruleId, severity: SEVERITY[ruleId], message: texts[ruleId], path },
  );
  if (verdict !== null) findings.splice(findings.length - (a.soughtBy === undefined ? 2 : 1), 0, ...verdict.findings);
  let valid = true;
  let complete = true;
  for (const f of findings)
    if (f.severity === 'error') {
      valid = false;
      if (!(f.ruleId in VALIDITY_ONLY)) complete = false;
    }
  return { success: true, valid, complete, signed: signature?.signed ?? signature?.signedOn !== undefined, request, findings };
}
