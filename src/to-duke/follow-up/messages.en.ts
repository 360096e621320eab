import type { FollowUpRuleId } from './follow-up';

/**
 * English texts of the follow up rules, keyed by rule id.
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * FOLLOW_UP_MESSAGES_EN['followup.mail-or-fax'];
 * ```
 */
export const FOLLOW_UP_MESSAGES_EN: Readonly<Record<FollowUpRuleId, string>> = {
  'followup.mail-or-fax':
    'After sending by {channel}, follow up with a phone call to {phone} or an e-mail to Medical Records to verify that your records were received and to give any passwords the removable media need.',
};
