import type { RequestChannelRuleId } from './rules';

/**
 * English texts of the Lake Norman rules on how records are requested (online, by mail, by e-mail, not by phone) and who may receive them, keyed by rule
 * id. Placeholders are directory values, never patient data.
 *
 * @internal
 * @example
 * ```ts
 * REQUEST_CHANNEL_MESSAGES_EN['ln.release-to-self-or-third-party'];
 * ```
 */
export const REQUEST_CHANNEL_MESSAGES_EN: Readonly<Record<RequestChannelRuleId, string>> = {
  'ln.release-to-self-or-third-party':
    'Patients of Duke Health Lake Norman Hospital may have copies of their records released to themselves or to third parties.',
  'ln.online-recommended': 'Requesting records online is easy, fast and secure, and is recommended whenever possible.',
  'ln.phone-questions':
    'Records cannot be requested by phone: request them online or send the completed form. The phone number, where one is published, is for questions.',
  'ln.mail': 'Requests can be mailed to the Lake Norman Medical Records Department.',
  'ln.email-not-published': 'No e-mail address is published for Lake Norman requests: use another channel.',
};
