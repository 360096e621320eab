import * as z from 'zod';
import { authorizationDateSchema } from '../authorization-date';
import { patientSituationSchema, signerSchema } from '../../lake-norman';

/** Longest description the schema reads (characters, before trimming). */
const TEXT_MAX = 2000;

/** A free-text part of the form: bounded, trimmed; blank counts as missing. */
const text = (): z.ZodString => z.string().max(TEXT_MAX, { abort: true }).trim();

const PurposeSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('described'),
    /** One description per purpose; blank entries are ignored. */
    descriptions: z.array(text()).max(20),
  }),
  z.object({
    kind: z.literal('at-request-of-individual'),
    /** Whether the individual initiated the authorization. */
    initiatedByIndividual: z.boolean(),
  }),
]))();

const ExpirationSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: authorizationDateSchema }),
  z.object({ kind: z.literal('event'), event: text().optional() }),
  z.object({ kind: z.literal('none') }),
]))();

const SignatureSchema = /* @__PURE__ */ (() =>
  z.object({
  signedBy: z.enum(['individual', 'personal-representative']).optional(),
  signedOn: authorizationDateSchema.optional(),
  representativeAuthority: text().optional(),
}))();

const StatementsSchema = /* @__PURE__ */ (() =>
  z.object({
  revocation: z.enum(['how-to-revoke', 'notice-of-privacy-practices', 'right-only']).optional(),
  conditioning: z.enum(['may-not-condition', 'consequences-of-refusal']).optional(),
  redisclosure: z.boolean().optional(),
}))();

/**
 * The content of a signed HIPAA authorization, element by element of
 * 45 CFR 164.508(c). Every element is optional in the schema: a missing or
 * blank element is not an input error but a finding of
 * {@link checkAuthorization}. Unknown keys are dropped; texts are trimmed and
 * at most 2,000 characters.
 *
 * - `information` — (c)(1)(i) the description of the information;
 * - `disclosedBy` — (c)(1)(ii) who may disclose it (name or class of persons);
 * - `disclosedTo` — (c)(1)(iii) to whom it may be disclosed;
 * - `purpose` — (c)(1)(iv) each purpose described, or the statement "at the
 *   request of the individual" (sufficient only when the individual initiated
 *   the authorization);
 * - `research` — whether the use or disclosure is for research (default
 *   `false`); only then may the expiration be "none";
 * - `expiration` — (c)(1)(v) a date, an event, or "none";
 * - `signature` — (c)(1)(vi) who signed (`signedBy`: the individual or a
 *   personal representative), the date, and the representative's authority
 *   (`representativeAuthority`, a description);
 * - `statements` — (c)(2): `revocation` (the right to revoke in writing, with
 *   how to revoke, or with a pointer to the notice of privacy practices, or
 *   the bare right only, which is not enough), `conditioning` (treatment,
 *   payment, enrollment or eligibility may not be conditioned on signing, or
 *   the consequences of refusing), `redisclosure` (the statement that the
 *   recipient may redisclose and the information may no longer be protected).
 *
 * - `patient` and `signer` (both or neither) — the patient's situation and who
 *   signs, as {@link lake-norman!checkSigner} reads them (Lake Norman FAQ). With them,
 *   `signature.signedBy` may be left out: a signer whose role is `patient`
 *   is the individual, any other role a personal representative; if
 *   `signedBy` is given it must agree (else an `invalid_value` issue).
 *   Without them, `signature.signedBy` is required.
 *
 * Plain language (c)(3) and the copy for the individual (c)(4) are duties of
 * the form and the desk; no data can show them, so the schema has no field
 * for them.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { authorizationSchema } from 'duke-records-rules';
 * authorizationSchema.safeParse({
 *   information: 'Discharge summary, 2025 admission',
 *   disclosedBy: 'Duke Health Lake Norman Hospital',
 *   disclosedTo: 'Dr. Example, Example Clinic',
 *   purpose: { kind: 'described', descriptions: ['Continuing care'] },
 *   expiration: { kind: 'date', date: '2027-01-31' },
 *   signature: { signedBy: 'individual', signedOn: '2026-01-31' },
 *   statements: { revocation: 'how-to-revoke', conditioning: 'may-not-condition', redisclosure: true },
 * }).success; // true
 * ```
 */
export const authorizationSchema = /* @__PURE__ */ (() =>
  z.object({
  information: text().optional(),
  disclosedBy: text().optional(),
  disclosedTo: text().optional(),
  purpose: PurposeSchema.optional(),
  research: z.boolean().optional(),
  expiration: ExpirationSchema.optional(),
  signature: SignatureSchema.optional(),
  statements: StatementsSchema.optional(),
  patient: patientSituationSchema.optional(),
  signer: signerSchema.optional(),
}).superRefine((a, ctx) => {
  if ((a.patient === undefined) !== (a.signer === undefined))
    ctx.addIssue({ code: 'custom', path: [a.patient === undefined ? 'patient' : 'signer'], params: { code: 'invalid_type' } });
  const signedBy = a.signature?.signedBy;
  if (a.signature !== undefined && signedBy === undefined && a.signer === undefined)
    ctx.addIssue({ code: 'custom', path: ['signature', 'signedBy'], params: { code: 'invalid_type' } });
  if (signedBy !== undefined && a.signer !== undefined && (signedBy === 'individual') !== (a.signer.role === 'patient'))
    ctx.addIssue({ code: 'custom', path: ['signature', 'signedBy'], params: { code: 'invalid_value' } });
}))();

/**
 * What {@link checkAuthorization} accepts, as a type (see
 * {@link authorizationSchema} for each field).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { AuthorizationInput } from 'duke-records-rules';
 * const a: AuthorizationInput = { expiration: { kind: 'none' }, research: true };
 * ```
 */
export type AuthorizationInput = z.input<typeof authorizationSchema>;

/**
 * An authorization after parsing: texts trimmed, unknown keys dropped.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { authorizationSchema, type Authorization } from 'duke-records-rules';
 * const a: Authorization = authorizationSchema.parse({ disclosedTo: '  Example Clinic ' });
 * a.disclosedTo; // 'Example Clinic'
 * ```
 */
export type Authorization = z.output<typeof authorizationSchema>;
