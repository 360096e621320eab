// Public barrel of `duke-records-rules`: re-exports only.
export type * from './core/types';
export type { Finding } from './core/finding';
export type { EntryOptions } from './core/parse-options';
export { RULES, getRule, type RuleId } from './catalog/catalog';
export { MESSAGES } from './catalog/messages';
export { formatMessage, type MessageParams } from './catalog/format-message';
export { SOURCES, cite, type SourcePage } from './directory/sources';
export type * from './directory/types';
export { DIRECTORY_EDITIONS } from './directory/editions';
export { editionFor } from './directory/edition-for';
export { getDestination, type DestinationLookup, type DirectoryOptions } from './directory/get-destination';
export { listDestinations } from './directory/list-destinations';
export { LANGUAGE_RULES, interpreterNotice } from './directory/interpreter/interpreter';
// --- to-duke ---
export { patientSchema, type Patient } from './to-duke/schemas/patient';
export { senderSchema, type Sender } from './to-duke/schemas/sender';
export { labelSchema, paperLabelSchema, type Label, type PaperLabel, type LabelField } from './to-duke/schemas/label';
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
} from './to-duke/schemas/record-item';
export { carrierSchema, channelSchema, type Carrier, type Channel, type ChannelKind } from './to-duke/schemas/channel';
export { senderActionsSchema, type SenderActions } from './to-duke/schemas/sender-actions';
export { submissionSchema, type Submission, type SubmissionInput } from './to-duke/schemas/submission';
export type { LabelGap } from './to-duke/rule-hit';
export {
  LABELING_RULES,
  labelRequirements,
  checkLabel,
  formatLabel,
  type LabelingRuleId,
  type LabelRequirements,
  type LabelCheck,
  type LabelText,
} from './to-duke/labeling/labeling';
export { CHANNEL_RULES, recommendChannels, type ChannelRuleId, type ChannelLevel, type RankedChannel } from './to-duke/channels/channels';
export { ORIGINALS_RULES, type OriginalsRuleId } from './to-duke/originals/originals';
export { CARRIER_RULES, carrierPolicy, type CarrierRuleId, type CarrierPolicy } from './to-duke/carriers/carriers';
export { PASSWORD_RULES, type PasswordRuleId } from './to-duke/passwords/passwords';
export { FOLLOW_UP_RULES, followUpRequirements, type FollowUpRuleId, type FollowUpRequirements } from './to-duke/follow-up/follow-up';
export { NOTIFY_RULES, type NotifyRuleId } from './to-duke/notify/notify';
export { TRACKING_RULES, type TrackingRuleId } from './to-duke/tracking-number/tracking-number';
export { evaluateSubmission } from './to-duke/evaluate-submission/evaluate-submission';
export type {
  EvaluateSubmissionOptions,
  SubmissionResult,
  SubmissionEvaluation,
  SubmissionSummary,
  ChannelSummary,
  Verdict,
  Step,
  StepId,
} from './to-duke/evaluate-submission/types';
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
} from './lake-norman/signer/signer-schema';
export {
  SIGNER_RULES,
  checkSigner,
  signerRequirements,
  type SignerRuleId,
  type AgeCheck,
  type SignerVerdict,
  type SignerRequirements,
} from './lake-norman/signer/signer';
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
} from './lake-norman/schemas/records-request';
export { LAKE_NORMAN_RULES, type LakeNormanRuleId } from './lake-norman/rules';
export { portalAvailability, type PortalStatus, type PortalAvailability } from './lake-norman/portals/portals';
export {
  FAX_LINE_IDS,
  faxLineAccepts,
  type FaxLineId,
  type FormDelivery,
  type FaxLineDecision,
  type FaxLineVerdict,
} from './lake-norman/fax-line/fax-line';
export {
  routeRecordsRequest,
  type RouteChannel,
  type SendChannel,
  type RequestedChannelVerdict,
  type RouteStep,
  type RecordsRequestSummary,
  type RecordsRoute,
} from './lake-norman/route-records-request/route-records-request';
// --- end lake-norman ---
// --- hipaa ---
export { authorizationSchema, type AuthorizationInput, type Authorization } from './hipaa/authorization/authorization-schema';
export { accessExtensionSchema, type AccessExtension, type ParsedAccessExtension } from './hipaa/access-deadline/access-schema';
export {
  HIPAA_AUTHORIZATION_RULES,
  authorizationDefects,
  type HipaaAuthorizationRuleId,
  type AuthorizationDefect,
} from './hipaa/authorization/authorization';
export {
  HIPAA_ACCESS_RULES,
  ACCESS_DAYS,
  ACCESS_EXTENSION_DAYS,
  computeAccessDeadline,
  type HipaaAccessRuleId,
  type AccessDeadlineComputation,
} from './hipaa/access-deadline/access-rules';
export { accessDeadline, type AccessDeadline, type AccessDeadlineOptions } from './hipaa/access-deadline/access-deadline';
export { checkAuthorization, type AuthorizationCheck } from './hipaa/check-authorization/check-authorization';
// --- end hipaa ---
