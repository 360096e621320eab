import type { RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import type { Authorization } from '../authorization/authorization-schema';
import type { DefectSink } from '../defect';
import { deepFreeze } from '../../core/deep-freeze';

const BOTH = ['seed', '2025-10-18'] as const;

const NOT_FOR_PSYCHOTHERAPY_NOTES = {
  note: 'Of the three exceptions of (b)(4), only (b)(4)(ii)(B) says in so many words that it does not reach psychotherapy notes; (b)(3)(ii) allows an authorization for psychotherapy notes to be combined only with another such authorization.',
  reading:
    'No exception of (b)(4) is read as allowing a covered entity to condition anything on an authorization for psychotherapy notes: such an authorization with conditioning is reported as not valid under the exception claimed.',
} as const;

/**
 * Catalog entries of 45 CFR 164.508(b)(3) compound authorizations and
 * (b)(4) conditioning, and the (c)(2)(ii) statement that must agree with the
 * conditioning: an authorization that violates them is not valid
 * ((b)(2)(iv)), so each is severity `error`. Each exception is a rule of its
 * own, reported when it is claimed (or needed) and does not apply.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { HIPAA_COMPOUND_RULES } from 'duke-records-rules/catalog';
 * HIPAA_COMPOUND_RULES.find((r) => r.id === 'hipaa.508b3ii-psychotherapy-notes')?.source.section; // '(b)(3)(ii)'
 * ```
 */
export const HIPAA_COMPOUND_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'hipaa.508b3-compound',
      area: 'hipaa-validity',
      severity: 'error',
      summary:
        'An authorization may not be combined with any other document (a consent to treatment, a notice, an intake form) to create a compound authorization, except with other authorizations or, for research, other written permission for research.',
      source: cite(SOURCES.cfr164_508, '(b)(3)'),
      editions: BOTH,
    },
    {
      id: 'hipaa.508b3i-research',
      area: 'hipaa-validity',
      severity: 'error',
      summary:
        'Only an authorization for a research study may be combined with other written permission for research (a consent to take part, a research database authorization).',
      source: cite(SOURCES.cfr164_508, '(b)(3)(i)'),
      editions: BOTH,
    },
    {
      id: 'hipaa.508b3ii-psychotherapy-notes',
      area: 'hipaa-validity',
      severity: 'error',
      summary: 'An authorization for a use or disclosure of psychotherapy notes may only be combined with another authorization for psychotherapy notes.',
      source: cite(SOURCES.cfr164_508, '(b)(3)(ii)'),
      editions: BOTH,
    },
    {
      id: 'hipaa.508b3iii-conditioned',
      area: 'hipaa-validity',
      severity: 'error',
      summary:
        'Authorizations may be combined with each other, except when the covered entity has conditioned treatment, payment, enrollment or eligibility for benefits on one of them (research compounds of (b)(3)(i) excepted).',
      source: cite(SOURCES.cfr164_508, '(b)(3)(iii)'),
      editions: BOTH,
    },
    {
      id: 'hipaa.508b4-conditioned',
      area: 'hipaa-validity',
      severity: 'error',
      summary:
        'A covered entity may not condition treatment, payment, enrollment in the health plan or eligibility for benefits on the provision of an authorization, except as (b)(4)(i)–(iii) allow.',
      source: cite(SOURCES.cfr164_508, '(b)(4)'),
      editions: BOTH,
    },
    {
      id: 'hipaa.508b4i-research-treatment',
      area: 'hipaa-validity',
      severity: 'error',
      summary:
        'A covered health care provider may condition research-related treatment, and nothing else, on an authorization for the use or disclosure for that research.',
      source: cite(SOURCES.cfr164_508, '(b)(4)(i)'),
      editions: BOTH,
      ambiguity: NOT_FOR_PSYCHOTHERAPY_NOTES,
    },
    {
      id: 'hipaa.508b4ii-plan-enrollment',
      area: 'hipaa-validity',
      severity: 'error',
      summary:
        'A health plan may condition enrollment or eligibility for benefits, and nothing else, on an authorization it requests before enrollment for eligibility, enrollment, underwriting or risk rating, never one for psychotherapy notes.',
      source: cite(SOURCES.cfr164_508, '(b)(4)(ii)'),
      editions: BOTH,
    },
    {
      id: 'hipaa.508b4iii-third-party',
      area: 'hipaa-validity',
      severity: 'error',
      summary:
        'A covered entity may condition health care provided solely to create information for a third party, and nothing else, on an authorization for the disclosure to that third party.',
      source: cite(SOURCES.cfr164_508, '(b)(4)(iii)'),
      editions: BOTH,
      ambiguity: NOT_FOR_PSYCHOTHERAPY_NOTES,
    },
    {
      id: 'hipaa.508c2ii-statement-conditioned',
      area: 'hipaa-validity',
      severity: 'error',
      summary:
        'Where the covered entity conditions treatment, payment, enrollment or eligibility on the authorization (as (b)(4) allows), the form must state the consequences of refusing to sign, not that nothing may be conditioned on it.',
      source: cite(SOURCES.cfr164_508, '(c)(2)(ii)'),
      editions: BOTH,
      ambiguity: {
        note: 'A form stating that nothing may be conditioned on it, used where something is, carries a false statement; the regulation names both (c)(2)(ii)(B) and (b)(2)(v).',
        reading: 'Reported under (c)(2)(ii) as not valid; the known-false rule is left to the caller, who knows whether the statement is material.',
      },
    },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * The id of a rule of 45 CFR 164.508(b)(3) and (b)(4).
 *
 * @category Rules
 * @example
 * ```ts
 * import type { HipaaCompoundRuleId } from 'duke-records-rules';
 * const id: HipaaCompoundRuleId = 'hipaa.508b4-conditioned';
 * ```
 */
export type HipaaCompoundRuleId = (typeof HIPAA_COMPOUND_RULES)[number]['id'];

/** What each (b)(4) exception lets a covered entity condition. */
const EXCEPTION_COVERS = {
  'research-related-treatment': ['treatment'],
  'health-plan-enrollment': ['enrollment', 'eligibility'],
  'third-party-health-care': ['treatment'],
} as const;

const EXCEPTION_RULE = {
  'research-related-treatment': 'hipaa.508b4i-research-treatment',
  'health-plan-enrollment': 'hipaa.508b4ii-plan-enrollment',
  'third-party-health-care': 'hipaa.508b4iii-third-party',
} as const satisfies Record<keyof typeof EXCEPTION_COVERS, HipaaCompoundRuleId>;

/**
 * Appends to `out` the (b)(3), (b)(4) and (c)(2)(ii) defects of a parsed
 * authorization, each rule at most once, in the regulation's order.
 *
 * @internal
 * @example
 * ```ts
 * const out: Defect<HipaaCompoundRuleId>[] = [];
 * compoundDefects({ combinedWith: ['other-document'] }, out);
 * out[0]?.ruleId; // 'hipaa.508b3-compound'
 * ```
 */
export function compoundDefects(a: Authorization, out: DefectSink<HipaaCompoundRuleId>): void {
  const combined = a.combinedWith ?? [];
  const on = a.conditioned?.on ?? [];
  const notes = a.psychotherapyNotes === true;
  const path = ['combinedWith'];
  if (combined.includes('other-document')) out.push({ ruleId: 'hipaa.508b3-compound', path });
  if (a.research !== true && combined.includes('research-permission')) out.push({ ruleId: 'hipaa.508b3i-research', path });
  // (b)(3)(ii) binds both sides: a psychotherapy-notes authorization joins
  // only its own kind, and no other authorization joins one.
  if (notes ? combined.some((c) => c !== 'psychotherapy-notes-authorization') : combined.includes('psychotherapy-notes-authorization'))
    out.push({ ruleId: 'hipaa.508b3ii-psychotherapy-notes', path });
  if (on.length > 0 && combined.includes('authorization')) out.push({ ruleId: 'hipaa.508b3iii-conditioned', path });
  if (on.length > 0) {
    const exception = a.conditioned?.exception;
    if (exception === undefined) out.push({ ruleId: 'hipaa.508b4-conditioned', path: ['conditioned', 'on'] });
    else {
      const covers: readonly string[] = EXCEPTION_COVERS[exception];
      const research = exception !== 'research-related-treatment' || a.research === true;
      if (notes || !research || !on.every((c) => covers.includes(c)))
        out.push({ ruleId: EXCEPTION_RULE[exception], path: ['conditioned', 'exception'] });
    }
    if (a.statements?.conditioning === 'may-not-condition')
      out.push({ ruleId: 'hipaa.508c2ii-statement-conditioned', path: ['statements', 'conditioning'] });
  }
}
