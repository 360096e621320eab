import type { HipaaSpecialRuleId } from './special';

/**
 * Spanish texts of the rules of 45 CFR 164.508(a)(2)–(a)(4), keyed by rule id.
 * They name the rule, never the content or a date the caller gave.
 *
 * @internal
 * @example
 * ```ts
 * HIPAA_SPECIAL_MESSAGES_ES['hipaa.508a2-psychotherapy-notes'];
 * ```
 */
export const HIPAA_SPECIAL_MESSAGES_ES: Readonly<Record<HipaaSpecialRuleId, string>> = {
  'hipaa.508a2-psychotherapy-notes':
    'Esta autorización es para notas de psicoterapia: solo puede combinarse con otra autorización para notas de psicoterapia, y nada puede depender de ella.',
  'hipaa.508a3-marketing-remuneration':
    'El mercadeo implica una remuneración económica de un tercero, y la autorización debe indicarlo.',
  'hipaa.508a4-sale-remuneration':
    'Para una venta de información de salud, la autorización debe indicar que la divulgación dará lugar a una remuneración para la entidad cubierta.',
};
