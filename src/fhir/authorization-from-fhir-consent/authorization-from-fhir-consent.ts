import * as z from 'zod';
import type { Locale } from '../../core/locale';
import { inputIssue, parseInput } from '../../core/parse-input';
import type { InputPath } from '../../core/types';
import { authorizationSchema, type Authorization } from '../../hipaa';
import { AUTHORIZATION_EXTENSION, AUTHORIZATION_EXTENSION_FIELDS, AUTHORIZATION_EXTENSION_LISTS, CONSENT_CODES } from '../consent/consent-map';
import { fhirIssue, type FhirIssue, type FhirParseFailure } from '../issues';
import { element, fhirDate, list, modified, readOptions } from '../read';

/**
 * What {@link authorizationFromFhirConsent} returns for a `Consent` it can
 * read: the authorization, as `checkAuthorization` takes it, and one
 * `not_carried` issue per element of the `Consent` an authorization has no
 * place for (never dropped silently). The authorization holds the
 * Consent's texts: never log it.
 *
 * @category FHIR
 * @example
 * ```ts
 * import { authorizationFromFhirConsent, type AuthorizationFromFhir } from 'duke-records-rules/fhir';
 * const r = authorizationFromFhirConsent({ resourceType: 'Consent', status: 'active', scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] } });
 * const a: AuthorizationFromFhir | null = r.success ? r : null;
 * a?.notCarried; // []
 * ```
 */
export interface AuthorizationFromFhir {
  readonly success: true;
  readonly authorization: Authorization;
  /** The elements of the Consent that were not read, each a `not_carried` issue at its path. */
  readonly notCarried: readonly FhirIssue[];
}

/**
 * Options of {@link authorizationFromFhirConsent}.
 *
 * @category FHIR
 * @example
 * ```ts
 * import type { AuthorizationFromFhirConsentOptions } from 'duke-records-rules/fhir';
 * import { es } from 'duke-records-rules/locales/es';
 * const o: AuthorizationFromFhirConsentOptions = { locale: es };
 * ```
 */
export interface AuthorizationFromFhirConsentOptions {
  /** Language of the issue messages (English when omitted). */
  readonly locale?: Locale;
}

const text = z.string().optional();
const coding = element({ system: text, code: text, display: text });
const concept = element({ coding: list(coding), text });
const reference = element({ reference: text, type: text, display: text });
const consentSchema = /* @__PURE__ */ (() =>
  element({
    resourceType: z.literal('Consent'),
    status: text,
    scope: concept.optional(),
    dateTime: text,
    performer: list(reference),
    provision: element({
      type: text,
      period: element({ start: text, end: text }).optional(),
      actor: list(element({ role: concept.optional(), reference: reference.optional() })),
      purpose: list(coding),
      code: list(concept),
      modifierExtension: list(z.unknown()),
    }).optional(),
    extension: list(element({ url: text, extension: list(element({ url: text })) })),
    modifierExtension: list(z.unknown()),
  }))();

/** Elements of a Consent (top level, then of its provision) an authorization has no place for. */
const NOT_CARRIED = ['organization', 'sourceAttachment', 'sourceReference', 'policyRule', 'verification', 'implicitRules'];
const NOT_CARRIED_IN_PROVISION = ['action', 'securityLabel', 'class', 'data', 'dataPeriod', 'provision'];

/** An authorization being read: plain objects, filled field by field. */
type Draft = Record<string, Record<string, unknown> | unknown>;

/**
 * Reads a FHIR R4 `Consent` (one written by
 * {@link authorizationToFhirConsent}, or one an EHR sends) into a
 * 45 CFR 164.508 authorization, to check with `checkAuthorization`:
 *
 * - it must be a privacy consent (`scope` `patient-privacy`, else an
 *   `invalid_value` issue) that permits (`provision.type` `deny` is an
 *   `invalid_value` issue); a `modifierExtension` on the Consent or its
 *   provision is a `not_understood` issue;
 * - the description of the information: the `text` (else the codings'
 *   `display`) of `provision.code`; who may disclose and who receives: the
 *   reference `display` of the `provision.actor`s of role `CST` and `IRCP`
 *   (or `PRCP`), several joined by `; `;
 * - the purpose: `PATRQT` is "at the request of the individual" (the
 *   individual counts as not having initiated it unless the extension says
 *   so), `HRESCH` is research, any other code is a purpose described by its
 *   `display` (else its code);
 * - the signature date: `provision.period.start`, else the date of
 *   `dateTime`; the expiration date: `provision.period.end` (a partial date
 *   is a `partial_date` issue); who signed: a `performer` that is a
 *   `Patient` (the individual) or a `RelatedPerson` (a personal
 *   representative);
 * - everything else from the extension {@link AUTHORIZATION_EXTENSION}.
 *
 * What an authorization has no place for is returned in `notCarried`,
 * never dropped silently: a status other than `active`, `organization`,
 * `source[x]`, `policyRule`, `verification`, `implicitRules`, the
 * provision's `action`, `securityLabel`, `class`, `data`, `dataPeriod` and
 * nested provisions, actors of other roles or without a `display`, codes
 * it cannot read, performers of other kinds, other extensions, and a
 * signature date without a signer. The identity and bookkeeping of the
 * resource (`id`, `meta`, `text`, `identifier`, `patient`, `category`,
 * `policy`, `contained`, `language`) are not part of an authorization and
 * are not reported. Never throws; issues never repeat a value.
 *
 * @param consent - a FHIR R4 `Consent` (`@medplum/fhirtypes`' `Consent`, or any JSON of that shape)
 * @param options - `locale` of the issues
 * @returns `{ success: true, authorization, notCarried }`, or `{ success: false, issues }`
 *
 * @category FHIR
 * @example
 * ```ts
 * import { authorizationFromFhirConsent, authorizationToFhirConsent } from 'duke-records-rules/fhir';
 * import { checkAuthorization } from 'duke-records-rules/hipaa';
 * const written = authorizationToFhirConsent({ expiration: { kind: 'none' } }, { patient: { reference: 'Patient/123' } });
 * const read = written.success ? authorizationFromFhirConsent(written.consent) : written;
 * if (read.success) checkAuthorization(read.authorization); // the same findings as checkAuthorization({ expiration: { kind: 'none' } })
 * ```
 */
export function authorizationFromFhirConsent(consent: unknown, options?: AuthorizationFromFhirConsentOptions): AuthorizationFromFhir | FhirParseFailure {
  const opts = readOptions(options, z.object({}));
  if (!opts.success) return opts;
  const { locale } = opts;
  const parsed = parseInput(consentSchema, consent, locale);
  if (!parsed.success) return parsed;
  const c = parsed.data;
  const p = c.provision ?? {};
  const refused = (path: InputPath) => ({ success: false as const, issues: [inputIssue(path, 'invalid_value', locale)] });
  const failure = modified(c, [[], ['provision']], locale);
  if (failure) return failure;
  if (!c.scope?.coding?.some((x) => x.system === CONSENT_CODES.scope && x.code === 'patient-privacy')) return refused(['scope']);
  if (p.type === 'deny') return refused(['provision', 'type']);

  const notCarried: FhirIssue[] = [];
  const partial: FhirIssue[] = [];
  const skip = (...path: InputPath) => notCarried.push(fhirIssue(path, 'not_carried', locale));
  const draft: Draft = {};
  /** Where each field was read from, for the paths of the schema's issues. */
  const from = new Map<string, InputPath>();
  const put = (field: string, value: unknown, path: InputPath) => {
    const [head, leaf] = field.split('.') as [string, string?];
    const node = (leaf === undefined ? draft : ((draft[head] as Draft | undefined) ?? (draft[head] = {}))) as Draft;
    const key = leaf ?? head;
    if (AUTHORIZATION_EXTENSION_LISTS.includes(field)) ((node[key] as unknown[] | undefined) ?? (node[key] = [])).push(value);
    else node[key] = value;
    from.set(field, path);
  };
  const join = (field: string, value: string, path: InputPath) => put(field, draft[field] === undefined ? value : `${draft[field] as string}; ${value}`, path);
  const date = (field: string, value: string, path: InputPath) => {
    const day = fhirDate(value);
    if (day === 'partial') partial.push(fhirIssue(path, 'partial_date', locale));
    else put(field, day, path);
  };

  if (c.status !== 'active') skip('status');
  for (const key of NOT_CARRIED) if (c[key] !== undefined) skip(key);
  for (const key of NOT_CARRIED_IN_PROVISION) if ((p as Record<string, unknown>)[key] !== undefined) skip('provision', key);

  p.code?.forEach((concept, i) => {
    const description = concept.text?.trim() || concept.coding?.map((x) => x.display?.trim()).filter(Boolean).join(', ');
    if (description) join('information', description, ['provision', 'code', i]);
    else skip('provision', 'code', i);
  });
  p.actor?.forEach((actor, i) => {
    const roles = actor.role?.coding?.filter((x) => x.system === CONSENT_CODES.participation).map((x) => x.code) ?? [];
    const field = roles.includes('CST') ? 'disclosedBy' : roles.includes('IRCP') || roles.includes('PRCP') ? 'disclosedTo' : undefined;
    const name = actor.reference?.display?.trim();
    if (field === undefined) skip('provision', 'actor', i);
    else if (name) join(field, name, ['provision', 'actor', i]);
    else skip('provision', 'actor', i, 'reference');
  });
  const described: [string, number][] = [];
  p.purpose?.forEach((x, i) => {
    const code = x.system === CONSENT_CODES.actReason ? x.code : undefined;
    const path = ['provision', 'purpose', i];
    if (code === 'PATRQT') {
      put('purpose.kind', 'at-request-of-individual', path);
      put('purpose.initiatedByIndividual', false, path);
    } else if (code === 'HRESCH') put('research', true, path);
    else if (x.display?.trim() || x.code?.trim()) described.push([(x.display?.trim() || x.code?.trim()) as string, i]);
    else skip(...path);
  });
  // "at the request of the individual" is a purpose of its own: codes beside it are not read
  const atRequest = draft.purpose !== undefined;
  for (const [description, i] of described)
    if (atRequest) skip('provision', 'purpose', i);
    else {
      put('purpose.kind', 'described', ['provision', 'purpose', i]);
      put('purpose.descriptions', description, ['provision', 'purpose', i]);
    }

  if (p.period?.start) date('signature.signedOn', p.period.start, ['provision', 'period', 'start']);
  else if (c.dateTime) date('signature.signedOn', c.dateTime, ['dateTime']);
  if (p.period?.end) {
    put('expiration.kind', 'date', ['provision', 'period', 'end']);
    date('expiration.date', p.period.end, ['provision', 'period', 'end']);
  }
  c.performer?.forEach((r, i) => {
    const type = r.type ?? r.reference?.split('/').at(-2);
    const signedBy = type === 'Patient' ? 'individual' : type === 'RelatedPerson' ? 'personal-representative' : undefined;
    if (signedBy === undefined || (draft.signature as Draft | undefined)?.signedBy !== undefined) skip('performer', i);
    else put('signature.signedBy', signedBy, ['performer', i]);
  });

  c.extension?.forEach((e, i) => {
    if (e.url !== AUTHORIZATION_EXTENSION) return void skip('extension', i);
    e.extension?.forEach((sub, j) => {
      const type = Object.hasOwn(AUTHORIZATION_EXTENSION_FIELDS, sub.url ?? '') ? AUTHORIZATION_EXTENSION_FIELDS[sub.url as keyof typeof AUTHORIZATION_EXTENSION_FIELDS] : undefined;
      const value = type && (sub as Record<string, unknown>)[`value${type}`];
      if (value === undefined) skip('extension', i, 'extension', j);
      else put(sub.url as string, value, ['extension', i, 'extension', j]);
    });
  });

  if (partial.length > 0) return { success: false, issues: partial };
  const purpose = draft.purpose as Draft | undefined;
  if (purpose?.kind === 'described') purpose.descriptions ??= [];
  const signature = draft.signature as Draft | undefined;
  if (signature && signature.signedBy === undefined && draft.signer === undefined) {
    // a signature date or authority with no one who signed: an authorization cannot say so
    for (const [field, path] of from) if (field.startsWith('signature.')) skip(...path);
    delete draft.signature;
  }
  const authorization = parseInput(authorizationSchema, draft, locale);
  return authorization.success
    ? { success: true, authorization: authorization.data, notCarried }
    : {
        success: false,
        issues: authorization.issues.map((issue) => ({ ...issue, path: from.get(issue.path.slice(0, 2).join('.')) ?? from.get(String(issue.path[0])) ?? [] })),
      };
}
