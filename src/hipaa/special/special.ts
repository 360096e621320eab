import type { RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import type { Authorization } from '../authorization/authorization-schema';
import type { DefectSink } from '../defect';
import { deepFreeze } from '../../core/deep-freeze';

const BOTH = ['seed', '2025-10-18'] as const;

/**
 * Catalog entries of the special authorizations of 45 CFR 164.508(a):
 * psychotherapy notes (a)(2), marketing involving financial remuneration
 * (a)(3), sale of protected health information (a)(4). A valid
 * authorization meets (a)(3)(ii) and (a)(4)(ii) where they apply
 * ((b)(1)(i)): a missing remuneration statement is an element not filled
 * out (`error`). Psychotherapy notes bring no element of their own; their
 * entry is an `info` finding that names the stricter (b)(3) and (b)(4)
 * limits the check applies.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { HIPAA_SPECIAL_RULES } from 'duke-records-rules/catalog';
 * HIPAA_SPECIAL_RULES.map((r) => r.source.section); // ['(a)(2)', '(a)(3)(ii)', '(a)(4)(ii)']
 * ```
 */
export const HIPAA_SPECIAL_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'hipaa.508a2-psychotherapy-notes',
      area: 'hipaa-authorization',
      severity: 'info',
      summary:
        'A use or disclosure of psychotherapy notes needs an authorization of its own: it may be combined only with another authorization for psychotherapy notes, and nothing may be conditioned on it.',
      source: cite(SOURCES.cfr164_508, '(a)(2)'),
      editions: BOTH,
    },
    {
      id: 'hipaa.508a3-marketing-remuneration',
      area: 'hipaa-authorization',
      severity: 'error',
      summary:
        'If the marketing involves financial remuneration to the covered entity from a third party, the authorization must state that such remuneration is involved.',
      source: cite(SOURCES.cfr164_508, '(a)(3)(ii)'),
      editions: BOTH,
    },
    {
      id: 'hipaa.508a4-sale-remuneration',
      area: 'hipaa-authorization',
      severity: 'error',
      summary: 'An authorization for a sale of protected health information must state that the disclosure will result in remuneration to the covered entity.',
      source: cite(SOURCES.cfr164_508, '(a)(4)(ii)'),
      editions: BOTH,
    },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * The id of a rule of 45 CFR 164.508(a)(2)–(a)(4).
 *
 * @category Rules
 * @example
 * ```ts
 * import type { HipaaSpecialRuleId } from 'duke-records-rules';
 * const id: HipaaSpecialRuleId = 'hipaa.508a4-sale-remuneration';
 * ```
 */
export type HipaaSpecialRuleId = (typeof HIPAA_SPECIAL_RULES)[number]['id'];

/**
 * Appends to `out` the (a)(2)–(a)(4) findings of a parsed authorization.
 *
 * @internal
 * @example
 * ```ts
 * const out: Defect<HipaaSpecialRuleId>[] = [];
 * specialDefects({ sale: { statesRemuneration: false } }, out);
 * out[0]?.ruleId; // 'hipaa.508a4-sale-remuneration'
 * ```
 */
export function specialDefects(a: Authorization, out: DefectSink<HipaaSpecialRuleId>): void {
  if (a.psychotherapyNotes === true) out.push({ ruleId: 'hipaa.508a2-psychotherapy-notes', path: ['psychotherapyNotes'] });
  if (a.marketing?.remuneration === true && a.marketing.statesRemuneration !== true)
    out.push({ ruleId: 'hipaa.508a3-marketing-remuneration', path: ['marketing', 'statesRemuneration'] });
  if (a.sale !== undefined && a.sale.statesRemuneration !== true)
    out.push({ ruleId: 'hipaa.508a4-sale-remuneration', path: ['sale', 'statesRemuneration'] });
}
