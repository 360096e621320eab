import type { RuleDefinition } from '../core/types';
import { cite, SOURCES } from '../directory/sources';

const SEED_PAGE = 'Duke Health Lake Norman Hospital Medical Records Requests';
const SEED_REQUEST = 'Request Medical Records';
const NEW_PAGE = 'Medical Records Requests';

/**
 * Catalog entries of the Lake Norman area: how records are requested from
 * Duke Health Lake Norman Hospital, in the seed edition of the page and in
 * the edition in force from 2025-10-18.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { LAKE_NORMAN_RULES } from 'duke-records-rules/catalog';
 * LAKE_NORMAN_RULES.find((r) => r.id === 'ln.fax-patient-care-only')?.editions; // ['seed']
 * ```
 */
export const LAKE_NORMAN_RULES = /* @__PURE__ */ (() =>
  [
  {
    id: 'ln.release-to-self-or-third-party',
    area: 'lake-norman',
    severity: 'info',
    summary:
      'Patients who received care at Duke Health Lake Norman Hospital may request copies of their records released to themselves or to third parties (from 2025-10-18: patients seen before that date may still request copies for personal use or for third parties).',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanSeed, SEED_PAGE),
    editions: ['seed', '2025-10-18'],
  },
  {
    id: 'ln.online-recommended',
    area: 'lake-norman',
    severity: 'info',
    summary: 'Requesting records online is easy, fast and secure; online requests are recommended whenever possible.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanSeed, SEED_PAGE),
    editions: ['seed', '2025-10-18'],
  },
  {
    id: 'ln.patient-portal',
    area: 'lake-norman',
    severity: 'info',
    summary: 'A patient who has created a Patient Portal account may already have access to the information needed.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanSeed, SEED_PAGE),
    editions: ['seed'],
  },
  {
    id: 'ln.phone-questions',
    area: 'lake-norman',
    severity: 'error',
    summary:
      'Records are requested online, through the portal, or with the request form; the phone number the page lists ((704) 660-4035 in the seed edition) is for questions, not for requests.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanSeed, SEED_REQUEST),
    editions: ['seed', '2025-10-18'],
    ambiguity: {
      note: 'The seed page lists a phone number under "Request Medical Records" without saying what it is for, and describes no way to request records by phone.',
      reading: 'The phone is for questions only: a request asked "by phone" is answered with the online request and the form channels, never routed to the phone.',
    },
  },
  {
    id: 'ln.fax-patient-care-only',
    area: 'lake-norman',
    severity: 'error',
    summary: 'The Lake Norman fax line (704) 660-4038 takes patient-care requests only.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanSeed, SEED_REQUEST),
    editions: ['seed'],
    ambiguity: {
      note: 'The page says the fax "is for patient care requests only" and that "all other requests - insurance companies, attorneys, etc. - must be mailed", but never defines a patient-care request.',
      reading:
        'A request is a patient-care request exactly when its purpose is the care of the patient by a provider (purpose "patient-care"), and the fax accepts a request iff that is its purpose. Only the patient, a legal representative or a provider can state that purpose: from an insurance company, an attorney or another third party it is rejected as contradictory input, so their requests always go by mail. In doubt, purpose "other": mail, which every request may use.',
    },
  },
  {
    id: 'ln.mail-all-others',
    area: 'lake-norman',
    severity: 'error',
    summary:
      'Every request other than a patient-care request (insurance companies, attorneys, etc.) must be mailed to Attn: Medical Records Department, Duke Health Lake Norman Hospital, P.O. Box 3250, Mooresville, NC 28117.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanSeed, SEED_REQUEST),
    editions: ['seed'],
  },
  {
    id: 'ln.mail',
    area: 'lake-norman',
    severity: 'info',
    summary:
      'Requests can be mailed to the Medical Records Department\'s mailing address (P.O. Box 3250, Mooresville, NC 28117); the page also gives its physical address, 171 Fairview Road, Mooresville, NC 28117.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanSeed, SEED_REQUEST),
    editions: ['seed'],
  },
  {
    id: 'ln.email-not-published',
    area: 'lake-norman',
    severity: 'error',
    summary: 'The seed edition of the page publishes no e-mail address for Lake Norman requests: a request cannot be e-mailed.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanSeed, SEED_REQUEST),
    editions: ['seed'],
  },
  {
    id: 'ln.forms',
    area: 'lake-norman',
    severity: 'info',
    summary:
      'The "Patient Request for Health Information Form" is published in English and in Spanish (PDF; 101 KB and 279 KB in the seed edition, 800 KB and 667 KB from 2025-10-18).',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanSeed, SEED_REQUEST),
    editions: ['seed', '2025-10-18'],
  },
  {
    id: 'ln.my-duke-health',
    area: 'lake-norman',
    severity: 'info',
    summary: "From 2025-10-18, Lake Norman Hospital and provider visits are in the patient's My Duke Health account.",
    source: /* @__PURE__ */ cite(SOURCES.lakeNorman2025, NEW_PAGE),
    editions: ['2025-10-18'],
  },
  {
    id: 'ln.legacy-portals',
    area: 'lake-norman',
    severity: 'info',
    summary:
      'Existing Lake Norman records of care before 2025-10-18 stay available in the MyHealthHome and AthenaHealth portals for 12 to 18 months.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNorman2025, NEW_PAGE),
    editions: ['2025-10-18'],
    ambiguity: {
      note: 'The page gives a range ("12 to 18 months") and no end date.',
      reading:
        'Counted in calendar months from 2025-10-18 (America/New_York): available before 2026-10-18; "may no longer be available" from 2026-10-18 to 2027-04-17; "no longer available per the page" from 2027-04-18. Without an as-of date the range itself is stated.',
    },
  },
  {
    id: 'ln.legacy-portals-may-be-gone',
    area: 'lake-norman',
    severity: 'warning',
    summary:
      'Between 12 and 18 months after 2025-10-18, records of earlier Lake Norman care may no longer be available in MyHealthHome and AthenaHealth.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNorman2025, NEW_PAGE),
    editions: ['2025-10-18'],
  },
  {
    id: 'ln.legacy-portals-gone',
    area: 'lake-norman',
    severity: 'warning',
    summary:
      'From 18 months after 2025-10-18, records of earlier Lake Norman care are no longer available in MyHealthHome and AthenaHealth, per the page.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNorman2025, NEW_PAGE),
    editions: ['2025-10-18'],
  },
  {
    id: 'ln.roi-forms',
    area: 'lake-norman',
    severity: 'info',
    summary:
      'Completed request forms go to Duke Release of Information: fax 919-620-5165, e-mail ROI-Requestor3@dm.duke.edu, or mail to Release of Information, Duke University Health System, Box 3016, Durham, NC 27710 (no patient-care-only restriction on the fax in this edition).',
    source: /* @__PURE__ */ cite(SOURCES.lakeNorman2025, NEW_PAGE),
    editions: ['2025-10-18'],
  },
  {
    id: 'ln.fax-not-published',
    area: 'lake-norman',
    severity: 'error',
    summary:
      'A fax line the edition in force does not publish takes no request: the Lake Norman fax (704) 660-4038 is not in the 2025-10-18 edition (completed forms go to Release of Information), and the Release of Information fax is not in the seed edition.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNorman2025, NEW_PAGE),
    editions: ['seed', '2025-10-18'],
  },
  {
    id: 'ln.dm-fax-not-for-requests',
    area: 'lake-norman',
    severity: 'error',
    summary:
      'The Duke Document Management fax (919-620-5165, on the "Send Your Medical Records to Duke Health" page) receives records sent to Duke; it is not a line for requesting records.',
    source: /* @__PURE__ */ cite(SOURCES.sendToDuke, 'Contact Us'),
    editions: ['seed', '2025-10-18'],
    ambiguity: {
      note: 'Document Management (records sent to Duke) and, from 2025-10-18, Release of Information (completed request forms) publish the same fax number, 919-620-5165.',
      reading:
        'Fax lines are modelled by purpose, not by number: the Document Management line never takes a request; in the 2025-10-18 edition the same number, used as the Release of Information line, takes completed request forms.',
    },
  },
  ] as const satisfies readonly RuleDefinition[])();

/**
 * Id of a rule of the Lake Norman area.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { LakeNormanRuleId } from 'duke-records-rules';
 * const id: LakeNormanRuleId = 'ln.forms';
 * ```
 */
export type LakeNormanRuleId = (typeof LAKE_NORMAN_RULES)[number]['id'];
