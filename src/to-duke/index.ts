/**
 * Sending records to Duke: how outside hospitals, clinics and patients send
 * medical records to Duke Health's Medical Records department (Document
 * Management). Schemas for a submission, the decisions of each rule
 * (labels, channels, originals, carriers, passwords, follow-up, notice,
 * tracking numbers) and `evaluateSubmission`, which gives a verdict, the
 * findings and the sender's checklist in the locale asked for (English by
 * default; `import { es } from 'duke-records-rules/locales/es'`).
 *
 * @module to-duke
 * @categoryDescription Evaluate
 * The entry function and its result.
 * @categoryDescription Rules
 * One decision per rule area, each usable alone.
 * @categoryDescription Schemas
 * zod schemas (Standard Schema) of the input.
 */
// Barrel of `duke-records-rules/to-duke`: re-exports only.
export type { Finding } from '../core/finding';
export type { EntryOptions } from '../core/parse-options';
export type { Locale } from '../core/locale';
export type { AsOf, CalendarDate, EditionId, InputExpected, InputIssue, InputIssueCode, InputLimit, InputPath, ParseFailure, Severity } from '../core/types';
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
export type { LabelGap } from './rule-hit';
export type { ToDukeRuleId } from './rule-id';
export {
  labelRequirements,
  checkLabel,
  formatLabel,
  type LabelingRuleId,
  type LabelRequirements,
  type LabelRequirementsResult,
  type LabelCheck,
  type LabelCheckResult,
  type LabelText,
  type LabelTextResult,
} from './labeling/labeling';
export { recommendChannels, type ChannelRuleId, type ChannelLevel, type RankedChannel, type ChannelRanking } from './channels/channels';
export type { OriginalsRuleId } from './originals/originals';
export { carrierPolicy, type CarrierRuleId, type CarrierPolicy } from './carriers/carriers';
export type { PasswordRuleId } from './passwords/passwords';
export {
  followUpRequirements,
  type FollowUpRuleId,
  type FollowUpRequirements,
  type FollowUpRequirementsResult,
} from './follow-up/follow-up';
export type { NotifyRuleId } from './notify/notify';
export type { TrackingRuleId } from './tracking-number/tracking-number';
export { evaluateSubmission } from './evaluate-submission/evaluate-submission';
export type {
  EvaluateSubmissionOptions,
  SubmissionResult,
  SubmissionEvaluation,
  SubmissionSummary,
  ChannelSummary,
  Verdict,
  Step,
  StepId,
} from './evaluate-submission/types';
