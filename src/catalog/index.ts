/**
 * The rule catalog, for docs and tools (no function needs it at run time):
 * every rule's id, area, severity, summary, source page and section,
 * editions and, where the source is unclear, the ambiguity and the reading
 * chosen; the English message templates; the source pages.
 *
 * @module catalog
 * @categoryDescription Catalog
 * The rules and their texts.
 */
// Barrel of `duke-records-rules/catalog`: re-exports only.
export type { RuleDefinition, RuleArea, SourceRef, Severity, EditionId, Locale } from '../core/types';
export { RULES, getRule, lookupRule, type RuleId, type RuleLookup } from './catalog';
export { MESSAGES } from './messages';
export { formatMessage, type MessageParams } from './format-message';
export { SOURCES, type SourcePage } from '../directory/sources';
export { cite } from './cite';
export { LANGUAGE_RULES } from '../directory/interpreter/interpreter';
export { LABELING_RULES } from '../to-duke/labeling/labeling';
export { CHANNEL_RULES } from '../to-duke/channels/channels';
export { ORIGINALS_RULES } from '../to-duke/originals/originals';
export { CARRIER_RULES } from '../to-duke/carriers/carriers';
export { PASSWORD_RULES } from '../to-duke/passwords/passwords';
export { FOLLOW_UP_RULES } from '../to-duke/follow-up/follow-up';
export { NOTIFY_RULES } from '../to-duke/notify/notify';
export { TRACKING_RULES } from '../to-duke/tracking-number/tracking-number';
export { LAKE_NORMAN_RULES } from '../lake-norman/rules';
export { REQUEST_CHANNEL_RULES } from '../lake-norman/request-channels/rules';
export { PORTAL_RULES } from '../lake-norman/portals/rules';
export { FAX_LINE_RULES } from '../lake-norman/fax-line/rules';
export { FORM_RULES } from '../lake-norman/forms/rules';
export { SIGNER_RULES } from '../lake-norman/signer/signer';
export { HIPAA_AUTHORIZATION_RULES } from '../hipaa/authorization/authorization';
export { HIPAA_SPECIAL_RULES } from '../hipaa/special/special';
export { HIPAA_VALIDITY_RULES } from '../hipaa/validity/validity';
export { HIPAA_COMPOUND_RULES } from '../hipaa/compound/compound';
export { HIPAA_REQUEST_RULES } from '../hipaa/request-match/request-match';
export { HIPAA_ACCESS_RULES } from '../hipaa/access-deadline/access-rules';
