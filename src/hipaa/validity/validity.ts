import type { CalendarDate, RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import type { Authorization } from '../authorization/authorization-schema';
import type { DefectSink } from '../defect';
import { deepFreeze } from '../../core/deep-freeze';

const BOTH = ['seed', '2025-10-18'] as const;

/**
 * Catalog entries of 45 CFR 164.508(b)(2) and (b)(5): what makes an
 * authorization that is filled out completely still not valid on a given
 * day — it has expired, it was revoked, or material information in it is
 * known to be false. (The defects of (b)(2)(ii), an element not filled out,
 * are the rules of 164.508(c); those of (b)(2)(iv) are the compound and
 * conditioning rules of (b)(3) and (b)(4).) Every one of them makes the
 * authorization not valid: severity `error`.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { HIPAA_VALIDITY_RULES } from 'duke-records-rules/catalog';
 * HIPAA_VALIDITY_RULES.map((r) => r.source.section);
 * // ['(b)(2)(i)', '(b)(2)(i)', '(b)(2)(iii)', '(b)(5)', '(b)(2)(v)']
 * ```
 */
export const HIPAA_VALIDITY_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'hipaa.508b2i-expired',
      area: 'hipaa-validity',
      severity: 'error',
      summary: 'An authorization is not valid once its expiration date has passed or its expiration event is known to have occurred.',
      source: cite(SOURCES.cfr164_508, '(b)(2)(i)'),
      editions: BOTH,
      ambiguity: {
        note: 'The regulation says the expiration date "has passed"; it does not say whether the authorization still holds on that date itself.',
        reading: 'The authorization holds through its expiration date and is not valid from the next day on.',
      },
    },
    {
      id: 'hipaa.508b2i-expiry-undecided',
      area: 'hipaa-validity',
      severity: 'error',
      summary:
        'Whether an expiration date has passed depends on the day of the disclosure: an authorization with an expiration date is valid only for a day given (asOf) on or before it.',
      source: cite(SOURCES.cfr164_508, '(b)(2)(i)'),
      editions: BOTH,
      ambiguity: {
        note: 'Validity under (b)(2)(i) is a question about a day; a check made without one cannot answer it for an expiration date.',
        reading:
          'Without `asOf`, an authorization that expires on a date is reported as not valid (this rule), so a caller who forgot the day never reads "valid" for an authorization that may have expired. An expiration event, or "none" for research, needs no day.',
      },
    },
    {
      id: 'hipaa.508b2iii-revoked',
      area: 'hipaa-validity',
      severity: 'error',
      summary: 'An authorization is not valid once it is known to have been revoked (in writing) on or before the day of the disclosure.',
      source: cite(SOURCES.cfr164_508, '(b)(2)(iii)'),
      editions: BOTH,
    },
    {
      id: 'hipaa.508b5-revocation-in-writing',
      area: 'hipaa-validity',
      severity: 'error',
      summary:
        'An individual may revoke an authorization at any time, provided that the revocation is in writing: a revocation known to the covered entity but not in writing is to be put in writing.',
      source: cite(SOURCES.cfr164_508, '(b)(5)'),
      editions: BOTH,
      ambiguity: {
        note: 'The regulation makes a revocation effective when it is in writing; it does not say what a covered entity does with a revocation it knows of that was only spoken.',
        reading:
          'A known revocation not (yet) in writing makes the authorization not valid in this check: a disclosure held back can be made once the individual confirms in writing or withdraws the revocation; a disclosure made against a revocation cannot be undone. The (b)(5) exceptions (action already taken in reliance, insurance contests) concern what was done before and are not decided here.',
      },
    },
    {
      id: 'hipaa.508b2v-known-false',
      area: 'hipaa-validity',
      severity: 'error',
      summary: 'An authorization is not valid if any material information in it is known by the covered entity to be false.',
      source: cite(SOURCES.cfr164_508, '(b)(2)(v)'),
      editions: BOTH,
    },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * The id of a rule of 45 CFR 164.508(b)(2) and (b)(5).
 *
 * @category Rules
 * @example
 * ```ts
 * import type { HipaaValidityRuleId } from 'duke-records-rules';
 * const id: HipaaValidityRuleId = 'hipaa.508b2iii-revoked';
 * ```
 */
export type HipaaValidityRuleId = (typeof HIPAA_VALIDITY_RULES)[number]['id'];

/**
 * Appends to `out` the (b)(2)(i), (iii), (v) and (b)(5) defects of a parsed
 * authorization on `asOf` (or, with `asOf` null, on no given day): expired
 * (the date before `asOf`, or the event known to have occurred), no day to
 * decide an expiration date on, revoked on or before `asOf` in writing or
 * not in writing, material information known to be false.
 *
 * @internal
 * @example
 * ```ts
 * const out: Defect<HipaaValidityRuleId>[] = [];
 * validityDefects({ knownFalse: true }, '2026-06-01', out);
 * out[0]?.ruleId; // 'hipaa.508b2v-known-false'
 * ```
 */
export function validityDefects(a: Authorization, asOf: CalendarDate | null, out: DefectSink<HipaaValidityRuleId>): void {
  const { expiration, revocation } = a;
  if (expiration?.kind === 'date') {
    if (asOf === null) out.push({ ruleId: 'hipaa.508b2i-expiry-undecided', path: ['expiration', 'date'] });
    else if (expiration.date < asOf) out.push({ ruleId: 'hipaa.508b2i-expired', path: ['expiration', 'date'] });
  } else if (expiration?.kind === 'event' && expiration.occurred === true)
    out.push({ ruleId: 'hipaa.508b2i-expired', path: ['expiration', 'occurred'] });
  if (revocation !== undefined && revocation.revokedOn <= (asOf ?? revocation.revokedOn))
    out.push(
      revocation.inWriting
        ? { ruleId: 'hipaa.508b2iii-revoked', path: ['revocation'] }
        : { ruleId: 'hipaa.508b5-revocation-in-writing', path: ['revocation', 'inWriting'] },
    );
  if (a.knownFalse === true) out.push({ ruleId: 'hipaa.508b2v-known-false', path: ['knownFalse'] });
}
