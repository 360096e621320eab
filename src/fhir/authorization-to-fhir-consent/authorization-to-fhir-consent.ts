import type { Consent, Patient as FhirPatient, Reference } from '@medplum/fhirtypes';
import * as z from 'zod';
import type { Locale } from '../../core/locale';
import { parseInput } from '../../core/parse-input';
import { CFR_164_508_PAGE } from '../../directory/sources';
import { authorizationSchema } from '../../hipaa';
import { AUTHORIZATION_EXTENSION, AUTHORIZATION_EXTENSION_FIELDS, CONSENT_CODES } from '../consent/consent-map';
import type { FhirParseFailure } from '../issues';
import { json, readOptions, some } from '../read';

/**
 * Options of {@link authorizationToFhirConsent}.
 *
 * @category FHIR
 * @example
 * ```ts
 * import type { AuthorizationToFhirConsentOptions } from 'duke-records-rules/fhir';
 * const o: AuthorizationToFhirConsentOptions = { patient: { reference: 'Patient/123' } };
 * ```
 */
export interface AuthorizationToFhirConsentOptions {
  /**
   * The patient the authorization is about, as a FHIR `Reference` (its
   * `reference`, `identifier` or `display`; at least one). Required: a
   * privacy consent names its patient. Copied into `Consent.patient`, and
   * into `Consent.performer` when the individual signed.
   */
  readonly patient: Reference<FhirPatient>;
  /** Language of the issue messages (English when omitted). */
  readonly locale?: Locale;
}

/**
 * What {@link authorizationToFhirConsent} returns: the authorization as a
 * FHIR R4 `Consent`. It holds the authorization's texts and the patient
 * reference given: patient data, never log it.
 *
 * @category FHIR
 * @example
 * ```ts
 * import { authorizationToFhirConsent, type FhirConsent } from 'duke-records-rules/fhir';
 * const r = authorizationToFhirConsent({ expiration: { kind: 'none' }, research: true }, { patient: { reference: 'Patient/123' } });
 * const c: FhirConsent | null = r.success ? r : null;
 * ```
 */
export interface FhirConsent {
  readonly success: true;
  readonly consent: Consent;
}

const text = z.string().optional();
const optionsSchema = /* @__PURE__ */ (() =>
  z.object({
    patient: z.object({ reference: text, type: text, display: text, identifier: z.object({ system: text, value: text }).optional() }).refine(
      (r) => r.reference || r.display || r.identifier?.value,
    ),
  }))();

/**
 * Writes a 45 CFR 164.508 authorization as a FHIR R4 `Consent`:
 *
 * - `status` `active`; `scope` `patient-privacy`; `category` LOINC
 *   `64292-6` (release of information consent); `policy` the text of
 *   45 CFR 164.508; `patient` the reference given;
 * - `dateTime` and `provision.period.start`: the signature date;
 *   `provision.period.end`: the expiration date (a start after the end is
 *   left out of the period, which FHIR requires in order; `dateTime` keeps
 *   it);
 * - `provision.type` `permit`; `provision.code[0].text`: the description
 *   of the information; `provision.actor`: who may disclose (role
 *   `v3-ParticipationType#CST`) and who receives (`#IRCP`), each as a
 *   reference `display`;
 * - `provision.purpose`: `v3-ActReason#PATRQT` for "at the request of the
 *   individual", `#HRESCH` for research;
 * - `performer`: the patient when the individual signed, a `RelatedPerson`
 *   when a personal representative did;
 * - what a `Consent` has no element for (each purpose described, whether
 *   the individual initiated it, the expiration event or "none", the
 *   representative's authority, the three required statements, the
 *   patient's situation and the signer) in the extension
 *   {@link AUTHORIZATION_EXTENSION} (see {@link AUTHORIZATION_EXTENSION_FIELDS}).
 *
 * Blank texts are left out (FHIR has no empty strings), so
 * {@link authorizationFromFhirConsent} reads them as missing, which
 * `checkAuthorization` treats alike. The `Consent` is not a verdict: check
 * the authorization with `checkAuthorization`. Never throws; issues never
 * repeat a value.
 *
 * @param authorization - the authorization's content, as `checkAuthorization` takes it
 * @param options - `patient` (required), `locale` of the issues
 * @returns `{ success: true, consent }`, or `{ success: false, issues }`
 *
 * @category FHIR
 * @example
 * ```ts
 * import { authorizationToFhirConsent } from 'duke-records-rules/fhir';
 * const r = authorizationToFhirConsent(
 *   {
 *     information: 'Discharge summary, 2025 admission',
 *     disclosedBy: 'Duke Health Lake Norman Hospital',
 *     disclosedTo: 'Example Clinic',
 *     purpose: { kind: 'at-request-of-individual', initiatedByIndividual: true },
 *     expiration: { kind: 'date', date: '2027-01-31' },
 *     signature: { signedBy: 'individual', signedOn: '2026-01-31' },
 *     statements: { revocation: 'how-to-revoke', conditioning: 'may-not-condition', redisclosure: true },
 *   },
 *   { patient: { reference: 'Patient/123' } },
 * );
 * r.success && r.consent.provision?.period; // { start: '2026-01-31', end: '2027-01-31' }
 * ```
 */
export function authorizationToFhirConsent(authorization: unknown, options: AuthorizationToFhirConsentOptions): FhirConsent | FhirParseFailure {
  const opts = readOptions(options, optionsSchema);
  if (!opts.success) return opts;
  const parsed = parseInput(authorizationSchema, authorization, opts.locale);
  if (!parsed.success) return parsed;
  const a = parsed.data;
  const { patient } = opts.own;
  const { signature } = a;
  const signedOn = signature?.signedOn;
  const end = a.expiration?.kind === 'date' ? a.expiration.date : undefined;
  const signedBy = signature && (signature.signedBy ?? (a.signer?.role === 'patient' ? 'individual' : 'personal-representative'));
  const actor = (code: string, display: string | undefined) => display && { role: { coding: [{ system: CONSENT_CODES.participation, code }] }, reference: { display } };
  const reason = (code: string, given: boolean | undefined) => given && { system: CONSENT_CODES.actReason, code };
  const extension = Object.entries(AUTHORIZATION_EXTENSION_FIELDS).flatMap(([field, type]) =>
    [field.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], a)]
      .flat()
      .flatMap((value) => (value === undefined || value === '' ? [] : [{ url: field, [`value${type}`]: value }])),
  );
  return {
    success: true,
    consent: json({
      resourceType: 'Consent',
      status: 'active',
      scope: { coding: [{ system: CONSENT_CODES.scope, code: 'patient-privacy' }] },
      category: [{ coding: [{ system: 'http://loinc.org', code: '64292-6' }] }],
      patient,
      dateTime: signedOn,
      performer: signedBy && [signedBy === 'individual' ? patient : { type: 'RelatedPerson' }],
      policy: [{ uri: CFR_164_508_PAGE.url }],
      provision: {
        type: 'permit',
        period: (signedOn || end) && { start: end && signedOn && signedOn > end ? undefined : signedOn, end },
        actor: some([actor('CST', a.disclosedBy), actor('IRCP', a.disclosedTo)].filter(Boolean)),
        purpose: some([reason('PATRQT', a.purpose?.kind === 'at-request-of-individual'), reason('HRESCH', a.research)].filter(Boolean)),
        code: a.information ? [{ text: a.information }] : undefined,
      },
      extension: some(extension) && [{ url: AUTHORIZATION_EXTENSION, extension }],
    }),
  };
}
