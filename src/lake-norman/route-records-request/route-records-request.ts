import { deepFreeze } from '../../core/deep-freeze';
import type { Finding } from '../../core/finding';
import { inputIssue, parseInput } from '../../core/parse-input';
import { parseOptions, type EntryOptions } from '../../core/parse-options';
import type { ParseFailure } from '../../core/types';
import type { LakeNormanFindingId } from '../rule-id';
import { interpreterNotice } from '../../directory/interpreter/interpreter';
import type { LakeNormanRuleId } from '../rules';
import { editionOn } from '../../directory/edition-for';
import { perLocale, type Locale } from '../../core/locale';
import { FORMS_RULES, NOTES, PHONE_RULES, REFUSALS, routeFor, type EditionRoute, type PortalPart, type PurposeRoute } from './profile';
import { routeStepText } from './step-text';
import { signerVerdict } from '../signer/signer';
import { recordsRequestSchema, type FormLanguage, type Purpose, type RequestChannel } from '../schemas/records-request';
import type { ProofKind, SignerRole } from '../signer/signer-schema';

export type {
  RouteChannel,
  SendChannel,
  RequestedChannelVerdict,
  RouteStep,
  RecordsRequestSummary,
  RecordsRoute,
} from './types';
import type { RouteChannel, SendChannel, RequestedChannelVerdict, RouteStep, RecordsRoute } from './types';

/** Ordered findings, one per rule (a rule has one severity, its catalog's, so a later mention adds nothing). */
class FindingList {
  readonly ids: LakeNormanFindingId[] = [];
  readonly items: Finding<LakeNormanFindingId>[] = [];

  push(finding: Finding<LakeNormanFindingId>): void {
    const at = this.ids.indexOf(finding.ruleId);
    if (at === -1) {
      this.ids.push(finding.ruleId);
      this.items.push(finding);
    }
  }
}

const NO_RULES: readonly LakeNormanFindingId[] = /* @__PURE__ */ (() =>
  Object.freeze([]))();
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

/**
 * The sign step's text per locale, by allowed roles (one frozen list per
 * patient situation) and missing proof: a few combinations in all.
 */
const SIGN_TEXTS = /* @__PURE__ */ perLocale(() => new WeakMap<readonly SignerRole[], Map<string, string>>());

function signText(allowedRoles: readonly SignerRole[], missingProof: readonly ProofKind[], locale: Locale): string {
  const byRoles = SIGN_TEXTS(locale);
  let byProof = byRoles.get(allowedRoles);
  if (byProof === undefined) {
    byProof = new Map();
    byRoles.set(allowedRoles, byProof);
  }
  const key = missingProof.length === 0 ? '' : missingProof.join();
  let text = byProof.get(key);
  if (text === undefined) {
    text = routeStepText({ action: 'sign-authorization', allowedRoles, missingProof }, locale);
    byProof.set(key, text);
  }
  return text;
}

function requestedVerdict(wanted: RequestChannel, channels: readonly RouteChannel[], purpose: PurposeRoute): RequestedChannelVerdict {
  for (const c of channels) if (c.channel === wanted) return { channel: wanted, accepted: true, alternative: null, ruleIds: c.ruleIds };
  const alternative = (wanted === 'phone' ? channels[0] : purpose.send[0]) as RouteChannel;
  return { channel: wanted, accepted: false, alternative, ruleIds: REFUSAL[wanted](purpose) };
}

/**
 * Everything in a route that follows from the edition, the portals that
 * apply, the purpose, the channel asked for, the form language and the
 * locale (and not from the signer, the dates or the preferred language):
 * the channels, the verdict on the channel asked for, the findings and
 * steps before and after the signer's. Shared by every result it fits:
 * the channels and the verdict are frozen, the lists are copied.
 */
interface Skeleton {
  readonly channels: readonly RouteChannel[];
  readonly requestedChannel: RequestedChannelVerdict | null;
  readonly findings: readonly Finding<LakeNormanFindingId>[];
  readonly ruleIds: readonly LakeNormanFindingId[];
  /** No finding above is an error. */
  readonly ready: boolean;
  /** The steps before signing: request online, check the portals, complete the form. */
  readonly before: readonly RouteStep[];
  /** The steps after signing: send the form, ask questions. */
  readonly after: readonly RouteStep[];
}

const CHANNEL_KEY: Readonly<Record<RequestChannel, number>> = { phone: 1, fax: 2, email: 3, 'online-request': 4, 'patient-portal': 5, mail: 6 };

function stepsWith(skeleton: Skeleton, sign: RouteStep): RouteStep[] {
  const steps = skeleton.before.slice();
  steps.push(sign);
  for (const step of skeleton.after) steps.push(step);
  return steps;
}

/** The skeletons made so far, per locale and edition, by key (at most a few hundred per edition and locale). */
const SKELETONS = /* @__PURE__ */ perLocale(() => new Map<EditionRoute, Map<number, Skeleton>>());

function skeletonFor(
  route: EditionRoute,
  portalPart: PortalPart,
  purpose: Purpose,
  channel: RequestChannel | undefined,
  formLanguage: FormLanguage,
  locale: Locale,
): Skeleton {
  const key = ((portalPart.key * 8 + (channel === undefined ? 0 : CHANNEL_KEY[channel])) * 2 + (purpose === 'other' ? 1 : 0)) * 2 + (formLanguage === 'es' ? 1 : 0);
  const byRoute = SKELETONS(locale);
  let byKey = byRoute.get(route);
  if (byKey === undefined) {
    byKey = new Map();
    byRoute.set(route, byKey);
  }
  let skeleton = byKey.get(key);
  if (skeleton === undefined) {
    skeleton = makeSkeleton(route, portalPart, route.byPurpose[purpose], channel, formLanguage, locale);
    byKey.set(key, skeleton);
  }
  return skeleton;
}

function makeSkeleton(
  route: EditionRoute,
  portalPart: PortalPart,
  byPurpose: PurposeRoute,
  channel: RequestChannel | undefined,
  formLanguage: FormLanguage,
  locale: Locale,
): Skeleton {
  const notes = NOTES(locale);
  const findings = new FindingList();
  // NOTES has every info and warning rule; error rules are cited, never noted.
  findings.push(notes['ln.release-to-self-or-third-party'] as Finding<LakeNormanFindingId>);
  const channels: RouteChannel[] = [];
  const before: RouteStep[] = [];
  if (route.online !== null) {
    channels.push(route.online);
    before.push({ action: 'request-online', text: routeStepText({ action: 'request-online' }, locale), ruleIds: route.online.ruleIds });
    findings.push(notes['ln.online-recommended'] as Finding<LakeNormanFindingId>);
  }
  const { views } = portalPart;
  for (const v of views) findings.push(v.finding(locale));
  if (views.length > 0) {
    const portals = views.map((v) => v.portal);
    const ruleIds = portals.map((p) => p.ruleId).filter((id, i, all) => all.indexOf(id) === i);
    channels.push({ channel: 'patient-portal', level: 'recommended', portals, ruleIds });
    before.push({ action: 'check-portal', text: routeStepText({ action: 'check-portal', portals }, locale), ruleIds });
  }
  for (const c of byPurpose.send) {
    channels.push(c);
    for (const id of c.ruleIds) {
      const note = notes[id as LakeNormanRuleId];
      if (note !== undefined) findings.push(note);
    }
  }
  const requestedChannel = channel === undefined ? null : requestedVerdict(channel, channels, byPurpose);
  if (requestedChannel !== null && !requestedChannel.accepted) {
    for (const id of requestedChannel.ruleIds) findings.push(REFUSALS(locale)[id as LakeNormanRuleId]);
  }
  findings.push(route.formFinding(locale)[formLanguage]);
  const form = route.form[formLanguage];
  before.push({ action: 'complete-form', form, text: routeStepText({ action: 'complete-form', form }, locale), ruleIds: FORMS_RULES });
  let via = byPurpose.send[0] as SendChannel;
  if (requestedChannel?.accepted === true) for (const c of byPurpose.send) if (c.channel === requestedChannel.channel) via = c;
  const after: RouteStep[] = [{ action: 'send-form', via, text: routeStepText({ action: 'send-form', via }, locale), ruleIds: via.ruleIds }];
  const phone = route.hospital.phone;
  if (phone !== null) after.push({ action: 'ask-questions', phone, text: routeStepText({ action: 'ask-questions', phone }, locale), ruleIds: PHONE_RULES });
  // Only `channels` and `requestedChannel` reach results as they are: they are
  // frozen. The lists are copied into each result (a frozen array copies
  // slowly); their items are frozen.
  return {
    channels: deepFreeze(channels),
    requestedChannel: requestedChannel === null ? null : deepFreeze(requestedChannel),
    findings: findings.items,
    ruleIds: findings.ids,
    ready: !findings.items.some((f) => f.severity === 'error'),
    before: before.map(deepFreeze),
    after: after.map(deepFreeze),
  };
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
 * @category Route
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
  const route = routeFor(editionOn(asOf));
  // The legacy portals hold records of care before the transition, which
  // the patient (or a legal representative) can view: for other requesters,
  // or a patient with no such care, they do not apply.
  const legacyApplies = request.legacyRecords !== 'no' && (request.requester === 'patient' || request.requester === 'legal-representative');
  const skeleton = skeletonFor(route, route.portalsAt(asOf, legacyApplies), request.purpose, request.channel, request.formLanguage, locale);
  const signer = signerVerdict(request.patient, request.signer, asOf, locale);
  const interpreter = interpreterNotice(request.preferredLanguage).length > 0;
  // slice and push, not spreads or concat: both take a slow path on frozen arrays.
  const findings = skeleton.findings.slice();
  const ruleIds = skeleton.ruleIds.slice();
  for (const f of signer.findings) {
    findings.push(f);
    ruleIds.push(f.ruleId);
  }
  if (interpreter) {
    findings.push(NOTES(locale)['language.interpreter'] as Finding<LakeNormanFindingId>);
    ruleIds.push('language.interpreter');
  }
  const sign: RouteStep = {
    action: 'sign-authorization',
    allowedRoles: signer.allowedRoles,
    missingProof: signer.missingProof,
    text: signText(signer.allowedRoles, signer.missingProof, locale),
    ruleIds: signer.ruleIds,
  };

  return {
    success: true,
    edition: route.edition.id,
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
      legacyRecords: request.legacyRecords,
    },
    ready: skeleton.ready && signer.findings.every((f) => f.severity !== 'error'),
    channels: skeleton.channels,
    requestedChannel: skeleton.requestedChannel,
    destination: route.destination,
    hospital: route.hospital,
    form: route.form[request.formLanguage],
    signer,
    findings,
    steps: stepsWith(skeleton, sign),
    ruleIds,
  };
}
