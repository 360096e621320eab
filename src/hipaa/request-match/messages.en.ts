import type { HipaaRequestRuleId } from './request-match';

/**
 * English texts of the rules of a request checked against its authorization, keyed by rule id.
 * They name the rule, never the content or a date the caller gave.
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_REQUEST_MESSAGES_EN['hipaa.508c1i-request-information'];
 * ```
 */
export const HIPAA_REQUEST_MESSAGES_EN: Readonly<Record<HipaaRequestRuleId, string>> = {
  'hipaa.508c1i-request-information':
    'The data cannot show that the information requested is within what the authorization describes. A person must compare the two.',
  'hipaa.508c1iii-request-recipient':
    'The data cannot show that the recipient of the request is one the authorization names. A person must compare the two.',
};
