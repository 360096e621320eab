import type { Severity } from '../../core/types';
import type { HipaaAuthorizationRuleId } from './authorization';

/**
 * The severity of each authorization rule, as its catalog entry gives it
 * (a test holds the two equal): what `checkAuthorization` carries at run
 * time instead of the catalog prose.
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_AUTHORIZATION_SEVERITY['hipaa.508c4-copy']; // 'info'
 * ```
 */
export const HIPAA_AUTHORIZATION_SEVERITY: Readonly<Record<HipaaAuthorizationRuleId, Severity>> = {
  'hipaa.508c1i-description': 'error',
  'hipaa.508c1ii-discloser': 'error',
  'hipaa.508c1iii-recipient': 'error',
  'hipaa.508c1iv-purpose': 'error',
  'hipaa.508c1iv-at-request': 'error',
  'hipaa.508c1v-expiration': 'error',
  'hipaa.508c1v-none-outside-research': 'error',
  'hipaa.508c1v-expires-before-signed': 'error',
  'hipaa.508c1vi-signature': 'error',
  'hipaa.508c1vi-representative-authority': 'error',
  'hipaa.508c1vi-signed-after-as-of': 'error',
  'hipaa.508c2i-revocation': 'error',
  'hipaa.508c2ii-conditioning': 'error',
  'hipaa.508c2iii-redisclosure': 'error',
  'hipaa.508c3-plain-language': 'info',
  'hipaa.508c4-copy': 'info',
  'hipaa.508c4-copy-required': 'warning',
};
