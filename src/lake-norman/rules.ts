import { FAX_LINE_RULES } from './fax-line/rules';
import { FORM_RULES } from './forms/rules';
import { PORTAL_RULES } from './portals/rules';
import { REQUEST_CHANNEL_RULES } from './request-channels/rules';

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
  Object.freeze([...REQUEST_CHANNEL_RULES, ...PORTAL_RULES, ...FAX_LINE_RULES, ...FORM_RULES] as const))();

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
