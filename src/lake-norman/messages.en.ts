import { FAX_LINE_MESSAGES_EN } from './fax-line/messages.en';
import { FORM_MESSAGES_EN } from './forms/messages.en';
import { PORTAL_MESSAGES_EN } from './portals/messages.en';
import { REQUEST_CHANNEL_MESSAGES_EN } from './request-channels/messages.en';
import type { LakeNormanRuleId } from './rules';

/**
 * The English texts of the Lake Norman rules, keyed by rule id. Placeholders:
 * `{title}`, `{language}`, `{sizeKb}` (the form) and `{from}`, `{minEnd}`,
 * `{maxEnd}` (dates of the directory), never patient data.
 *
 * @internal
 * @example
 * ```ts
 * Object.keys(LAKE_NORMAN_MESSAGES_EN).length > 0; // true
 * ```
 */
export const LAKE_NORMAN_MESSAGES_EN: Readonly<Record<LakeNormanRuleId, string>> = /* @__PURE__ */ (() => ({
  ...REQUEST_CHANNEL_MESSAGES_EN,
  ...PORTAL_MESSAGES_EN,
  ...FAX_LINE_MESSAGES_EN,
  ...FORM_MESSAGES_EN,
}))();
