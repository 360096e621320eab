import type { HoursRuleId } from './rules';

/**
 * English and Spanish texts of the hours rules, keyed by rule id.
 *
 * @example
 * ```ts
 * import { MESSAGES } from 'duke-records-rules';
 * MESSAGES.es['hours.customer-service'];
 * ```
 */
export const HOURS_MESSAGES: { readonly en: Readonly<Record<HoursRuleId, string>>; readonly es: Readonly<Record<HoursRuleId, string>> } = {
  en: {
    'hours.customer-service': 'Medical Records customer service is open Monday to Friday, 8:00 am to 4:30 pm Eastern time.',
    'hours.follow-up-call':
      'Make the follow-up phone call to Medical Records customer service while it is open: Monday to Friday, 8:00 am to 4:30 pm Eastern time.',
  },
  es: {
    'hours.customer-service':
      'El servicio de atención al cliente de Registros Médicos abre de lunes a viernes, de 8:00 a. m. a 4:30 p. m., hora del Este.',
    'hours.follow-up-call':
      'Haga la llamada de seguimiento al servicio de atención al cliente de Registros Médicos mientras esté abierto: de lunes a viernes, de 8:00 a. m. a 4:30 p. m., hora del Este.',
  },
};
