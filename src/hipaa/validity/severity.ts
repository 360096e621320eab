import type { Severity } from '../../core/types';
import type { HipaaValidityRuleId } from './validity';

/**
 * The severity of each rule of 45 CFR 164.508(b)(2) and (b)(5), as its catalog entry gives it
 * (a test holds the two equal).
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_VALIDITY_SEVERITY['hipaa.508b2i-expired']; // 'error'
 * ```
 */
export const HIPAA_VALIDITY_SEVERITY: Readonly<Record<HipaaValidityRuleId, Severity>> = {
  'hipaa.508b2i-expired': 'error',
  'hipaa.508b2i-expiry-undecided': 'error',
  'hipaa.508b2iii-revoked': 'error',
  'hipaa.508b5-revocation-in-writing': 'error',
  'hipaa.508b2v-known-false': 'error',
};
