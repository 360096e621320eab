import { deepFreeze } from '../../core/deep-freeze';
import type { WeeklySchedule } from '../../hours/types';
import { cite, SOURCES } from '../sources';
import type { Destination, DirectoryEdition } from '../types';

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

const DOCUMENT_MANAGEMENT: Destination = /* @__PURE__ */ (() => ({
  id: 'duke-document-management',
  name: 'Document Management (Medical Records Department)',
  organization: 'Duke University Health System',
  edition: 'seed',
  source: cite(SOURCES.sendToDuke, 'Contact Us'),
  phone: { e164: '+19196846178', display: '(919) 684-6178' },
  fax: { e164: '+19196205165', display: '(919) 620-5165' },
  email: null,
  mailingAddress: {
    lines: ['Document Management', 'Duke University Health System', 'P.O. Box 3016', 'Durham, NC 27710'],
  },
  physicalAddress: null,
  hours: CUSTOMER_SERVICE_HOURS,
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

const LAKE_NORMAN_SEED: Destination = /* @__PURE__ */ (() => ({
  id: 'lake-norman-medical-records',
  name: 'Medical Records Department',
  organization: 'Duke Health Lake Norman Hospital',
  edition: 'seed',
  source: cite(SOURCES.lakeNormanSeed, 'Request Medical Records'),
  phone: { e164: '+17046604035', display: '(704) 660-4035' },
  fax: { e164: '+17046604038', display: '(704) 660-4038' },
  email: null,
  mailingAddress: {
    lines: ['Attn: Medical Records Department', 'Duke Health Lake Norman Hospital', 'P.O. Box 3250', 'Mooresville, NC 28117'],
  },
  physicalAddress: { lines: ['171 Fairview Road', 'Mooresville, NC 28117'] },
  hours: null,
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

const LAKE_NORMAN_2025: Destination = /* @__PURE__ */ (() => ({
  id: 'lake-norman-medical-records',
  name: 'Medical Records Department',
  organization: 'Duke Health Lake Norman Hospital',
  edition: '2025-10-18',
  source: cite(SOURCES.lakeNorman2025, 'Medical Records Requests'),
  phone: null,
  fax: null,
  email: null,
  mailingAddress: null,
  physicalAddress: null,
  hours: null,
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

const RELEASE_OF_INFORMATION: Destination = /* @__PURE__ */ (() => ({
  id: 'duke-release-of-information',
  name: 'Release of Information',
  organization: 'Duke University Health System',
  edition: '2025-10-18',
  source: cite(SOURCES.lakeNorman2025, 'Medical Records Requests'),
  phone: null,
  fax: { e164: '+19196205165', display: '(919) 620-5165' },
  email: 'ROI-Requestor3@dm.duke.edu',
  mailingAddress: {
    lines: ['Release of Information', 'Duke University Health System', 'Box 3016', 'Durham, NC 27710'],
  },
  physicalAddress: null,
  hours: null,
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

/**
 * Every edition of the directory, oldest first, deeply frozen. The seed
 * edition is the pages as first copied; the `2025-10-18` edition is the
 * Lake Norman page from the day its visits moved into My Duke Health (the
 * Document Management page has no newer edition, so its seed entry stays in
 * force).
 *
 * @example
 * ```ts
 * import { DIRECTORY_EDITIONS } from 'duke-records-rules';
 * DIRECTORY_EDITIONS.at(-1)?.id; // '2025-10-18'
 * ```
 */
export const DIRECTORY_EDITIONS: readonly DirectoryEdition[] = /* @__PURE__ */ (() =>
  deepFreeze([
  {
    id: 'seed',
    effectiveFrom: null,
    summary: 'The "Send Your Medical Records to Duke Health" and Lake Norman pages as first copied.',
    destinations: [DOCUMENT_MANAGEMENT, LAKE_NORMAN_SEED],
  },
  {
    id: '2025-10-18',
    effectiveFrom: '2025-10-18',
    summary:
      'Lake Norman visits are in My Duke Health from 2025-10-18; completed request forms go to Duke Release of Information.',
    destinations: [DOCUMENT_MANAGEMENT, LAKE_NORMAN_2025, RELEASE_OF_INFORMATION],
  },
] satisfies DirectoryEdition[]))();
