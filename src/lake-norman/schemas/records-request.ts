import * as z from 'zod';
import { patientSituationSchema, signerSchema } from '../signer/signer-schema';

/**
 * Who asks for the records:
 * - `patient`, `legal-representative` (of the patient);
 * - `provider`: a provider asking for the patient's care;
 * - `insurance-company`, `attorney`;
 * - `other-third-party`: anyone else.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { REQUESTERS } from 'duke-records-rules';
 * REQUESTERS.includes('attorney'); // true
 * ```
 */
export const REQUESTERS = /* @__PURE__ */ (() => Object.freeze(['patient', 'legal-representative', 'provider', 'insurance-company', 'attorney', 'other-third-party'] as const))();

/**
 * One of {@link REQUESTERS}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Requester } from 'duke-records-rules';
 * const r: Requester = 'provider';
 * ```
 */
export type Requester = (typeof REQUESTERS)[number];

/**
 * The requesters who may state a patient-care purpose. The page names
 * insurance companies and attorneys among "all other requests", and ends the
 * list with "etc."; so only the patient, a legal representative and a
 * provider can ask for the patient's care.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PATIENT_CARE_REQUESTERS } from 'duke-records-rules';
 * (PATIENT_CARE_REQUESTERS as readonly string[]).includes('attorney'); // false
 * ```
 */
export const PATIENT_CARE_REQUESTERS = /* @__PURE__ */ (() => Object.freeze(['patient', 'legal-representative', 'provider'] as const satisfies readonly Requester[]))();

/**
 * For whom the copies are: the patient, or a third party.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { RECIPIENTS } from 'duke-records-rules';
 * RECIPIENTS; // ['patient', 'third-party']
 * ```
 */
export const RECIPIENTS = /* @__PURE__ */ (() => Object.freeze(['patient', 'third-party'] as const))();

/**
 * One of {@link RECIPIENTS}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Recipient } from 'duke-records-rules';
 * const r: Recipient = 'third-party';
 * ```
 */
export type Recipient = (typeof RECIPIENTS)[number];

/**
 * Why the records are asked for: `patient-care` (care of the patient by a
 * provider) or `other` (insurance, legal, personal and every other use).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PURPOSES } from 'duke-records-rules';
 * PURPOSES; // ['patient-care', 'other']
 * ```
 */
export const PURPOSES = /* @__PURE__ */ (() => Object.freeze(['patient-care', 'other'] as const))();

/**
 * One of {@link PURPOSES}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Purpose } from 'duke-records-rules';
 * const p: Purpose = 'patient-care';
 * ```
 */
export type Purpose = (typeof PURPOSES)[number];

/**
 * The channel the requester would like to use. `phone` can be asked for,
 * but the pages give no way to request records by phone (it is for
 * questions); `email` exists only in the 2025-10-18 edition (Release of
 * Information).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { REQUEST_CHANNELS } from 'duke-records-rules';
 * REQUEST_CHANNELS[0]; // 'online-request'
 * ```
 */
export const REQUEST_CHANNELS = /* @__PURE__ */ (() => Object.freeze(['online-request', 'patient-portal', 'fax', 'email', 'mail', 'phone'] as const))();

/**
 * One of {@link REQUEST_CHANNELS}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { RequestChannel } from 'duke-records-rules';
 * const c: RequestChannel = 'mail';
 * ```
 */
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/**
 * The languages the request form is published in.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FORM_LANGUAGES } from 'duke-records-rules';
 * FORM_LANGUAGES; // ['en', 'es']
 * ```
 */
export const FORM_LANGUAGES = /* @__PURE__ */ (() => Object.freeze(['en', 'es'] as const))();

/**
 * One of {@link FORM_LANGUAGES}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { FormLanguage } from 'duke-records-rules';
 * const l: FormLanguage = 'es';
 * ```
 */
export type FormLanguage = (typeof FORM_LANGUAGES)[number];

const requester = /* @__PURE__ */ (() =>
  z.enum(REQUESTERS))();
const purpose = /* @__PURE__ */ (() =>
  z.enum(PURPOSES))();

/**
 * A patient-care purpose from a requester not in
 * {@link PATIENT_CARE_REQUESTERS} is a contradiction: an `invalid_value`
 * issue at `purpose`, so an insurer's or attorney's request can never be
 * read as a patient-care request (and sent to the fax line).
 */
function purposeMatchesRequester(value: { readonly requester?: Requester | undefined; readonly purpose: Purpose }, ctx: z.RefinementCtx): void {
  if (value.purpose === 'patient-care' && value.requester !== undefined && !(PATIENT_CARE_REQUESTERS as readonly string[]).includes(value.requester)) {
    ctx.addIssue({ code: 'custom', path: ['purpose'], params: { code: 'invalid_value' }, message: 'purpose' });
  }
}

/**
 * Zod schema of a request for records from Duke Health Lake Norman
 * Hospital. Unknown keys are stripped (a patient name given by mistake is
 * dropped, never echoed); strings are trimmed and bounded.
 *
 * - `requester`, `recipient`, `purpose`: see {@link REQUESTERS},
 *   {@link RECIPIENTS}, {@link PURPOSES}; `patient-care` is accepted only
 *   from the patient, a legal representative or a provider;
 * - `channel`: the channel wanted, if any;
 * - `formLanguage`: language of the request form (default `en`);
 * - `preferredLanguage`: the language the requester prefers to communicate
 *   in (BCP 47 tag or name), for the interpreter-services notice;
 * - `legacyRecords`: whether the patient had care at Lake Norman before
 *   2025-10-18, whose records the legacy portals (MyHealthHome,
 *   AthenaHealth) hold: `yes`, `no` or `unknown` (default);
 * - `patient`: the patient's situation; `signer`: who signs the authorization.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { recordsRequestSchema } from 'duke-records-rules';
 * recordsRequestSchema.safeParse({
 *   requester: 'attorney',
 *   recipient: 'third-party',
 *   purpose: 'other',
 *   channel: 'fax',
 *   patient: { situation: 'adult' },
 *   signer: { role: 'patient' },
 * }).success; // true
 * ```
 */
export const recordsRequestSchema = /* @__PURE__ */ (() =>
  z
  .object({
    requester,
    recipient: z.enum(RECIPIENTS),
    purpose,
    channel: z.enum(REQUEST_CHANNELS).optional(),
    formLanguage: z.enum(FORM_LANGUAGES).default('en'),
    preferredLanguage: z.string().trim().max(64).optional(),
    legacyRecords: z.enum(['yes', 'no', 'unknown']).default('unknown'),
    patient: patientSituationSchema,
    signer: signerSchema,
  })
  .superRefine(purposeMatchesRequester))();

/**
 * A records request after parsing (defaults applied).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { RecordsRequest } from 'duke-records-rules';
 * const r: RecordsRequest = {
 *   requester: 'patient',
 *   recipient: 'patient',
 *   purpose: 'other',
 *   formLanguage: 'en',
 *   legacyRecords: 'unknown',
 *   patient: { situation: 'adult' },
 *   signer: { role: 'patient', proof: [] },
 * };
 * ```
 */
export type RecordsRequest = z.output<typeof recordsRequestSchema>;

/**
 * A records request as a caller writes it (defaults may be omitted).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { RecordsRequestInput } from 'duke-records-rules';
 * const r: RecordsRequestInput = {
 *   requester: 'provider',
 *   recipient: 'third-party',
 *   purpose: 'patient-care',
 *   patient: { situation: 'adult' },
 *   signer: { role: 'patient' },
 * };
 * ```
 */
export type RecordsRequestInput = z.input<typeof recordsRequestSchema>;

/**
 * Zod schema of what a fax line needs to know about a request: its purpose
 * and, optionally, who asks (checked as in {@link recordsRequestSchema}).
 * A whole records request parses too (other keys are dropped).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { faxRequestSchema } from 'duke-records-rules';
 * faxRequestSchema.safeParse({ purpose: 'patient-care', requester: 'attorney' }).success; // false
 * ```
 */
export const faxRequestSchema = /* @__PURE__ */ (() =>
  z
  .object({ purpose, requester: requester.optional() })
  .superRefine(purposeMatchesRequester))();

/**
 * What a fax line is asked about (see {@link faxRequestSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { FaxRequest } from 'duke-records-rules';
 * const r: FaxRequest = { purpose: 'patient-care', requester: 'provider' };
 * ```
 */
export type FaxRequest = z.output<typeof faxRequestSchema>;
