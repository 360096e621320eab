import type { Finding } from '../../core/finding';
import type { CalendarDate, EditionId } from '../../core/types';
import type { Destination, DestinationId, PhoneNumber, PostalAddress, RequestForm } from '../../directory/types';
import type { FaxLineId } from '../fax-line/fax-line';
import type { PortalAvailability } from '../portals/portals';
import type { LakeNormanFindingId } from '../rule-id';
import type { FormLanguage, Purpose, Recipient, RequestChannel, Requester } from '../schemas/records-request';
import type { SignerVerdict } from '../signer/signer';
import type { PatientSituationKind, ProofKind, SignerRole } from '../signer/signer-schema';

/**
 * A channel through which records can be obtained, ranked: the online
 * request and the patient portal (recommended), then the channels a
 * completed form can be sent through (fax only where the line accepts this
 * request; e-mail where published; mail always).
 *
 * @category Route
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
 * @category Route
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
 * @category Route
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
 * @category Route
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
 * @category Route
 * @example
 * ```ts
 * import type { RecordsRequestSummary } from 'duke-records-rules';
 * const s: RecordsRequestSummary = {
 *   requester: 'attorney', recipient: 'third-party', purpose: 'other', channel: 'fax',
 *   formLanguage: 'en', situation: 'adult', signerRole: 'patient', proofHeld: [], interpreterNotice: false,
 *   legacyRecords: 'unknown',
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
  /** Whether the patient had Lake Norman care before 2025-10-18 (`unknown` when not said). */
  readonly legacyRecords: 'yes' | 'no' | 'unknown';
}

/**
 * A routed records request. Contains no patient data: safe to log.
 *
 * @category Route
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
