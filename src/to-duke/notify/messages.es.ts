import type { NotifyRuleId } from './notify';

/**
 * Spanish texts of the notify rules, keyed by rule id (gathered into the
 * `rules` section of the Spanish locale).
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * NOTIFY_MESSAGES_ES['notify.external-clinic'];
 * ```
 */
export const NOTIFY_MESSAGES_ES: Readonly<Record<NotifyRuleId, string>> = {
  'notify.external-clinic':
    'Una clínica externa debe avisar al departamento de Registros Médicos de su intención de enviar registros antes de enviarlos: llame al {phone}.',
  'notify.duke-follows-up': 'El departamento de Registros Médicos se comunicará con el remitente cuando reciba los registros.',
};
