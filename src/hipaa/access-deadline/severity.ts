import type { Severity } from '../../core/types';
import type { HipaaAccessRuleId } from './access-rules';

/**
 * The severity of each right-of-access rule, as its catalog entry gives it
 * (a test holds the two equal): what `accessDeadline` carries at run time
 * instead of the catalog prose.
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_ACCESS_SEVERITY['access.30-days']; // 'error'
 * ```
 */
export const HIPAA_ACCESS_SEVERITY: Readonly<Record<HipaaAccessRuleId, Severity>> = {
  'access.30-days': 'error',
  'access.extension-30': 'error',
  'access.extension-notice-late': 'error',
  'access.extension-notice-incomplete': 'error',
  'access.second-extension-refused': 'error',
};
