import type { Severity } from '../../core/types';
import type { HipaaCompoundRuleId } from './compound';

/**
 * The severity of each rule of 45 CFR 164.508(b)(3), (b)(4) and (c)(2)(ii), as its catalog entry gives it
 * (a test holds the two equal).
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_COMPOUND_SEVERITY['hipaa.508b3-compound']; // 'error'
 * ```
 */
export const HIPAA_COMPOUND_SEVERITY: Readonly<Record<HipaaCompoundRuleId, Severity>> = {
  'hipaa.508b3-compound': 'error',
  'hipaa.508b3i-research': 'error',
  'hipaa.508b3ii-psychotherapy-notes': 'error',
  'hipaa.508b3iii-conditioned': 'error',
  'hipaa.508b4-conditioned': 'error',
  'hipaa.508b4i-research-treatment': 'error',
  'hipaa.508b4ii-plan-enrollment': 'error',
  'hipaa.508b4iii-third-party': 'error',
  'hipaa.508c2ii-statement-conditioned': 'error',
};
