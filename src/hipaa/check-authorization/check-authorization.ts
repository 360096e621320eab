import type { Finding } from '../../core/finding';
import { parseInput } from '../../core/parse-input';
import { parseOptions, type EntryOptions } from '../../core/parse-options';
import { localeTexts } from '../../core/locale';
import type { InputPath, ParseFailure } from '../../core/types';
import { HIPAA_AUTHORIZATION_MESSAGES_EN } from '../authorization/messages.en';
import { authorizationDefects, type HipaaAuthorizationRuleId } from '../authorization/authorization';
import { HIPAA_AUTHORIZATION_SEVERITY } from '../authorization/severity';
import { checkSigner, type PatientSituation, type SignerRuleId } from '../../lake-norman';
import { authorizationSchema } from '../authorization/authorization-schema';

/**
 * A finding of a HIPAA rule: catalog severity and the message as written
 * (these messages have no placeholders, so no formatting pass is needed —
 * this runs on every check, within the ≤ 6× safeParse budget).
 */

const finding = (
  ruleId: HipaaAuthorizationRuleId,
  texts: Readonly<Record<HipaaAuthorizationRuleId, string>>,
  path?: InputPath,
): Finding<HipaaAuthorizationRuleId> => {
  const severity = HIPAA_AUTHORIZATION_SEVERITY[ruleId];
  const message = texts[ruleId];
  return path === undefined ? { ruleId, severity, message } : { ruleId, severity, message, path };
};

/** Duties no data can show: reported on every check, severity `info`. */
const REMINDERS: readonly HipaaAuthorizationRuleId[] = ['hipaa.508c3-plain-language', 'hipaa.508c4-copy'];

/**
 * What {@link checkAuthorization} returns for input that parses: whether the
 * authorization is complete (no finding of severity `error`) and the
 * findings, in the order of the regulation. Holds nothing from the input,
 * so it is safe to log.
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
  /** `true` when no finding has severity `error`. */
  readonly complete: boolean;
  /**
   * One finding per missing or defective element of 164.508(c) (severity
   * `error`), in the regulation's order; then, when `patient` and `signer`
   * are given, the findings of {@link checkSigner}; then the reminders of
   * (c)(3) plain language and (c)(4) copy to the individual (severity
   * `info`, always present: no data can show them). No rule appears twice.
   */
  readonly findings: readonly Finding<HipaaAuthorizationRuleId | SignerRuleId>[];
}

/**
 * Checks the content of a signed HIPAA authorization against
 * 45 CFR 164.508(c), element by element: the description of the information
 * (c)(1)(i), who may disclose (ii), to whom (iii), each purpose (iv), the
 * expiration date or event (v) — "none" only for research, never before the
 * signature date — the signature and its date (vi), not after `asOf`, with
 * the representative's authority when a personal representative signs; and
 * the three required statements (c)(2): the right to revoke in writing and
 * how, whether signing may condition treatment, payment, enrollment or
 * eligibility, and that the information may be redisclosed and lose its
 * protection.
 *
 * Plain language (c)(3) and giving the individual a copy (c)(4) are the
 * form's and the desk's duties: no data shows them, so they are always
 * reported as `info` reminders and never make an authorization incomplete.
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
 * @returns `{ success: true, complete, findings }`, or `{ success: false, issues }`
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
  const { patient, signer } = parsed.data;
  // The schema gives both `patient` and `signer` or neither.
  const verdict = signer === undefined ? null : checkSigner(patient as PatientSituation, signer, asOf, locale);
  const texts = localeTexts(locale, 'rules', HIPAA_AUTHORIZATION_MESSAGES_EN);
  const findings: Finding<HipaaAuthorizationRuleId | SignerRuleId>[] = authorizationDefects(parsed.data, asOf, verdict?.situation ?? null).map((d) =>
    finding(d.ruleId, texts, d.path),
  );
  if (verdict !== null) findings.push(...verdict.findings);
  for (const id of REMINDERS) findings.push(finding(id, texts));
  return { success: true, complete: findings.every((f) => f.severity !== 'error'), findings };
}
