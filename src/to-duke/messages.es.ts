import { HOURS_MESSAGES_ES } from '../hours/messages.es';
import { LANGUAGE_MESSAGES_ES } from '../directory/interpreter/messages.es';
import { CARRIER_MESSAGES_ES } from './carriers/messages.es';
import { CHANNEL_MESSAGES_ES } from './channels/messages.es';
import { FOLLOW_UP_MESSAGES_ES } from './follow-up/messages.es';
import { LABELING_MESSAGES_ES } from './labeling/messages.es';
import { NOTIFY_MESSAGES_ES } from './notify/messages.es';
import { ORIGINALS_MESSAGES_ES } from './originals/messages.es';
import { PASSWORD_MESSAGES_ES } from './passwords/messages.es';
import { TRACKING_MESSAGES_ES } from './tracking-number/messages.es';
import type { ToDukeRuleId } from './rule-id';

/**
 * The Spanish texts of every rule a submission's findings can cite: the
 * to-Duke areas, the interpreter notice and the hours (gathered into the
 * `rules` section of the Spanish locale).
 *
 * @internal
 * @example
 * ```ts
 * TO_DUKE_MESSAGES_ES['originals.not-returned'];
 * ```
 */
export const TO_DUKE_MESSAGES_ES: Readonly<Record<ToDukeRuleId, string>> = /* @__PURE__ */ (() => ({
  ...LABELING_MESSAGES_ES,
  ...CHANNEL_MESSAGES_ES,
  ...ORIGINALS_MESSAGES_ES,
  ...CARRIER_MESSAGES_ES,
  ...PASSWORD_MESSAGES_ES,
  ...FOLLOW_UP_MESSAGES_ES,
  ...NOTIFY_MESSAGES_ES,
  ...TRACKING_MESSAGES_ES,
  ...LANGUAGE_MESSAGES_ES,
  ...HOURS_MESSAGES_ES,
}))();
