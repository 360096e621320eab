import type { FollowUpRuleId } from './follow-up';

/**
 * Spanish texts of the follow up rules, keyed by rule id (gathered into the
 * `rules` section of the Spanish locale).
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * FOLLOW_UP_MESSAGES_ES['followup.mail-or-fax'];
 * ```
 */
export const FOLLOW_UP_MESSAGES_ES: Readonly<Record<FollowUpRuleId, string>> = {
  'followup.mail-or-fax':
    'Después de enviar por {channel}, comuníquese con Registros Médicos por teléfono al {phone} o por correo electrónico para verificar que recibieron sus registros y dar las contraseñas que necesiten los medios extraíbles.',
};
