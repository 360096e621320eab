import type { RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import { deepFreeze } from '../../core/deep-freeze';

const SEED_REQUEST = 'Request Medical Records';
const NEW_PAGE = 'Medical Records Requests';

/**
 * Catalog entries of the Lake Norman rules on which fax line takes which request.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { FAX_LINE_RULES } from 'duke-records-rules/catalog';
 * FAX_LINE_RULES.map((r) => r.id); // ['ln.fax-patient-care-only', 'ln.mail-all-others', 'ln.fax-not-published', 'ln.dm-fax-not-for-requests']
 * ```
 */
export const FAX_LINE_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
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
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * Id of a Lake Norman rule on which fax line takes which request.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { FaxLineRuleId } from 'duke-records-rules/lake-norman';
 * const id: FaxLineRuleId = 'ln.fax-patient-care-only';
 * ```
 */
export type FaxLineRuleId = (typeof FAX_LINE_RULES)[number]['id'];
