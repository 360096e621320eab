import type { Finding } from '../../core/finding';
import { inputIssue, parseInput } from '../../core/parse-input';
import { parseOptions, type EntryOptions } from '../../core/parse-options';
import type { ParseFailure } from '../../core/types';
import type { LakeNormanFindingId } from '../rule-id';
import { interpreterNotice } from '../../directory/interpreter/interpreter';
import type { LakeNormanRuleId } from '../rules';
import { editionOn } from '../../directory/edition-for';
import type { PortalAvailability } from '../portals/portals';
import { EDITION_ROUTES, NOTES, REFUSALS, type EditionRoute, type PurposeRoute } from './profile';
import { routeStepText } from './step-text';
import { signerVerdict } from '../signer/signer';
import { recordsRequestSchema, type RequestChannel } from '../schemas/records-request';

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
  const route = EDITION_ROUTES.get(editionOn(asOf)) as EditionRoute;
  const { edition, hospital, destination } = route;
  const byPurpose = route.byPurpose[request.purpose];
  const form = route.form[request.formLanguage];
  const notes = NOTES(locale);
  const findings = new FindingList();
  // NOTES has every info and warning rule; error rules are cited, never noted.
  findings.push(notes['ln.release-to-self-or-third-party'] as Finding<LakeNormanFindingId>);

  const channels: RouteChannel[] = [];
  const steps: RouteStep[] = [];
  if (route.online !== null) {
    channels.push(route.online);
    steps.push({ action: 'request-online', text: routeStepText({ action: 'request-online' }, locale), ruleIds: route.online.ruleIds });
    findings.push(notes['ln.online-recommended'] as Finding<LakeNormanFindingId>);
  }
  // The legacy portals hold records of care before the transition, which
  // the patient (or a legal representative) can view: for other requesters,
  // or a patient with no such care, they do not apply.
  const legacyApplies = request.legacyRecords !== 'no' && (request.requester === 'patient' || request.requester === 'legal-representative');
  const portals: PortalAvailability[] = [];
  const portalRuleIds: LakeNormanFindingId[] = [];
  for (const p of route.portals) {
    if (p.legacy && !legacyApplies) continue;
    const view = p.at(asOf);
    portals.push(view.portal);
    if (!portalRuleIds.includes(view.portal.ruleId)) portalRuleIds.push(view.portal.ruleId);
    findings.push(view.finding(locale));
  }
  if (portals.length > 0) {
    channels.push({ channel: 'patient-portal', level: 'recommended', portals, ruleIds: portalRuleIds });
    steps.push({ action: 'check-portal', text: routeStepText({ action: 'check-portal', portals }, locale), ruleIds: portalRuleIds });
  }
  for (const c of byPurpose.send) {
    channels.push(c);
    for (const id of c.ruleIds) {
      const note = notes[id as LakeNormanRuleId];
      if (note !== undefined) findings.push(note);
    }
  }
  const requestedChannel = request.channel === undefined ? null : requestedVerdict(request.channel, channels, byPurpose);
  if (requestedChannel !== null && !requestedChannel.accepted) {
    for (const id of requestedChannel.ruleIds) findings.push(REFUSALS(locale)[id as LakeNormanRuleId]);
  }
  findings.push(route.formFinding(locale)[request.formLanguage]);
  const signer = signerVerdict(request.patient, request.signer, asOf, locale);
  for (const f of signer.findings) findings.push(f);
  const interpreter = interpreterNotice(request.preferredLanguage).length > 0;
  if (interpreter) findings.push(notes['language.interpreter'] as Finding<LakeNormanFindingId>);
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
      legacyRecords: request.legacyRecords,
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
