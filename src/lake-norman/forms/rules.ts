import type { RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import { deepFreeze } from '../../core/deep-freeze';

const SEED_REQUEST = 'Request Medical Records';
const NEW_PAGE = 'Medical Records Requests';

/**
 * Catalog entries of the Lake Norman rules on the request forms and where completed forms go.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { FORM_RULES } from 'duke-records-rules/catalog';
 * FORM_RULES.map((r) => r.id); // ['ln.forms', 'ln.roi-forms']
 * ```
 */
export const FORM_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
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
    id: 'ln.roi-forms',
    area: 'lake-norman',
    severity: 'info',
    summary:
      'Completed request forms go to Duke Release of Information: fax 919-620-5165, e-mail ROI-Requestor3@dm.duke.edu, or mail to Release of Information, Duke University Health System, Box 3016, Durham, NC 27710 (no patient-care-only restriction on the fax in this edition).',
    source: /* @__PURE__ */ cite(SOURCES.lakeNorman2025, NEW_PAGE),
    editions: ['2025-10-18'],
  },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * Id of a Lake Norman rule on the request forms and where completed forms go.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { FormRuleId } from 'duke-records-rules/lake-norman';
 * const id: FormRuleId = 'ln.forms';
 * ```
 */
export type FormRuleId = (typeof FORM_RULES)[number]['id'];
