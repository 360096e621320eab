import type { HipaaRequestRuleId } from './request-match';

/**
 * Spanish texts of the rules of a request checked against its authorization, keyed by rule id.
 * They name the rule, never the content or a date the caller gave.
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_REQUEST_MESSAGES_ES['hipaa.508c1i-request-information'];
 * ```
 */
export const HIPAA_REQUEST_MESSAGES_ES: Readonly<Record<HipaaRequestRuleId, string>> = {
  'hipaa.508c1i-request-information':
    'Los datos no permiten saber si la información solicitada está dentro de lo que describe la autorización. Una persona debe compararlas.',
  'hipaa.508c1iii-request-recipient':
    'Los datos no permiten saber si el destinatario de la solicitud es uno de los que nombra la autorización. Una persona debe compararlos.',
};
