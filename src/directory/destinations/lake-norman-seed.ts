import { deepFreeze } from '../../core/deep-freeze';
import { cite, LAKE_NORMAN_SEED_PAGE } from '../sources';
import type { Destination, DestinationCard } from '../types';

/**
 * Who Lake Norman Medical Records is and how to reach it, as the seed page gives it (the card of its entry), deeply frozen.
 *
 * @internal
 * @example
 * ```ts
 * LAKE_NORMAN_SEED_CARD.physicalAddress?.lines[0]; // '171 Fairview Road'
 * ```
 */
export const LAKE_NORMAN_SEED_CARD: DestinationCard = /* @__PURE__ */ deepFreeze({
  id: 'lake-norman-medical-records',
  name: 'Medical Records Department',
  organization: 'Duke Health Lake Norman Hospital',
  source: /* @__PURE__ */ cite(LAKE_NORMAN_SEED_PAGE, 'Request Medical Records'),
  phone: { e164: '+17046604035', display: '(704) 660-4035' },
  fax: { e164: '+17046604038', display: '(704) 660-4038' },
  email: null,
  // The page prints the city lines as "Mooresville, NC, 28117".
  mailingAddress: {
    lines: ['Attn: Medical Records Department', 'Duke Health Lake Norman Hospital', 'P.O. Box 3250', 'Mooresville, NC 28117'],
    attention: 'Medical Records Department',
    recipient: null,
    organization: 'Duke Health Lake Norman Hospital',
    street: [],
    poBox: 'P.O. Box 3250',
    city: 'Mooresville',
    state: 'NC',
    zip: '28117',
    country: 'US',
  },
  // Printed under the hospital's heading, without a name line of its own.
  physicalAddress: {
    lines: ['171 Fairview Road', 'Mooresville, NC 28117'],
    attention: null,
    recipient: null,
    organization: null,
    street: ['171 Fairview Road'],
    poBox: null,
    city: 'Mooresville',
    state: 'NC',
    zip: '28117',
    country: 'US',
  },
  hours: null,
});

/**
 * Lake Norman Medical Records as the seed page gives it, deeply frozen.
 *
 * @internal
 * @example
 * ```ts
 * LAKE_NORMAN_SEED.id;
 * ```
 */
export const LAKE_NORMAN_SEED: Destination = /* @__PURE__ */ (() =>
  deepFreeze({
  ...LAKE_NORMAN_SEED_CARD,
  edition: 'seed',
  notPublished: {
    email: 'The page publishes no e-mail address for Lake Norman requests.',
    hours: 'The page publishes no hours for the Lake Norman Medical Records Department.',
  },
  handles: ['records-requests'],
  forms: [
    { title: 'Patient Request for Health Information Form', language: 'en', format: 'PDF', sizeKb: 101 },
    { title: 'Patient Request for Health Information Form', language: 'es', format: 'PDF', sizeKb: 279 },
  ],
  portals: [
    {
      id: 'patient-portal',
      name: 'Patient Portal',
      holds: 'Information a patient with a portal account may already have access to.',
      availability: null,
    },
  ],
  onlineRequest: { recommended: true },
}))();
