import { deepFreeze } from '../../core/deep-freeze';
import type { WeeklySchedule } from '../../hours/types';
import { cite, SEND_TO_DUKE_PAGE } from '../sources';
import type { Destination, DestinationCard, PostalAddress } from '../types';

const WEEKDAY_0800_1630 = [{ start: '08:00', end: '16:30' }] as const;

/**
 * Medical Records customer-service hours: Monday to Friday, 8:00 am to
 * 4:30 pm, Eastern time (the page says "We are open Monday – Friday 8:00 am
 * to 4:30 pm"; Durham, NC keeps Eastern time). The page publishes no
 * holidays, so the schedule has none.
 */
const CUSTOMER_SERVICE_HOURS: WeeklySchedule = {
  timeZone: 'America/New_York',
  weekly: {
    monday: WEEKDAY_0800_1630,
    tuesday: WEEKDAY_0800_1630,
    wednesday: WEEKDAY_0800_1630,
    thursday: WEEKDAY_0800_1630,
    friday: WEEKDAY_0800_1630,
  },
};

const PHONE = { e164: '+19196846178', display: '(919) 684-6178' } as const;
const FAX = { e164: '+19196205165', display: '(919) 620-5165' } as const;
/**
 * The mailing address as the Contact Us section prints it (the city line
 * there reads "Durham, NC  27710", with two spaces).
 */
const MAILING_ADDRESS: PostalAddress = {
  lines: ['Document Management', 'Duke University Health System', 'P.O. Box 3016', 'Durham, NC 27710'],
  attention: null,
  recipient: 'Document Management',
  organization: 'Duke University Health System',
  street: [],
  poBox: 'P.O. Box 3016',
  city: 'Durham',
  state: 'NC',
  zip: '27710',
  country: 'US',
  ambiguity: {
    note: '"Document Management" is printed on its own first line, not as "Attn:".',
    reading: 'The recipient, as printed; no "Attn:" added.',
  },
};

/**
 * The parts of a destination that say how to reach it.
 *
 * @internal
 * @example
 * ```ts
 * const c: DestinationContact = DOCUMENT_MANAGEMENT_CONTACT;
 * ```
 */
export type DestinationContact = Pick<Destination, 'phone' | 'fax' | 'mailingAddress' | 'hours'>;

/**
 * How to reach Document Management: phone, fax, mailing address and
 * hours, the parts of its entry that the to-Duke functions read (on their
 * own, so that those functions do not carry the rest of the entry).
 *
 * @internal
 * @example
 * ```ts
 * DOCUMENT_MANAGEMENT_CONTACT.fax?.display; // '(919) 620-5165'
 * ```
 */
export const DOCUMENT_MANAGEMENT_CONTACT: DestinationContact = /* @__PURE__ */ deepFreeze({
  phone: PHONE,
  fax: FAX,
  mailingAddress: MAILING_ADDRESS,
  hours: CUSTOMER_SERVICE_HOURS,
});

/**
 * Who Document Management is and how to reach it: the card of its entry
 * (no e-mail: the address is unknown), deeply frozen.
 *
 * @internal
 * @example
 * ```ts
 * DOCUMENT_MANAGEMENT_CARD.email; // null
 * ```
 */
export const DOCUMENT_MANAGEMENT_CARD: DestinationCard = /* @__PURE__ */ deepFreeze({
  id: 'duke-document-management',
  name: 'Document Management (Medical Records Department)',
  organization: 'Duke University Health System',
  source: /* @__PURE__ */ cite(SEND_TO_DUKE_PAGE, 'Contact Us'),
  phone: PHONE,
  fax: FAX,
  email: null,
  mailingAddress: MAILING_ADDRESS,
  physicalAddress: null,
  hours: CUSTOMER_SERVICE_HOURS,
});

/**
 * Duke Document Management (Medical Records), the destination of records sent to Duke, deeply frozen.
 *
 * @internal
 * @example
 * ```ts
 * DOCUMENT_MANAGEMENT.id;
 * ```
 */
export const DOCUMENT_MANAGEMENT: Destination = /* @__PURE__ */ (() =>
  deepFreeze({
  ...DOCUMENT_MANAGEMENT_CARD,
  edition: 'seed',
  notPublished: {
    email:
      'The page lists an e-mail address, but every stored copy shows only an e-mail-protection placeholder; the address is unknown. E-mail is accepted as a last resort: supply the address yourself.',
    physicalAddress: 'The page publishes a mailing address only.',
  },
  handles: ['records-to-duke'],
  forms: [],
  portals: [],
  onlineRequest: null,
}))();
