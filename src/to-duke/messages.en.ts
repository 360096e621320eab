import { HOURS_MESSAGES_EN } from '../hours/messages.en';
import { LANGUAGE_MESSAGES_EN } from '../directory/interpreter/messages.en';
import { CARRIER_MESSAGES_EN } from './carriers/messages.en';
import { CHANNEL_MESSAGES_EN } from './channels/messages.en';
import { FOLLOW_UP_MESSAGES_EN } from './follow-up/messages.en';
import { LABELING_MESSAGES_EN } from './labeling/messages.en';
import { NOTIFY_MESSAGES_EN } from './notify/messages.en';
import { ORIGINALS_MESSAGES_EN } from './originals/messages.en';
import { PASSWORD_MESSAGES_EN } from './passwords/messages.en';
import { TRACKING_MESSAGES_EN } from './tracking-number/messages.en';
import type { ToDukeRuleId } from './rule-id';

/**
 * The English texts of every rule a submission's findings can cite: the
 * to-Duke areas, the interpreter notice and the hours.
 *
 * @internal
 * @example
 * ```ts
 * TO_DUKE_MESSAGES_EN['originals.not-returned'];
 * ```
 */
export const TO_DUKE_MESSAGES_EN: Readonly<Record<ToDukeRuleId, string>> = /* @__PURE__ */ (() => ({
  ...LABELING_MESSAGES_EN,
  ...CHANNEL_MESSAGES_EN,
  ...ORIGINALS_MESSAGES_EN,
  ...CARRIER_MESSAGES_EN,
  ...PASSWORD_MESSAGES_EN,
  ...FOLLOW_UP_MESSAGES_EN,
  ...NOTIFY_MESSAGES_EN,
  ...TRACKING_MESSAGES_EN,
  ...LANGUAGE_MESSAGES_EN,
  ...HOURS_MESSAGES_EN,
}))();
