import type { HipaaAccessRuleId } from './access-rules';

/**
 * English texts of the HIPAA right-of-access rules (45 CFR 164.524(b)(2)), keyed by rule id.
 * They name the element or the date rule, never the content or a date the
 * caller gave.
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_ACCESS_MESSAGES_EN['access.30-days'];
 * ```
 */
export const HIPAA_ACCESS_MESSAGES_EN: Readonly<Record<HipaaAccessRuleId, string>> = {
  'access.30-days': 'Access must be provided no later than 30 calendar days after the request is received.',
  'access.extension-30':
    'An extension may add at most 30 days: the deadline is capped at 60 calendar days after the request was received.',
  'access.extension-notice-late':
    'The extension notice was given after the first 30 days, so it does not extend the deadline.',
  'access.extension-notice-incomplete':
    'The extension notice must give the reason for the delay and the date the request will be completed; without them it does not extend the deadline.',
  'access.second-extension-refused': 'Only one extension is allowed per request. This extension does not extend the deadline.',
};
