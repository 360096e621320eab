import type { RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import { deepFreeze } from '../../core/deep-freeze';

const SEED_PAGE = 'Duke Health Lake Norman Hospital Medical Records Requests';
const NEW_PAGE = 'Medical Records Requests';

/**
 * Catalog entries of the Lake Norman rules on the patient portals of each edition and how long the legacy portals stay.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { PORTAL_RULES } from 'duke-records-rules/catalog';
 * PORTAL_RULES.map((r) => r.id); // ['ln.patient-portal', 'ln.my-duke-health', 'ln.legacy-portals', 'ln.legacy-portals-may-be-gone', 'ln.legacy-portals-gone']
 * ```
 */
export const PORTAL_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
  {
    id: 'ln.patient-portal',
    area: 'lake-norman',
    severity: 'info',
    summary: 'A patient who has created a Patient Portal account may already have access to the information needed.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanSeed, SEED_PAGE),
    editions: ['seed'],
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
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * Id of a Lake Norman rule on the patient portals of each edition and how long the legacy portals stay.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { PortalRuleId } from 'duke-records-rules/lake-norman';
 * const id: PortalRuleId = 'ln.patient-portal';
 * ```
 */
export type PortalRuleId = (typeof PORTAL_RULES)[number]['id'];
