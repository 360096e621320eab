import { HIPAA_ACCESS_MESSAGES_EN } from '../hipaa/access-deadline/messages.en';
import { HIPAA_AUTHORIZATION_MESSAGES_EN } from '../hipaa/authorization/messages.en';
import { HIPAA_SPECIAL_MESSAGES_EN } from '../hipaa/special/messages.en';
import { HIPAA_VALIDITY_MESSAGES_EN } from '../hipaa/validity/messages.en';
import { HIPAA_COMPOUND_MESSAGES_EN } from '../hipaa/compound/messages.en';
import { HIPAA_REQUEST_MESSAGES_EN } from '../hipaa/request-match/messages.en';
import { LAKE_NORMAN_MESSAGES_EN } from '../lake-norman/messages.en';
import { SIGNER_MESSAGES_EN } from '../lake-norman/signer/messages.en';
import { TO_DUKE_MESSAGES_EN } from '../to-duke/messages.en';
import type { RuleId } from './catalog';

/**
 * The English message template of every rule, keyed by rule id. A template
 * may hold `{placeholders}`; every locale uses the same ones. Placeholders
 * never carry patient data. Other languages are locale values (the Spanish
 * templates are `es.texts.rules` of `duke-records-rules/locales/es`).
 *
 * @category Catalog
 * @example
 * ```ts
 * import { MESSAGES } from 'duke-records-rules/catalog';
 * MESSAGES['carrier.lost-in-transit'];
 * // 'The Medical Records department is not responsible for records lost in transit.'
 * ```
 */
export const MESSAGES: Readonly<Record<RuleId, string>> = /* @__PURE__ */ (() => Object.freeze({
  ...TO_DUKE_MESSAGES_EN,
  ...LAKE_NORMAN_MESSAGES_EN,
  ...SIGNER_MESSAGES_EN,
  ...HIPAA_AUTHORIZATION_MESSAGES_EN,
  ...HIPAA_SPECIAL_MESSAGES_EN,
  ...HIPAA_VALIDITY_MESSAGES_EN,
  ...HIPAA_COMPOUND_MESSAGES_EN,
  ...HIPAA_REQUEST_MESSAGES_EN,
  ...HIPAA_ACCESS_MESSAGES_EN,
}))();
