import { deepFreeze } from '../core/deep-freeze';
import { inputIssue } from '../core/parse-input';
import { parseOptions } from '../core/parse-options';
import type { Locale, ParseFailure, RuleDefinition } from '../core/types';
import { LANGUAGE_RULES } from '../directory/interpreter/interpreter';
// --- to-duke areas (sending records to Duke) ---
import { CARRIER_RULES } from '../to-duke/carriers/carriers';
import { CHANNEL_RULES } from '../to-duke/channels/channels';
import { FOLLOW_UP_RULES } from '../to-duke/follow-up/follow-up';
import { LABELING_RULES } from '../to-duke/labeling/labeling';
import { NOTIFY_RULES } from '../to-duke/notify/notify';
import { ORIGINALS_RULES } from '../to-duke/originals/originals';
import { PASSWORD_RULES } from '../to-duke/passwords/passwords';
import { TRACKING_RULES } from '../to-duke/tracking-number/tracking-number';
// --- end to-duke ---
// --- lake-norman areas ---
import { LAKE_NORMAN_RULES } from '../lake-norman/rules';
import { SIGNER_RULES } from '../lake-norman/signer/rules';
// --- end lake-norman ---
// --- hipaa areas ---
import { HIPAA_ACCESS_RULES } from '../hipaa/access-deadline/access-rules';
import { HIPAA_AUTHORIZATION_RULES } from '../hipaa/authorization/authorization';
import { HIPAA_SPECIAL_RULES } from '../hipaa/special/special';
import { HIPAA_VALIDITY_RULES } from '../hipaa/validity/validity';
import { HIPAA_COMPOUND_RULES } from '../hipaa/compound/compound';
import { HIPAA_REQUEST_RULES } from '../hipaa/request-match/request-match';
// --- end hipaa ---
// --- hours area ---
import { HOURS_RULES } from '../hours/rules';
// --- end hours ---

const ALL = /* @__PURE__ */ (() =>
  [
  ...LANGUAGE_RULES,
  // --- to-duke spread ---
  ...LABELING_RULES,
  ...CHANNEL_RULES,
  ...ORIGINALS_RULES,
  ...CARRIER_RULES,
  ...PASSWORD_RULES,
  ...FOLLOW_UP_RULES,
  ...NOTIFY_RULES,
  ...TRACKING_RULES,
  // --- end to-duke spread ---
  // --- lake-norman spread ---
  ...LAKE_NORMAN_RULES,
  ...SIGNER_RULES,
  // --- end lake-norman spread ---
  // --- hipaa spread ---
  ...HIPAA_AUTHORIZATION_RULES,
  ...HIPAA_SPECIAL_RULES,
  ...HIPAA_VALIDITY_RULES,
  ...HIPAA_COMPOUND_RULES,
  ...HIPAA_REQUEST_RULES,
  ...HIPAA_ACCESS_RULES,
  // --- end hipaa spread ---
  // --- hours spread ---
  ...HOURS_RULES,
  // --- end hours spread ---
] as const)();

/**
 * The id of any rule in the catalog.
 *
 * @category Catalog
 * @example
 * ```ts
 * import type { RuleId } from 'duke-records-rules/catalog';
 * const id: RuleId = 'language.interpreter';
 * ```
 */
export type RuleId = (typeof ALL)[number]['id'];

/**
 * Every rule the library knows, deeply frozen: id, area, severity, summary,
 * source (URL and section), editions, and the ambiguity note where the
 * source is unclear. Every finding any function returns cites one of these.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { RULES } from 'duke-records-rules/catalog';
 * RULES.filter((r) => r.area === 'carriers').map((r) => r.id);
 * ```
 */
export const RULES: readonly RuleDefinition<RuleId>[] = /* @__PURE__ */ (() =>
  deepFreeze(ALL))();

const BY_ID = /* @__PURE__ */ (() => new Map<string, RuleDefinition<RuleId>>(RULES.map((rule) => [rule.id, rule])))();

/**
 * Looks up a rule by id. To tell a misspelt id from a rule apart with a
 * typed failure (`unknown_id`), use {@link lookupRule}.
 *
 * @param id - a rule id (any string is accepted)
 * @returns the rule, or `undefined` when the catalog has no such id
 *
 * @category Catalog
 * @example
 * ```ts
 * import { getRule } from 'duke-records-rules/catalog';
 * getRule('language.interpreter')?.area; // 'language'
 * getRule('no.such-rule'); // undefined
 * ```
 */
export function getRule(id: string): RuleDefinition<RuleId> | undefined {
  return BY_ID.get(id); // every key is a string: any other value finds nothing
}

/**
 * Result of {@link lookupRule}: the rule, or the issues (the same shape as
 * `getDestination`'s failure).
 *
 * @category Catalog
 * @example
 * ```ts
 * import { lookupRule, type RuleLookup } from 'duke-records-rules/catalog';
 * const r: RuleLookup = lookupRule('originals.never');
 * if (r.success) r.rule.severity; // 'error'
 * ```
 */
export type RuleLookup = { readonly success: true; readonly rule: RuleDefinition<RuleId> } | ParseFailure;

/**
 * Looks up a rule by id, with a typed failure for an id the catalog does
 * not have: `['id']` `unknown_id` for a string (a typo), `invalid_type` for
 * anything else; `['options', …]` for invalid options. Never throws.
 *
 * @param id - the rule id
 * @param options - `locale` of the issue messages (English when omitted)
 * @returns the rule, or the issues
 *
 * @category Catalog
 * @example
 * ```ts
 * import { lookupRule } from 'duke-records-rules/catalog';
 * lookupRule('language.interpreter'); // { success: true, rule: { id: 'language.interpreter', … } }
 * lookupRule('interpreter' as never);
 * // { success: false, issues: [{ path: ['id'], code: 'unknown_id', message: 'No item has this id (check its spelling).' }] }
 * ```
 */
export function lookupRule(id: RuleId, options: { readonly locale?: Locale } = {}): RuleLookup {
  const parsed = parseOptions(options);
  if (!parsed.success) return parsed;
  const rule = typeof id === 'string' ? BY_ID.get(id) : undefined;
  if (rule !== undefined) return { success: true, rule };
  return { success: false, issues: [inputIssue(['id'], typeof id === 'string' ? 'unknown_id' : 'invalid_type', parsed.locale)] };
}
