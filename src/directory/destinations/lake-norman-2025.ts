import { deepFreeze } from '../../core/deep-freeze';
import { cite, LAKE_NORMAN_2025_PAGE } from '../sources';
import type { Destination, DestinationCard } from '../types';

/**
 * Who Lake Norman Medical Records is and how to reach it from the 2025-10-18 page (the card of its entry), deeply frozen.
 *
 * @internal
 * @example
 * ```ts
 * LAKE_NORMAN_2025_CARD.fax; // null
 * ```
 */
export const LAKE_NORMAN_2025_CARD: DestinationCard = /* @__PURE__ */ deepFreeze({
  id: 'lake-norman-medical-records',
  name: 'Medical Records Department',
  organization: 'Duke Health Lake Norman Hospital',
  source: /* @__PURE__ */ cite(LAKE_NORMAN_2025_PAGE, 'Medical Records Requests'),
  phone: null,
  fax: null,
  email: null,
  mailingAddress: null,
  physicalAddress: null,
  hours: null,
});

/**
 * Lake Norman Medical Records from the 2025-10-18 page, deeply frozen.
 *
 * @internal
 * @example
 * ```ts
 * LAKE_NORMAN_2025.id;
 * ```
 */
export const LAKE_NORMAN_2025: Destination = /* @__PURE__ */ (() =>
  deepFreeze({
  ...LAKE_NORMAN_2025_CARD,
  edition: '2025-10-18',
  notPublished: {
    phone: 'Not among the published facts of the 2025-10-18 edition known to this library (the seed edition listed (704) 660-4035).',
    fax: 'In this edition completed forms go to Duke Release of Information, not to a Lake Norman fax line.',
    email: 'In this edition completed forms go to Duke Release of Information.',
    mailingAddress: 'In this edition completed forms are mailed to Duke Release of Information.',
    physicalAddress: 'Not among the published facts of the 2025-10-18 edition known to this library.',
    hours: 'The page publishes no hours.',
  },
  handles: ['records-requests'],
  forms: [
    { title: 'Patient Request for Health Information Form', language: 'en', format: 'PDF', sizeKb: 800 },
    { title: 'Patient Request for Health Information Form', language: 'es', format: 'PDF', sizeKb: 667 },
  ],
  portals: [
    {
      id: 'my-duke-health',
      name: 'My Duke Health',
      holds: 'Lake Norman Hospital and provider visits from 2025-10-18.',
      availability: null,
    },
    {
      id: 'myhealthhome',
      name: 'MyHealthHome',
      holds: 'Existing Lake Norman records of care before 2025-10-18.',
      availability: { from: '2025-10-18', minMonths: 12, maxMonths: 18 },
    },
    {
      id: 'athenahealth',
      name: 'AthenaHealth',
      holds: 'Existing Lake Norman records of care before 2025-10-18.',
      availability: { from: '2025-10-18', minMonths: 12, maxMonths: 18 },
    },
  ],
  onlineRequest: { recommended: true },
}))();
