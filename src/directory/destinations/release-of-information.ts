import { deepFreeze } from '../../core/deep-freeze';
import { cite, LAKE_NORMAN_2025_PAGE } from '../sources';
import type { Destination, DestinationCard } from '../types';

/**
 * Who Duke Release of Information is and how to reach it (the card of its entry), deeply frozen.
 *
 * @internal
 * @example
 * ```ts
 * RELEASE_OF_INFORMATION_CARD.email; // 'ROI-Requestor3@dm.duke.edu'
 * ```
 */
export const RELEASE_OF_INFORMATION_CARD: DestinationCard = /* @__PURE__ */ deepFreeze({
  id: 'duke-release-of-information',
  name: 'Release of Information',
  organization: 'Duke University Health System',
  source: /* @__PURE__ */ cite(LAKE_NORMAN_2025_PAGE, 'Medical Records Requests'),
  phone: null,
  fax: { e164: '+19196205165', display: '(919) 620-5165' },
  email: 'ROI-Requestor3@dm.duke.edu',
  mailingAddress: {
    lines: ['Release of Information', 'Duke University Health System', 'Box 3016', 'Durham, NC 27710'],
    attention: null,
    recipient: 'Release of Information',
    organization: 'Duke University Health System',
    street: [],
    poBox: 'Box 3016',
    city: 'Durham',
    state: 'NC',
    zip: '27710',
    country: 'US',
    ambiguity: {
      note: '"Box 3016" is printed without "P.O." (the Document Management page prints "P.O. Box 3016", same ZIP Code); "Release of Information" is printed on its own first line, not as "Attn:".',
      reading: 'A box, not a street: the box line as printed, no "P.O." added. The recipient, as printed; no "Attn:" added.',
    },
  },
  physicalAddress: null,
  hours: null,
});

/**
 * Duke Release of Information, where completed Lake Norman request forms go from 2025-10-18, deeply frozen.
 *
 * @internal
 * @example
 * ```ts
 * RELEASE_OF_INFORMATION.id;
 * ```
 */
export const RELEASE_OF_INFORMATION: Destination = /* @__PURE__ */ (() =>
  deepFreeze({
  ...RELEASE_OF_INFORMATION_CARD,
  edition: '2025-10-18',
  notPublished: {
    phone: 'The Lake Norman page publishes no phone number for Release of Information.',
    physicalAddress: 'The page publishes a mailing address only.',
    hours: 'The page publishes no hours for Release of Information.',
  },
  handles: ['completed-request-forms'],
  forms: [],
  portals: [],
  onlineRequest: null,
}))();
