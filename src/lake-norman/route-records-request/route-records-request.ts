import type { Finding } from '../../core/finding';
import { inputIssue, parseInput } from '../../core/parse-input';
import { parseOptions, type EntryOptions } from '../../core/parse-options';
import type { CalendarDate, EditionId, ParseFailure, Severity } from '../../core/types';
import type { Destination, DestinationId, PhoneNumber, PostalAddress, RequestForm } from '../../directory/types';
import type { LakeNormanFindingId } from '../rule-id';
import type { FaxLineId } from '../fax-line/fax-line';
import { interpreterNotice } from '../../directory/interpreter/interpreter';
import type { LakeNormanRuleId } from '../rules';
import { editionOn } from '../../directory/edition-for';
import type { PortalAvailability } from '../portals/portals';
import { EDITION_ROUTES, NOTES, REFUSALS, type EditionRoute, type PurposeRoute } from './profile';
import { routeStepText } from './step-text';
import { checkSigner, type SignerVerdict } from '../signer/signer';
import {
  recordsRequestSchema,
  type FormLanguage,
  type Purpose,
  type Recipient,
  type RequestChannel,
  type Requester,
} from '../schemas/records-request';
import type { PatientSituationKind, ProofKind, SignerRole } from '../signer/signer-schema';

/**
 * A channel through which records can be obtained, ranked: the online
 * request and the patient portal (recommended), then the channels a
 * completed form can be sent through (fax only where the line accepts this
 * request; e-mail where published; mail always).
 *
 * @example
 * ```ts
 * import { routeRecordsRequest } from 'duke-records-rules';
 * const r = routeRecordsRequest({
 *   requester: 'patient', recipient: 'patient', purpose: 'other',
 *   patient: { situation: 'adult' }, signer: { role: 'patient' },
 * });
 * if (r.success) r.channels.map((c) => c.channel);
 * // ['online-request', 'patient-portal', 'fax', 'email', 'mail']
 * ```
 */
export type RouteChannel =
  | { readonly channel: 'online-request'; readonly level: 'recommended'; readonly ruleIds: readonly LakeNormanFindingId[] }
  | {
      readonly channel: 'patient-portal';
      readonly level: 'recommended';
      readonly portals: readonly PortalAvailability[];
      readonly ruleIds: readonly LakeNormanFindingId[];
    }
  | {
      readonly channel: 'fax';
      readonly level: 'accepted';
      readonly lineId: FaxLineId;
      readonly destinationId: DestinationId;
      readonly fax: PhoneNumber;
      readonly ruleIds: readonly LakeNormanFindingId[];
    }
  | {
      readonly channel: 'email';
      readonly level: 'accepted';
      readonly destinationId: DestinationId;
      readonly email: string;
      readonly ruleIds: readonly LakeNormanFindingId[];
    }
  | {
      readonly channel: 'mail';
      readonly level: 'accepted';
      readonly destinationId: DestinationId;
      readonly mailingAddress: PostalAddress;
      readonly ruleIds: readonly LakeNormanFindingId[];
    };

/**
 * A channel a completed form can be sent through.
 *
 * @example
 * ```ts
 * import type { SendChannel } from 'duke-records-rules';
 * const c: SendChannel['channel'] = 'mail';
 * ```
 */
export type SendChannel = Extract<RouteChannel, { readonly channel: 'fax' | 'email' | 'mail' }>;

/**
 * The verdict on the channel the requester asked for.
 *
 * @example
 * ```ts
 * import type { RequestedChannelVerdict } from 'duke-records-rules';
 * const v: RequestedChannelVerdict = { channel: 'phone', accepted: false, alternative: null, ruleIds: ['ln.phone-questions'] };
 * ```
 */
export interface RequestedChannelVerdict {
  readonly channel: RequestChannel;
  readonly accepted: boolean;
  /** When refused: the channel to use instead (for `phone`, the first ranked channel; otherwise the first channel a form can be sent through). */
  readonly alternative: RouteChannel | null;
  readonly ruleIds: readonly LakeNormanFindingId[];
}

/**
 * One thing to do, in order: request online and check the portal (both
 * recommended, in the order of the channels); otherwise complete the form,
 * have it signed and send it (through the channel asked for when it is
 * accepted and a form can go through it, else the first such channel).
 * `ask-questions` gives the phone number when the edition publishes one.
 * Each step carries its `text` in the locale asked for (English or Spanish).
 *
 * @example
 * ```ts
 * import { routeRecordsRequest } from 'duke-records-rules';
 * const r = routeRecordsRequest(
 *   { requester: 'attorney', recipient: 'third-party', purpose: 'other', patient: { situation: 'adult' }, signer: { role: 'patient' } },
 *   { asOf: '2025-06-01' },
 * );
 * if (r.success) {
 *   r.steps.map((s) => s.action);
 *   // ['request-online', 'check-portal', 'complete-form', 'sign-authorization', 'send-form', 'ask-questions']
 *   r.steps[4]?.text;
 *   // 'Mail the completed, signed form to: Attn: Medical Records Department, Duke Health Lake Norman Hospital, P.O. Box 3250, Mooresville, NC 28117.'
 * }
 * ```
 */
export type RouteStep = (
  | { readonly action: 'check-portal' }
  | { readonly action: 'request-online' }
  | { readonly action: 'complete-form'; readonly form: RequestForm }
  | { readonly action: 'sign-authorization'; readonly allowedRoles: readonly SignerRole[]; readonly missingProof: readonly ProofKind[] }
  | { readonly action: 'send-form'; readonly via: SendChannel }
  | { readonly action: 'ask-questions'; readonly phone: PhoneNumber }
) & {
  /** What to do, in the locale asked for, with the directory's numbers, address and form: never data from the request. */
  readonly text: string;
  readonly ruleIds: readonly LakeNormanFindingId[];
};

/**
 * The request as parsed, without anything that identifies the patient (no
 * date of birth, no preferred language text): safe to log.
 *
 * @example
 * ```ts
 * import type { RecordsRequestSummary } from 'duke-records-rules';
 * const s: RecordsRequestSummary = {
 *   requester: 'attorney', recipient: 'third-party', purpose: 'other', channel: 'fax',
 *   formLanguage: 'en', situation: 'adult', signerRole: 'patient', proofHeld: [], interpreterNotice: false,
 * };
 * ```
 */
export interface RecordsRequestSummary {
  readonly requester: Requester;
  readonly recipient: Recipient;
  readonly purpose: Purpose;
  readonly channel: RequestChannel | null;
  readonly formLanguage: FormLanguage;
  /** The situation as declared (see `signer.situation` for the one applied). */
  readonly situation: PatientSituationKind;
  readonly signerRole: SignerRole;
  readonly proofHeld: readonly ProofKind[];
  readonly interpreterNotice: boolean;
}

/**
 * A routed records request. Contains no patient data: safe to log.
 *
 * @example
 * ```ts
 * import { routeRecordsRequest } from 'duke-records-rules';
 * const r = routeRecordsRequest({
 *   requester: 'attorney', recipient: 'third-party', purpose: 'other', channel: 'fax',
 *   patient: { situation: 'adult' }, signer: { role: 'patient' },
 * }, { asOf: '2025-06-01' });
 * if (r.success) {
 *   r.edition; // 'seed'
 *   r.requestedChannel?.accepted; // false
 *   r.requestedChannel?.alternative?.channel; // 'mail'
 * }
 * ```
 */
export interface RecordsRoute {
  readonly success: true;
  readonly edition: EditionId;
  /** The as-of date used (`null`: none given, newest edition). */
  readonly asOf: CalendarDate | null;
  readonly request: RecordsRequestSummary;
  /** No finding of severity `error`: the channel asked for (if any) is accepted and the signer is allowed with the proof needed. */
  readonly ready: boolean;
  readonly channels: readonly RouteChannel[];
  readonly requestedChannel: RequestedChannelVerdict | null;
  /** Where completed forms go in the edition in force. */
  readonly destination: Destination;
  /** The Lake Norman Medical Records entry of the edition in force (forms, portals). */
  readonly hospital: Destination;
  /** The form in the requested language, as published. */
  readonly form: RequestForm;
  readonly signer: SignerVerdict;
  readonly findings: readonly Finding<LakeNormanFindingId>[];
  readonly steps: readonly RouteStep[];
  /** Every rule cited by the findings, in their order. */
  readonly ruleIds: readonly LakeNormanFindingId[];
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** Ordered findings, one per rule: a later mention of a rule raises its severity (and sets its path). */
class FindingList {
  readonly ids: LakeNormanFindingId[] = [];
  readonly items: Finding<LakeNormanFindingId>[] = [];

  push(finding: Finding<LakeNormanFindingId>): void {
    const at = this.ids.indexOf(finding.ruleId);
    if (at === -1) {
      this.ids.push(finding.ruleId);
      this.items.push(finding);
    } else if (RANK[finding.severity] > RANK[(this.items[at] as Finding<LakeNormanFindingId>).severity]) {
      this.items[at] = finding;
    }
  }
}

const NO_RULES: readonly LakeNormanFindingId[] = /* @__PURE__ */ (() =>
  Object.freeze([]))();
const FORMS_RULES: readonly LakeNormanFindingId[] = /* @__PURE__ */ (() =>
  Object.freeze(['ln.forms']))();
const PHONE_RULES: readonly LakeNormanFindingId[] = /* @__PURE__ */ (() =>
  Object.freeze(['ln.phone-questions']))();
const EMAIL_REFUSAL: readonly LakeNormanFindingId[] = /* @__PURE__ */ (() =>
  Object.freeze(['ln.email-not-published']))();

const noRules = (): readonly LakeNormanFindingId[] => NO_RULES;

/**
 * Why each channel is refused when the edition does not offer it (a
 * `Record` over the union: a new channel is a type error until it is
 * added). A fax is refused by the rules of the published request lines.
 */
const REFUSAL: Readonly<Record<RequestChannel, (purpose: PurposeRoute) => readonly LakeNormanFindingId[]>> = {
  phone: () => PHONE_RULES,
  fax: (purpose) => purpose.faxRefusal,
  email: () => EMAIL_REFUSAL,
  'online-request': noRules,
  'patient-portal': noRules,
  mail: noRules,
};

function requestedVerdict(wanted: RequestChannel, channels: readonly RouteChannel[], purpose: PurposeRoute): RequestedChannelVerdict {
  for (const c of channels) if (c.channel === wanted) return { channel: wanted, accepted: true, alternative: null, ruleIds: c.ruleIds };
  const alternative = (wanted === 'phone' ? channels[0] : purpose.send[0]) as RouteChannel;
  return { channel: wanted, accepted: false, alternative, ruleIds: REFUSAL[wanted](purpose) };
}

/**
 * Routes a request for records from Duke Health Lake Norman Hospital, in
 * the directory edition in force on `options.asOf` (default: the newest
 * edition in the data; an `asOf` before 2025-10-18 gives the seed edition
 * exactly).
 *
 * The result gives the channels in order (online request and patient
 * portal, recommended; fax only where the line accepts this request; e-mail
 * where published; mail always), the verdict on the channel asked for with
 * an alternative, where completed forms go, the form in the requested
 * language (title, language, size as published), the signer verdict with
 * the proof still missing, the interpreter-services notice when the
 * requester prefers a language other than English, findings citing rule ids,
 * and steps. In the 2025-10-18 edition it also says whether records of care
 * before 2025-10-18 are still in MyHealthHome and AthenaHealth on `asOf`.
 *
 * Parts that do not depend on the request (directory entries, channels,
 * most findings) are deeply frozen and shared between results.
 *
 * Never throws and never mutates the input; anything that does not parse
 * gives issues with paths and stable codes. A minor's date of birth after
 * `asOf` is a `date_in_future` issue. The result never contains the date of
 * birth, the preferred-language text or any key the schema does not know.
 *
 * @param input - anything; see {@link recordsRequestSchema}
 * @param options - `locale` (`en` | `es`) and `asOf`
 * @returns the route, or the issues
 *
 * @example
 * ```ts
 * import { routeRecordsRequest } from 'duke-records-rules';
 * const r = routeRecordsRequest(
 *   {
 *     requester: 'attorney', recipient: 'third-party', purpose: 'other', channel: 'fax',
 *     formLanguage: 'es', patient: { situation: 'adult' }, signer: { role: 'patient' },
 *   },
 *   { asOf: '2025-06-01' },
 * );
 * if (r.success) {
 *   r.channels.map((c) => c.channel); // ['online-request', 'patient-portal', 'mail']
 *   r.requestedChannel?.ruleIds; // ['ln.fax-patient-care-only', 'ln.mail-all-others']
 *   r.form.sizeKb; // 279
 * }
 * ```
 */
export function routeRecordsRequest(input: unknown, options?: EntryOptions): RecordsRoute | ParseFailure {
  const opts = parseOptions(options);
  if (!opts.success) return opts;
  const { locale, asOf } = opts;
  const parsed = parseInput(recordsRequestSchema, input, locale);
  if (!parsed.success) return parsed;
  const request = parsed.data;
  // Only a minor has a date of birth; without asOf it is compared with itself, never in the future.
  if ('dateOfBirth' in request.patient && request.patient.dateOfBirth > (asOf ?? request.patient.dateOfBirth)) {
    return { success: false, issues: [inputIssue(['patient', 'dateOfBirth'], 'date_in_future', locale)] };
  }
  const route = EDITION_ROUTES.get(editionOn(asOf)) as EditionRoute;
  const { edition, hospital, destination } = route;
  const byPurpose = route.byPurpose[request.purpose];
  const form = route.form[request.formLanguage];
  const notes = NOTES(locale);
  const findings = new FindingList();
  findings.push(notes['ln.release-to-self-or-third-party']);

  const channels: RouteChannel[] = [];
  const steps: RouteStep[] = [];
  if (route.online !== null) {
    channels.push(route.online);
    steps.push({ action: 'request-online', text: routeStepText({ action: 'request-online' }, locale), ruleIds: route.online.ruleIds });
    findings.push(notes['ln.online-recommended']);
  }
  if (route.portals.length > 0) {
    const portals: PortalAvailability[] = [];
    const ruleIds: LakeNormanFindingId[] = [];
    for (const at of route.portals) {
      const view = at(asOf);
      portals.push(view.portal);
      if (!ruleIds.includes(view.portal.ruleId)) ruleIds.push(view.portal.ruleId);
      findings.push(view.finding(locale));
    }
    channels.push({ channel: 'patient-portal', level: 'recommended', portals, ruleIds });
    steps.push({ action: 'check-portal', text: routeStepText({ action: 'check-portal', portals }, locale), ruleIds });
  }
  for (const c of byPurpose.send) {
    channels.push(c);
    for (const id of c.ruleIds) findings.push(notes[id as LakeNormanRuleId]);
  }
  const requestedChannel = request.channel === undefined ? null : requestedVerdict(request.channel, channels, byPurpose);
  if (requestedChannel !== null && !requestedChannel.accepted) {
    for (const id of requestedChannel.ruleIds) findings.push(REFUSALS(locale)[id as LakeNormanRuleId]);
  }
  if (hospital.phone !== null) findings.push(notes['ln.phone-questions']);
  findings.push(route.formFinding(locale)[request.formLanguage]);
  const signer = checkSigner(request.patient, request.signer, asOf, locale);
  for (const f of signer.findings) findings.push(f);
  const interpreter = interpreterNotice(request.preferredLanguage).length > 0;
  if (interpreter) findings.push(notes['language.interpreter']);
  const list = findings.items;

  let sendVia = byPurpose.send[0] as SendChannel;
  if (requestedChannel?.accepted === true) for (const c of byPurpose.send) if (c.channel === requestedChannel.channel) sendVia = c;
  const sign = { action: 'sign-authorization', allowedRoles: signer.allowedRoles, missingProof: signer.missingProof } as const;
  steps.push(
    { action: 'complete-form', form, text: routeStepText({ action: 'complete-form', form }, locale), ruleIds: FORMS_RULES },
    { ...sign, text: routeStepText(sign, locale), ruleIds: signer.ruleIds },
    { action: 'send-form', via: sendVia, text: routeStepText({ action: 'send-form', via: sendVia }, locale), ruleIds: sendVia.ruleIds },
  );
  if (hospital.phone !== null) {
    const phone = hospital.phone;
    steps.push({ action: 'ask-questions', phone, text: routeStepText({ action: 'ask-questions', phone }, locale), ruleIds: PHONE_RULES });
  }

  return {
    success: true,
    edition: edition.id,
    asOf,
    request: {
      requester: request.requester,
      recipient: request.recipient,
      purpose: request.purpose,
      channel: request.channel ?? null,
      formLanguage: request.formLanguage,
      situation: request.patient.situation,
      signerRole: request.signer.role,
      proofHeld: request.signer.proof.filter((p, i, all) => all.indexOf(p) === i),
      interpreterNotice: interpreter,
    },
    ready: !list.some((f) => f.severity === 'error'),
    channels,
    requestedChannel,
    destination,
    hospital,
    form,
    signer,
    findings: list,
    steps,
    ruleIds: findings.ids,
  };
}
