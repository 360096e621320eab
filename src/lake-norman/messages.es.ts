import { FAX_LINE_MESSAGES_ES } from './fax-line/messages.es';
import { FORM_MESSAGES_ES } from './forms/messages.es';
import { PORTAL_MESSAGES_ES } from './portals/messages.es';
import { REQUEST_CHANNEL_MESSAGES_ES } from './request-channels/messages.es';
import type { LakeNormanRuleId } from './rules';

/**
 * The Spanish texts of the Lake Norman rules, keyed by rule id (gathered
 * into the `rules` section of the Spanish locale).
 *
 * @internal
 * @example
 * ```ts
 * Object.keys(LAKE_NORMAN_MESSAGES_ES).length > 0; // true
 * ```
 */
export const LAKE_NORMAN_MESSAGES_ES: Readonly<Record<LakeNormanRuleId, string>> = /* @__PURE__ */ (() => ({
  ...REQUEST_CHANNEL_MESSAGES_ES,
  ...PORTAL_MESSAGES_ES,
  ...FAX_LINE_MESSAGES_ES,
  ...FORM_MESSAGES_ES,
}))();
