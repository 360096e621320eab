import type { HipaaValidityRuleId } from './validity';

/**
 * English texts of the rules of 45 CFR 164.508(b)(2) and (b)(5), keyed by rule id.
 * They name the rule, never the content or a date the caller gave.
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_VALIDITY_MESSAGES_EN['hipaa.508b2i-expired'];
 * ```
 */
export const HIPAA_VALIDITY_MESSAGES_EN: Readonly<Record<HipaaValidityRuleId, string>> = {
  'hipaa.508b2i-expired':
    'The authorization has expired: its expiration date has passed, or its expiration event has occurred.',
  'hipaa.508b2i-expiry-undecided':
    'The authorization expires on a date, and no date of the check (asOf) was given: whether it is still valid cannot be decided.',
  'hipaa.508b2iii-revoked':
    'The authorization has been revoked in writing. It is no longer valid.',
  'hipaa.508b5-revocation-in-writing':
    'The individual revoked the authorization, but not in writing. Do not rely on it: ask the individual to put the revocation in writing, or to confirm that the authorization stands.',
  'hipaa.508b2v-known-false':
    'Material information in the authorization is known to be false. It is not valid.',
};
