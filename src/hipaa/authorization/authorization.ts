import * as z from 'zod';
import { parseInput } from '../../core/parse-input';
import type { CalendarDate, InputPath, ParseFailure, RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import { authorizationSchema, type Authorization } from './authorization-schema';
import { authorizationDateSchema } from '../authorization-date';
import { PATIENT_SITUATIONS, type PatientSituationKind } from '../../lake-norman';
import { deepFreeze } from '../../core/deep-freeze';

const BOTH = ['seed', '2025-10-18'] as const;

/**
 * Catalog entries of 45 CFR 164.508(c): the core elements (c)(1)(i)–(vi) and
 * required statements (c)(2)(i)–(iii) of a valid HIPAA authorization, the
 * consistency checks read from them, and two duties no data can show (plain
 * language (c)(3), the copy for the individual (c)(4)), which are listed with
 * severity `info` and only ever reported as reminders. Federal rules: they
 * hold in every edition of the Duke pages.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { HIPAA_AUTHORIZATION_RULES } from 'duke-records-rules/catalog';
 * HIPAA_AUTHORIZATION_RULES.map((r) => r.id).includes('hipaa.508c1v-expiration'); // true
 * ```
 */
export const HIPAA_AUTHORIZATION_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
  {
    id: 'hipaa.508c1i-description',
    area: 'hipaa-authorization',
    severity: 'error',
    summary: 'A valid authorization describes the information to be used or disclosed in a specific and meaningful fashion.',
    source: cite(SOURCES.cfr164_508, '(c)(1)(i)'),
    editions: BOTH,
  },
  {
    id: 'hipaa.508c1ii-discloser',
    area: 'hipaa-authorization',
    severity: 'error',
    summary: 'A valid authorization names or otherwise specifically identifies the persons, or class of persons, authorized to make the use or disclosure.',
    source: cite(SOURCES.cfr164_508, '(c)(1)(ii)'),
    editions: BOTH,
  },
  {
    id: 'hipaa.508c1iii-recipient',
    area: 'hipaa-authorization',
    severity: 'error',
    summary: 'A valid authorization names or otherwise specifically identifies the persons, or class of persons, to whom the disclosure may be made.',
    source: cite(SOURCES.cfr164_508, '(c)(1)(iii)'),
    editions: BOTH,
  },
  {
    id: 'hipaa.508c1iv-purpose',
    area: 'hipaa-authorization',
    severity: 'error',
    summary: 'A valid authorization describes each purpose of the requested use or disclosure.',
    source: cite(SOURCES.cfr164_508, '(c)(1)(iv)'),
    editions: BOTH,
  },
  {
    id: 'hipaa.508c1iv-at-request',
    area: 'hipaa-authorization',
    severity: 'error',
    summary:
      'The statement "at the request of the individual" is a sufficient description of the purpose only when the individual initiated the authorization.',
    source: cite(SOURCES.cfr164_508, '(c)(1)(iv)'),
    editions: BOTH,
  },
  {
    id: 'hipaa.508c1v-expiration',
    area: 'hipaa-authorization',
    severity: 'error',
    summary: 'A valid authorization has an expiration date or an expiration event that relates to the individual or the purpose.',
    source: cite(SOURCES.cfr164_508, '(c)(1)(v)'),
    editions: BOTH,
  },
  {
    id: 'hipaa.508c1v-none-outside-research',
    area: 'hipaa-authorization',
    severity: 'error',
    summary:
      'An expiration of "none" (or "end of the research study" or similar) is sufficient only for a use or disclosure for research; any other authorization needs an expiration date or event.',
    source: cite(SOURCES.cfr164_508, '(c)(1)(v)'),
    editions: BOTH,
  },
  {
    id: 'hipaa.508c1v-expires-before-signed',
    area: 'hipaa-authorization',
    severity: 'error',
    summary: 'The expiration date of an authorization may not lie before the date it was signed.',
    source: cite(SOURCES.cfr164_508, '(c)(1)(v)'),
    editions: BOTH,
    ambiguity: {
      note: 'The regulation requires an expiration date but does not say in so many words that it must follow the signature date.',
      reading:
        'An authorization whose expiration date lies before its signature date was never in force: its expiration element is reported as defective (error). Expiring on the day of signing is accepted.',
    },
  },
  {
    id: 'hipaa.508c1vi-signature',
    area: 'hipaa-authorization',
    severity: 'error',
    summary: 'A valid authorization carries the signature of the individual (or a personal representative) and the date.',
    source: cite(SOURCES.cfr164_508, '(c)(1)(vi)'),
    editions: BOTH,
  },
  {
    id: 'hipaa.508c1vi-representative-authority',
    area: 'hipaa-authorization',
    severity: 'error',
    summary:
      "When a personal representative signs the authorization, a description of the representative's authority to act for the individual must also be provided.",
    source: cite(SOURCES.cfr164_508, '(c)(1)(vi)'),
    editions: BOTH,
    ambiguity: {
      note: 'The regulation asks for the signature "of the individual" and, when a personal representative signs, a description of the authority; it does not say who signs for a minor, a patient unable to sign or a deceased patient (the Lake Norman FAQ does: a representative).',
      reading:
        "When the patient's situation is one where the FAQ has a representative sign and the patient signed, the representative's signature and description of authority are missing: this rule is reported (once), beside the signer rule that reports the wrong signer.",
    },
  },
  {
    id: 'hipaa.508c1vi-signed-after-as-of',
    area: 'hipaa-authorization',
    severity: 'error',
    summary: 'The signature date of an authorization may not lie after the date it is checked on.',
    source: cite(SOURCES.cfr164_508, '(c)(1)(vi)'),
    editions: BOTH,
    ambiguity: {
      note: 'The regulation requires the date of signature; it says nothing of a date that has not yet come.',
      reading:
        'A signature dated after the as-of date cannot be the date the authorization was signed: the signature element is reported as defective (error). Checked only when `asOf` is given.',
    },
  },
  {
    id: 'hipaa.508c2i-revocation',
    area: 'hipaa-authorization',
    severity: 'error',
    summary:
      "A valid authorization states the individual's right to revoke it in writing, and either how to revoke it (with the exceptions) or a reference to the covered entity's notice of privacy practices.",
    source: cite(SOURCES.cfr164_508, '(c)(2)(i)'),
    editions: BOTH,
  },
  {
    id: 'hipaa.508c2ii-conditioning',
    area: 'hipaa-authorization',
    severity: 'error',
    summary:
      'A valid authorization states whether treatment, payment, enrollment or eligibility for benefits may be conditioned on signing it: that they may not be, or the consequences of refusing to sign.',
    source: cite(SOURCES.cfr164_508, '(c)(2)(ii)'),
    editions: BOTH,
  },
  {
    id: 'hipaa.508c2iii-redisclosure',
    area: 'hipaa-authorization',
    severity: 'error',
    summary: 'A valid authorization states that the information disclosed may be redisclosed by the recipient and no longer be protected.',
    source: cite(SOURCES.cfr164_508, '(c)(2)(iii)'),
    editions: BOTH,
  },
  {
    id: 'hipaa.508c3-plain-language',
    area: 'hipaa-authorization',
    severity: 'info',
    summary:
      "The authorization must be written in plain language: a duty of the form's author that no data about a signed authorization can show, so it is a reminder on every check, never a defect.",
    source: cite(SOURCES.cfr164_508, '(c)(3)'),
    editions: BOTH,
  },
  {
    id: 'hipaa.508c4-copy',
    area: 'hipaa-authorization',
    severity: 'info',
    summary:
      'When a covered entity seeks an authorization, it must give the individual a copy of the signed authorization: a reminder when the check is not told who sought it.',
    source: cite(SOURCES.cfr164_508, '(c)(4)'),
    editions: BOTH,
  },
  {
    id: 'hipaa.508c4-copy-required',
    area: 'hipaa-authorization',
    severity: 'warning',
    summary:
      'The covered entity sought this authorization, so it must give the individual a copy of the signed authorization; the copy is not known to have been given. (A duty of the covered entity, not an element of a valid authorization.)',
    source: cite(SOURCES.cfr164_508, '(c)(4)'),
    editions: BOTH,
  },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * The id of a rule of 45 CFR 164.508(c).
 *
 * @category Rules
 * @example
 * ```ts
 * import type { HipaaAuthorizationRuleId } from 'duke-records-rules';
 * const id: HipaaAuthorizationRuleId = 'hipaa.508c2iii-redisclosure';
 * ```
 */
export type HipaaAuthorizationRuleId = (typeof HIPAA_AUTHORIZATION_RULES)[number]['id'];

/**
 * One thing 45 CFR 164.508(c) says about an authorization: the rule and the
 * element of the input it is about. Carries no text from the input.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { AuthorizationDefect } from 'duke-records-rules';
 * const d: AuthorizationDefect = { ruleId: 'hipaa.508c1i-description', path: ['information'] };
 * ```
 */
export interface AuthorizationDefect {
  readonly ruleId: HipaaAuthorizationRuleId;
  readonly path: InputPath;
}

/**
 * Marks a branch a new variant of a union would reach: `never` makes the
 * compiler refuse to build until the variant is handled. At run time (data
 * that bypassed the schema) the element is reported as missing.
 */
const unknownVariant = (_variant: never): void => undefined;

function push(out: AuthorizationDefect[], ruleId: HipaaAuthorizationRuleId, ...path: InputPath): void {
  out.push({ ruleId, path });
}

const nonBlank = (value: string): boolean => value !== '';

const blank = (value: string | undefined): boolean => value === undefined || value === '';

/**
 * Reads a parsed authorization element by element against 45 CFR 164.508(c)
 * and returns one entry per missing or defective element, in the order of
 * the regulation. Each rule appears at most once; a missing element yields
 * exactly its own rule, never a consistency rule that depends on it. The
 * reminders of (c)(3) and (c)(4) are not defects and are not returned.
 * Validity beyond completeness (164.508(a), (b)) is {@link checkAuthorization}'s.
 *
 * Who signed: with `authorization.signer`, a role other than `patient` is a
 * personal representative; without it, `signature.signedBy` says. When the
 * patient's situation (as {@link lake-norman!checkSigner} settled it) is one where the
 * Lake Norman FAQ has a representative sign (a minor, a patient unable to
 * sign, a deceased patient) and the patient signed, the representative's
 * signature and description of authority are missing: reported once, as
 * `hipaa.508c1vi-representative-authority` (the signer rule reports the
 * wrong signer separately). A form said not to be signed
 * (`signature.signed: false`) lacks its signature. When the covered entity
 * sought the authorization and the copy is not known to have been given,
 * `hipaa.508c4-copy-required` (a warning: the covered entity's duty, not an
 * element) comes last.
 *
 * Any value is accepted: the authorization is parsed with
 * {@link authorizationSchema}, `asOf` must be a `YYYY-MM-DD` date or `null`
 * and `situation` one of {@link PATIENT_SITUATIONS} or `null`; anything else
 * gives input issues (a {@link ParseFailure}, told from the defects by
 * `Array.isArray`), never a throw.
 *
 * @param authorization - the authorization (as {@link authorizationSchema} reads it)
 * @param asOf - the date of the check, or `null`: a signature dated after it is a defect
 * @param situation - the patient's situation after the signer check, or `null` when not given
 * @returns the rule ids and the input paths, in the regulation's order; or the input issues
 *
 * @category Rules
 * @example
 * ```ts
 * import { authorizationDefects } from 'duke-records-rules';
 * const defects = authorizationDefects({ expiration: { kind: 'none' } }, null);
 * Array.isArray(defects) && defects.map((d) => d.ruleId).slice(0, 5);
 * // ['hipaa.508c1i-description', 'hipaa.508c1ii-discloser', 'hipaa.508c1iii-recipient',
 * //  'hipaa.508c1iv-purpose', 'hipaa.508c1v-none-outside-research']
 * Array.isArray(authorizationDefects({ expiration: { kind: 'none' } }, '2026-02-30')); // false: input issues
 * ```
 */
export function authorizationDefects(authorization: unknown, asOf: unknown, situation: unknown = null): readonly AuthorizationDefect[] | ParseFailure {
  const parsed = parseInput(DefectsInputSchema, { authorization, asOf, situation });
  return parsed.success ? defectsOf(parsed.data.authorization, parsed.data.asOf, parsed.data.situation) : parsed;
}

const DefectsInputSchema = /* @__PURE__ */ (() =>
  z.object({ authorization: authorizationSchema, asOf: authorizationDateSchema.nullable(), situation: z.enum(PATIENT_SITUATIONS).nullable() }))();

/**
 * `authorizationDefects` of a parsed authorization (what `checkAuthorization` calls).
 *
 * @internal
 * @example
 * ```ts
 * defectsOf(parsedAuthorization, null, null).length;
 * ```
 */
export function defectsOf(
  authorization: Authorization,
  asOf: CalendarDate | null,
  situation: PatientSituationKind | null = null,
): readonly AuthorizationDefect[] {
  const out: AuthorizationDefect[] = [];
  // `push(out, …)` rather than a closure: no function is created per call.
  const { information, disclosedBy, disclosedTo, purpose, expiration, signature, statements } = authorization;

  if (blank(information)) push(out, 'hipaa.508c1i-description', 'information');
  if (blank(disclosedBy)) push(out, 'hipaa.508c1ii-discloser', 'disclosedBy');
  if (blank(disclosedTo)) push(out, 'hipaa.508c1iii-recipient', 'disclosedTo');

  // Dates are real `YYYY-MM-DD` dates (the schema checks them), so they
  // compare as strings; a date that is not given (no signature date, no
  // asOf) is replaced by the one compared with it, so it is never before or
  // after it. Switches rather than ts-pattern here: this runs on
  // every check, and the checkAuthorization budget (≤ 6× a bare safeParse)
  // has no room for two match() builders per call. Exhaustiveness is kept
  // by the `never` checks.
  if (purpose === undefined) push(out, 'hipaa.508c1iv-purpose', 'purpose');
  else
    switch (purpose.kind) {
      case 'described':
        if (!purpose.descriptions.some(nonBlank)) push(out, 'hipaa.508c1iv-purpose', 'purpose', 'descriptions');
        break;
      case 'at-request-of-individual':
        if (!purpose.initiatedByIndividual) push(out, 'hipaa.508c1iv-at-request', 'purpose', 'initiatedByIndividual');
        break;
      default:
        unknownVariant(purpose satisfies never);
        push(out, 'hipaa.508c1iv-purpose', 'purpose');
    }

  const signedOn = signature?.signedOn;
  if (expiration === undefined) push(out, 'hipaa.508c1v-expiration', 'expiration');
  else
    switch (expiration.kind) {
      case 'date':
        if (expiration.date < (signedOn ?? expiration.date))
          push(out, 'hipaa.508c1v-expires-before-signed', 'expiration', 'date');
        break;
      case 'event':
        if (blank(expiration.event)) push(out, 'hipaa.508c1v-expiration', 'expiration', 'event');
        break;
      case 'none':
        if (authorization.research !== true) push(out, 'hipaa.508c1v-none-outside-research', 'expiration', 'kind');
        break;
      default:
        unknownVariant(expiration satisfies never);
        push(out, 'hipaa.508c1v-expiration', 'expiration');
    }

  if (signature === undefined) push(out, 'hipaa.508c1vi-signature', 'signature');
  else {
    if (signature.signed === false) push(out, 'hipaa.508c1vi-signature', 'signature', 'signed');
    else if (signedOn === undefined) push(out, 'hipaa.508c1vi-signature', 'signature', 'signedOn');
    else if (signedOn > (asOf ?? signedOn))
      push(out, 'hipaa.508c1vi-signed-after-as-of', 'signature', 'signedOn');
    const role = authorization.signer?.role;
    const byRepresentative = role === undefined ? signature.signedBy === 'personal-representative' : role !== 'patient';
    const representativeRequired = situation !== null && situation !== 'adult';
    if ((byRepresentative || representativeRequired) && blank(signature.representativeAuthority))
      push(out, 'hipaa.508c1vi-representative-authority', 'signature', 'representativeAuthority');
  }

  const revocation = statements?.revocation;
  if (revocation === undefined || revocation === 'right-only') push(out, 'hipaa.508c2i-revocation', 'statements', 'revocation');
  if (statements?.conditioning === undefined) push(out, 'hipaa.508c2ii-conditioning', 'statements', 'conditioning');
  if (statements?.redisclosure !== true) push(out, 'hipaa.508c2iii-redisclosure', 'statements', 'redisclosure');
  if (authorization.soughtBy === 'covered-entity' && authorization.copyGiven !== true) push(out, 'hipaa.508c4-copy-required', 'copyGiven');
  return out;
}
