// Public barrel of `duke-records-rules`: re-exports only.
export type * from './core/types';
export type { Finding } from './core/finding';
export type { EntryOptions } from './core/parse-options';
export { RULES, getRule, type RuleId } from './rules/catalog';
export { MESSAGES } from './messages/messages';
export { formatMessage, type MessageParams } from './messages/format-message';
export { SOURCES, cite, type SourcePage } from './directory/sources';
export type * from './directory/types';
export { DIRECTORY_EDITIONS } from './directory/editions';
export { editionFor } from './directory/edition-for';
export { getDestination, type DestinationLookup, type DirectoryOptions } from './directory/get-destination';
export { listDestinations } from './directory/list-destinations';
export { LANGUAGE_RULES, interpreterNotice } from './rules/language';
// --- to-duke ---
export { patientSchema, type Patient } from './schemas/patient';
export { senderSchema, type Sender } from './schemas/sender';
export { labelSchema, paperLabelSchema, type Label, type PaperLabel, type LabelField } from './schemas/label';
export {
  radiologySchema,
  mediumSchema,
  paperItemSchema,
  mediaItemSchema,
  recordItemSchema,
  type Radiology,
  type Medium,
  type PaperItem,
  type MediaItem,
  type RecordItem,
} from './schemas/record-item';
export { carrierSchema, channelSchema, type Carrier, type Channel, type ChannelKind } from './schemas/channel';
export { senderActionsSchema, type SenderActions } from './schemas/sender-actions';
export { submissionSchema, type Submission, type SubmissionInput } from './schemas/submission';
export type { LabelGap } from './rules/rule-hit';
export {
  LABELING_RULES,
  labelRequirements,
  checkLabel,
  formatLabel,
  type LabelingRuleId,
  type LabelRequirements,
  type LabelCheck,
  type LabelText,
} from './rules/labeling';
export { CHANNEL_RULES, recommendChannels, type ChannelRuleId, type ChannelLevel, type RankedChannel } from './rules/channels';
export { ORIGINALS_RULES, type OriginalsRuleId } from './rules/originals';
export { CARRIER_RULES, carrierPolicy, type CarrierRuleId, type CarrierPolicy } from './rules/carriers';
export { PASSWORD_RULES, type PasswordRuleId } from './rules/passwords';
export { FOLLOW_UP_RULES, followUpRequirements, type FollowUpRuleId, type FollowUpRequirements } from './rules/follow-up';
export { NOTIFY_RULES, type NotifyRuleId } from './rules/notify';
export { TRACKING_RULES, type TrackingRuleId } from './rules/tracking';
export { evaluateSubmission } from './evaluate';
export type {
  EvaluateSubmissionOptions,
  SubmissionResult,
  SubmissionEvaluation,
  SubmissionSummary,
  ChannelSummary,
  Verdict,
  Step,
  StepId,
} from './evaluate/types';
// --- end to-duke ---
// --- lake-norman ---
export {
  PATIENT_SITUATIONS,
  SIGNER_ROLES,
  PROOF_KINDS,
  patientSituationSchema,
  signerSchema,
  type PatientSituationKind,
  type SignerRole,
  type ProofKind,
  type PatientSituation,
  type Signer,
} from './schemas/signer';
export {
  SIGNER_RULES,
  checkSigner,
  signerRequirements,
  type SignerRuleId,
  type AgeCheck,
  type SignerVerdict,
  type SignerRequirements,
} from './rules/signer';
export {
  REQUESTERS,
  PATIENT_CARE_REQUESTERS,
  RECIPIENTS,
  PURPOSES,
  REQUEST_CHANNELS,
  FORM_LANGUAGES,
  recordsRequestSchema,
  faxRequestSchema,
  type Requester,
  type Recipient,
  type Purpose,
  type RequestChannel,
  type FormLanguage,
  type RecordsRequest,
  type RecordsRequestInput,
  type FaxRequest,
} from './schemas/records-request';
export { LAKE_NORMAN_RULES, type LakeNormanRuleId } from './rules/lake-norman';
export { portalAvailability, type PortalStatus, type PortalAvailability } from './rules/lake-norman-portals';
export {
  FAX_LINE_IDS,
  faxLineAccepts,
  type FaxLineId,
  type FormDelivery,
  type FaxLineDecision,
  type FaxLineVerdict,
} from './rules/fax-line';
export {
  routeRecordsRequest,
  type RouteChannel,
  type SendChannel,
  type RequestedChannelVerdict,
  type RouteStep,
  type RecordsRequestSummary,
  type RecordsRoute,
} from './route-records-request';
// --- end lake-norman ---
// --- hipaa ---
export { authorizationSchema, type AuthorizationInput, type Authorization } from './schemas/authorization';
export { accessExtensionSchema, type AccessExtension, type ParsedAccessExtension } from './schemas/authorization-access';
export {
  HIPAA_AUTHORIZATION_RULES,
  authorizationDefects,
  type HipaaAuthorizationRuleId,
  type AuthorizationDefect,
} from './rules/hipaa-authorization';
export {
  HIPAA_ACCESS_RULES,
  ACCESS_DAYS,
  ACCESS_EXTENSION_DAYS,
  computeAccessDeadline,
  type HipaaAccessRuleId,
  type AccessDeadlineComputation,
} from './rules/hipaa-access';
export { accessDeadline, type AccessDeadline, type AccessDeadlineOptions } from './rules/access-deadline';
export { checkAuthorization, type AuthorizationCheck } from './check-authorization';
// --- end hipaa ---
