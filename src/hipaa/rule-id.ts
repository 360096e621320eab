import type { HipaaAuthorizationRuleId } from './authorization/authorization';
import type { HipaaCompoundRuleId } from './compound/compound';
import type { HipaaRequestRuleId } from './request-match/request-match';
import type { HipaaSpecialRuleId } from './special/special';
import type { HipaaValidityRuleId } from './validity/validity';

/**
 * The id of any 45 CFR 164.508 rule a finding of
 * {@link checkAuthorization} can cite (besides the signer rules).
 *
 * @category Rules
 * @example
 * ```ts
 * import type { AuthorizationCheckRuleId } from 'duke-records-rules';
 * const id: AuthorizationCheckRuleId = 'hipaa.508b2i-expired';
 * ```
 */
export type AuthorizationCheckRuleId =
  | HipaaAuthorizationRuleId
  | HipaaSpecialRuleId
  | HipaaValidityRuleId
  | HipaaCompoundRuleId
  | HipaaRequestRuleId;
