import type { HipaaValidityRuleId } from './validity';

/**
 * Spanish texts of the rules of 45 CFR 164.508(b)(2) and (b)(5), keyed by rule id.
 * They name the rule, never the content or a date the caller gave.
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_VALIDITY_MESSAGES_ES['hipaa.508b2i-expired'];
 * ```
 */
export const HIPAA_VALIDITY_MESSAGES_ES: Readonly<Record<HipaaValidityRuleId, string>> = {
  'hipaa.508b2i-expired':
    'La autorización ha vencido: su fecha de vencimiento ya pasó o su evento de vencimiento ya ocurrió.',
  'hipaa.508b2i-expiry-undecided':
    'La autorización vence en una fecha y no se indicó la fecha de la verificación (asOf): no se puede decidir si sigue siendo válida.',
  'hipaa.508b2iii-revoked':
    'La autorización fue revocada por escrito. Ya no es válida.',
  'hipaa.508b5-revocation-in-writing':
    'La persona revocó la autorización, pero no por escrito. No se base en ella: pida a la persona que presente la revocación por escrito o que confirme que la autorización sigue vigente.',
  'hipaa.508b2v-known-false':
    'Se sabe que información importante de la autorización es falsa. No es válida.',
};
