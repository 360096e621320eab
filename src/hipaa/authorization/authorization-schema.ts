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
  z.object({ kind: z.literal('event'), event: text().optional(), occurred: z.boolean().optional() }),
  z.object({ kind: z.literal('none') }),
]))();

const SignatureSchema = /* @__PURE__ */ (() =>
  z.object({
  signed: z.boolean().optional(),
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

/** What an authorization can be combined with in one document (164.508(b)(3)). */
const COMBINED = ['research-permission', 'authorization', 'psychotherapy-notes-authorization', 'other-document'] as const;

/** What a covered entity can condition on signing (164.508(b)(4)). */
const CONDITIONED = ['treatment', 'payment', 'enrollment', 'eligibility'] as const;

const ConditionedSchema = /* @__PURE__ */ (() =>
  z.object({
  on: z.array(z.enum(CONDITIONED)).max(4),
  exception: z.enum(['research-related-treatment', 'health-plan-enrollment', 'third-party-health-care']).optional(),
}))();

const RequestSchema = /* @__PURE__ */ (() =>
  z.object({ recipient: text().optional(), information: text().optional() }))();

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
 * What makes a complete authorization not valid (164.508(b)(2)), and the
 * special authorizations of 164.508(a) — facts only the covered entity knows,
 * so they come in as inputs (all optional; leaving one out means "not known"):
 *
 * - `expiration.occurred` — (b)(2)(i) the expiration event is known to have
 *   occurred;
 * - `revocation` — (b)(2)(iii), (b)(5): `revokedOn`, the date of the
 *   revocation, and `inWriting`, whether it was made in writing;
 * - `combinedWith` — (b)(3) the other documents this one is combined with:
 *   `research-permission` (any other written permission for a research study,
 *   a research authorization or a consent to take part included),
 *   `authorization` (another authorization, not for research and not for
 *   psychotherapy notes), `psychotherapy-notes-authorization`,
 *   `other-document` (anything else: a consent to treatment, a notice, an
 *   intake form);
 * - `conditioned` — (b)(4): what the covered entity conditions on signing
 *   (`on`: treatment, payment, enrollment, eligibility) and the exception it
 *   relies on (`exception`: `research-related-treatment` (b)(4)(i),
 *   `health-plan-enrollment` (b)(4)(ii), `third-party-health-care`
 *   (b)(4)(iii));
 * - `knownFalse` — (b)(2)(v) material information in it is known to be false;
 * - `psychotherapyNotes` — (a)(2) it authorizes a use or disclosure of
 *   psychotherapy notes;
 * - `marketing` — (a)(3) it is for marketing; `remuneration`, whether the
 *   marketing involves financial remuneration to the covered entity from a
 *   third party; `statesRemuneration`, whether the form says so;
 * - `sale` — (a)(4) it is for a sale of protected health information;
 *   `statesRemuneration`, whether the form states that the disclosure will
 *   result in remuneration to the covered entity;
 * - `soughtBy` — (c)(4) who asked for the authorization: the `individual` or
 *   the `covered-entity`; `copyGiven`, whether the individual was given a
 *   copy of the signed form;
 * - `signature.signed` — whether the form is signed (a signature object
 *   without it counts as signed when it has a date);
 * - `request` — a request for disclosure under this authorization, to check
 *   against it: `recipient` (who will receive the records) and `information`
 *   (what is asked for), as free text.
 *
 * Plain language (c)(3) is the form's duty; no data can show it, so the
 * schema has no field for it.
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
  revocation: z.object({ revokedOn: authorizationDateSchema, inWriting: z.boolean() }).optional(),
  combinedWith: z.array(z.enum(COMBINED)).max(8).optional(),
  conditioned: ConditionedSchema.optional(),
  knownFalse: z.boolean().optional(),
  psychotherapyNotes: z.boolean().optional(),
  marketing: z.object({ remuneration: z.boolean(), statesRemuneration: z.boolean().optional() }).optional(),
  sale: z.object({ statesRemuneration: z.boolean() }).optional(),
  soughtBy: z.enum(['individual', 'covered-entity']).optional(),
  copyGiven: z.boolean().optional(),
  request: RequestSchema.optional(),
}).superRefine((a, ctx) => {
  // "At the request of the individual" with the individual initiating it, yet
  // sought by the covered entity: the input contradicts itself.
  if (a.soughtBy === 'covered-entity' && a.purpose?.kind === 'at-request-of-individual' && a.purpose.initiatedByIndividual)
    ctx.addIssue({ code: 'custom', path: ['soughtBy'], params: { code: 'invalid_value' } });
  // A revocation before the signature: the dates contradict each other.
  const signedOn = a.signature?.signedOn;
  if (a.revocation !== undefined && signedOn !== undefined && a.revocation.revokedOn < signedOn)
    ctx.addIssue({ code: 'custom', path: ['revocation', 'revokedOn'], params: { code: 'date_order' } });
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
