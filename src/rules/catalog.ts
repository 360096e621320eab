import { deepFreeze } from '../core/deep-freeze';
import type { RuleDefinition } from '../core/types';
import { LANGUAGE_RULES } from './language';
// --- to-duke areas (sending records to Duke) ---
// --- end to-duke ---
// --- lake-norman areas ---
// --- end lake-norman ---
// --- hipaa areas ---
// --- end hipaa ---
// --- hours area ---
// --- end hours ---

const ALL = [
  ...LANGUAGE_RULES,
  // --- to-duke spread ---
  // --- end to-duke spread ---
  // --- lake-norman spread ---
  // --- end lake-norman spread ---
  // --- hipaa spread ---
  // --- end hipaa spread ---
  // --- hours spread ---
  // --- end hours spread ---
] as const;

/**
 * The id of any rule in the catalog.
 *
 * @example
 * ```ts
 * import type { RuleId } from 'duke-records-rules';
 * const id: RuleId = 'language.interpreter';
 * ```
 */
export type RuleId = (typeof ALL)[number]['id'];

/**
 * Every rule the library knows, deeply frozen: id, area, severity, summary,
 * source (URL and section), editions, and the ambiguity note where the
 * source is unclear. Every finding any function returns cites one of these.
 *
 * @example
 * ```ts
 * import { RULES } from 'duke-records-rules';
 * RULES.filter((r) => r.area === 'carriers').map((r) => r.id);
 * ```
 */
export const RULES: readonly RuleDefinition<RuleId>[] = /* @__PURE__ */ deepFreeze(ALL);

const BY_ID = /* @__PURE__ */ new Map<string, RuleDefinition<RuleId>>(RULES.map((rule) => [rule.id, rule]));

/**
 * Looks up a rule by id.
 *
 * @param id - a rule id (any string is accepted)
 * @returns the rule, or `undefined` when the catalog has no such id
 *
 * @example
 * ```ts
 * import { getRule } from 'duke-records-rules';
 * getRule('language.interpreter')?.area; // 'language'
 * getRule('no.such-rule'); // undefined
 * ```
 */
export function getRule(id: string): RuleDefinition<RuleId> | undefined {
  return typeof id === 'string' ? BY_ID.get(id) : undefined;
}
