import type { Severity } from '../../core/types';
import type { HipaaSpecialRuleId } from './special';

/**
 * The severity of each rule of 45 CFR 164.508(a)(2)–(a)(4), as its catalog entry gives it
 * (a test holds the two equal).
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_SPECIAL_SEVERITY['hipaa.508a2-psychotherapy-notes']; // 'info'
 * ```
 */
export const HIPAA_SPECIAL_SEVERITY: Readonly<Record<HipaaSpecialRuleId, Severity>> = {
  'hipaa.508a2-psychotherapy-notes': 'info',
  'hipaa.508a3-marketing-remuneration': 'error',
  'hipaa.508a4-sale-remuneration': 'error',
};
