import type { CarrierRuleId } from './carriers/carriers';
import type { ChannelRuleId } from './channels/channels';
import type { FollowUpRuleId } from './follow-up/follow-up';
import type { LabelingRuleId } from './labeling/labeling';
import type { NotifyRuleId } from './notify/notify';
import type { OriginalsRuleId } from './originals/originals';
import type { PasswordRuleId } from './passwords/passwords';
import type { TrackingRuleId } from './tracking-number/tracking-number';
import type { HoursRuleId } from '../hours/rules';

/**
 * The id of any rule a submission's findings and steps can cite: the
 * to-Duke areas, the interpreter notice and the customer-service hours.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { ToDukeRuleId } from 'duke-records-rules/to-duke';
 * const id: ToDukeRuleId = 'carrier.usps-untracked';
 * ```
 */
export type ToDukeRuleId =
  | LabelingRuleId
  | ChannelRuleId
  | OriginalsRuleId
  | CarrierRuleId
  | PasswordRuleId
  | FollowUpRuleId
  | NotifyRuleId
  | TrackingRuleId
  | 'language.interpreter'
  | HoursRuleId;
