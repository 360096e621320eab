import type { RuleDefinition } from '../core/types';
import { cite, SOURCES } from '../directory/sources';

/**
 * Catalog entries of the hours area. The schedule itself lives in the
 * directory (`getDestination('duke-document-management')`, field `hours`);
 * the functions that read it are in `duke-records-rules/hours`.
 *
 * @example
 * ```ts
 * import { RULES } from 'duke-records-rules/catalog';
 * RULES.filter((r) => r.area === 'hours').map((r) => r.id);
 * // ['hours.customer-service', 'hours.follow-up-call']
 * ```
 */
export const HOURS_RULES = /* @__PURE__ */ (() =>
  [
    {
      id: 'hours.customer-service',
      area: 'hours',
      severity: 'info',
      summary: 'Medical Records customer service is open Monday to Friday, 8:00 am to 4:30 pm, Eastern time.',
      source: cite(SOURCES.sendToDuke, 'Contact Us'),
      editions: ['seed', '2025-10-18'],
      ambiguity: {
        note: 'The page says "We are open Monday – Friday 8:00 am to 4:30 pm" without a time zone, and publishes no holidays or other closures.',
        reading:
          'Eastern time as observed in Durham, NC (America/New_York, with daylight saving time). No holiday is assumed: integrators pass the closures they know to the hours functions.',
      },
    },
    {
      id: 'hours.follow-up-call',
      area: 'hours',
      severity: 'info',
      summary:
        'A follow-up phone call after sending records by mail or fax is made to Medical Records customer service while it is open.',
      source: cite(SOURCES.sendToDuke, 'Sending Records Via Mail or Fax'),
      editions: ['seed', '2025-10-18'],
      ambiguity: {
        note: 'The page asks senders to follow up "with a phone call or email to the Medical Records Department" but gives no number for that call; the only phone number on the page is Customer Service, with its hours, under Contact Us.',
        reading:
          'Call the Customer Service number during its published hours; outside them, the next call window is the next opening. E-mail remains allowed, but its address is not published.',
      },
    },
  ] as const satisfies readonly RuleDefinition[])();

/**
 * The id of a rule of the hours area.
 *
 * @category Types
 * @example
 * ```ts
 * import type { HoursRuleId } from 'duke-records-rules/hours';
 * const id: HoursRuleId = 'hours.customer-service';
 * ```
 */
export type HoursRuleId = (typeof HOURS_RULES)[number]['id'];
