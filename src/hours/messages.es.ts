import type { HoursRuleId } from './rules';

/**
 * Spanish texts of the hours rules, keyed by rule id (gathered into the
 * `rules` section of the Spanish locale).
 *
 * @internal
 * @example
 * ```ts
 * HOURS_MESSAGES_ES['hours.customer-service'];
 * ```
 */
export const HOURS_MESSAGES_ES: Readonly<Record<HoursRuleId, string>> = {
  'hours.customer-service':
    'El servicio de atención al cliente de Registros Médicos abre de lunes a viernes, de 8:00 a. m. a 4:30 p. m., hora del Este.',
  'hours.follow-up-call':
    'Haga la llamada de seguimiento al servicio de atención al cliente de Registros Médicos mientras esté abierto: de lunes a viernes, de 8:00 a. m. a 4:30 p. m., hora del Este.',
};
