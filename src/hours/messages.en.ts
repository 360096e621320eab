import type { HoursRuleId } from './rules';

/**
 * English texts of the hours rules, keyed by rule id.
 *
 * @internal
 * @example
 * ```ts
 * HOURS_MESSAGES_EN['hours.customer-service'];
 * // 'Medical Records customer service is open Monday to Friday, 8:00 am to 4:30 pm Eastern time.'
 * ```
 */
export const HOURS_MESSAGES_EN: Readonly<Record<HoursRuleId, string>> = {
  'hours.customer-service': 'Medical Records customer service is open Monday to Friday, 8:00 am to 4:30 pm Eastern time.',
  'hours.follow-up-call':
    'Make the follow-up phone call to Medical Records customer service while it is open: Monday to Friday, 8:00 am to 4:30 pm Eastern time.',
};
