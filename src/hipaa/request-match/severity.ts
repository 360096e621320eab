import type { Severity } from '../../core/types';
import type { HipaaRequestRuleId } from './request-match';

/**
 * The severity of each rule of a request checked against its authorization, as its catalog entry gives it
 * (a test holds the two equal).
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_REQUEST_SEVERITY['hipaa.508c1i-request-information']; // 'info'
 * ```
 */
export const HIPAA_REQUEST_SEVERITY: Readonly<Record<HipaaRequestRuleId, Severity>> = {
  'hipaa.508c1i-request-information': 'info',
  'hipaa.508c1iii-request-recipient': 'info',
};
