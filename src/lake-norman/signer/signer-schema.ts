import * as z from 'zod';
import { isCalendarDate } from '../../core/calendar-date';

/**
 * The patient's situations the Lake Norman FAQ ("Questions About Medical
 * Records") names when it says who signs an authorization:
 * - `adult`: a patient who can sign (the FAQ's general case);
 * - `minor`: a patient under 18;
 * - `unable-to-sign`: a patient unable to sign because of a physical or
 *   mental disability;
 * - `deceased`: a deceased patient.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PATIENT_SITUATIONS } from 'duke-records-rules';
 * PATIENT_SITUATIONS.includes('minor'); // true
 * ```
 */
export const PATIENT_SITUATIONS = /* @__PURE__ */ (() => Object.freeze(['adult', 'minor', 'unable-to-sign', 'deceased'] as const))();

/**
 * One of {@link PATIENT_SITUATIONS}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { PatientSituationKind } from 'duke-records-rules';
 * const s: PatientSituationKind = 'deceased';
 * ```
 */
export type PatientSituationKind = (typeof PATIENT_SITUATIONS)[number];

/**
 * Who signs the authorization, in the FAQ's words:
 * - `patient`: the patient;
 * - `legal-representative`: the patient's legal representative (the FAQ's
 *   general case, for a patient who can sign);
 * - `custodial-parent`: a custodial parent of a minor;
 * - `legal-guardian`: a legally appointed guardian;
 * - `next-of-kin`: the patient's next-of-kin;
 * - `personal-representative`: the personal representative of a deceased
 *   patient's estate.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SIGNER_ROLES } from 'duke-records-rules';
 * SIGNER_ROLES.length; // 6
 * ```
 */
export const SIGNER_ROLES = /* @__PURE__ */ (() => Object.freeze([
  'patient',
  'legal-representative',
  'custodial-parent',
  'legal-guardian',
  'next-of-kin',
  'personal-representative',
] as const))();

/**
 * One of {@link SIGNER_ROLES}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { SignerRole } from 'duke-records-rules';
 * const r: SignerRole = 'legal-guardian';
 * ```
 */
export type SignerRole = (typeof SIGNER_ROLES)[number];

/**
 * Proof a signer can hold, as the FAQ names it:
 * - `guardianship`: proof of guardianship;
 * - `guardianship-indicates-disability`: proof of guardianship that
 *   indicates the patient's disability (it is also a proof of guardianship).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PROOF_KINDS } from 'duke-records-rules';
 * PROOF_KINDS[0]; // 'guardianship'
 * ```
 */
export const PROOF_KINDS = /* @__PURE__ */ (() => Object.freeze(['guardianship', 'guardianship-indicates-disability'] as const))();

/**
 * One of {@link PROOF_KINDS}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { ProofKind } from 'duke-records-rules';
 * const p: ProofKind = 'guardianship';
 * ```
 */
export type ProofKind = (typeof PROOF_KINDS)[number];

/**
 * Zod schema of the patient's situation. Only a minor carries a date of
 * birth (`YYYY-MM-DD`), from which the age on the as-of date is computed;
 * nothing else about the patient is asked for.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { patientSituationSchema } from 'duke-records-rules';
 * patientSituationSchema.safeParse({ situation: 'minor', dateOfBirth: '2012-03-04' }).success; // true
 * patientSituationSchema.safeParse({ situation: 'minor' }).success; // false
 * ```
 */
export const patientSituationSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('situation', [
  z.object({ situation: z.literal('adult') }),
  z.object({
    situation: z.literal('minor'),
    dateOfBirth: z.string().trim().max(10).refine(isCalendarDate, { params: { code: 'invalid_date' } }),
  }),
  z.object({ situation: z.literal('unable-to-sign') }),
  z.object({ situation: z.literal('deceased') }),
]))();

/**
 * The patient's situation (see {@link PATIENT_SITUATIONS}); a minor's date
 * of birth is a `YYYY-MM-DD` string.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { PatientSituation } from 'duke-records-rules';
 * const p: PatientSituation = { situation: 'minor', dateOfBirth: '2012-03-04' };
 * ```
 */
export type PatientSituation =
  | { readonly situation: 'adult' }
  | { readonly situation: 'minor'; readonly dateOfBirth: string }
  | { readonly situation: 'unable-to-sign' }
  | { readonly situation: 'deceased' };

/**
 * Zod schema of the person who signs the authorization: the role and the
 * proof held (none by default). No name is asked for.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { signerSchema } from 'duke-records-rules';
 * signerSchema.parse({ role: 'custodial-parent' }); // { role: 'custodial-parent', proof: [] }
 * ```
 */
export const signerSchema = /* @__PURE__ */ (() =>
  z.object({
  role: z.enum(SIGNER_ROLES),
  proof: z.array(z.enum(PROOF_KINDS)).max(PROOF_KINDS.length).default([]),
}))();

/**
 * Who signs the authorization and the proof they hold.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Signer } from 'duke-records-rules';
 * const s: Signer = { role: 'legal-guardian', proof: ['guardianship-indicates-disability'] };
 * ```
 */
export interface Signer {
  readonly role: SignerRole;
  readonly proof: readonly ProofKind[];
}
