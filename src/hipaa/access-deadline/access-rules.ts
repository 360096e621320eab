import * as z from 'zod';
import { addDays, civilFromDays, toDayNumber } from '../../core/calendar-date';
import { parseInput } from '../../core/parse-input';
import type { CalendarDate, InputPath, ParseFailure, RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import { authorizationDateSchema } from '../authorization-date';
import { accessExtensionSchema, type ParsedAccessExtension } from './access-schema';
import { deepFreeze } from '../../core/deep-freeze';

const BOTH = ['seed', '2025-10-18'] as const;

/**
 * Calendar days to act on a request for access (45 CFR 164.524(b)(2)).
 *
 * @category Rules
 * @example
 * ```ts
 * import { ACCESS_DAYS } from 'duke-records-rules';
 * ACCESS_DAYS; // 30
 * ```
 */
export const ACCESS_DAYS = 30;

/**
 * The most calendar days one extension may add (45 CFR 164.524(b)(2)(ii)).
 *
 * @category Rules
 * @example
 * ```ts
 * import { ACCESS_EXTENSION_DAYS } from 'duke-records-rules';
 * ACCESS_EXTENSION_DAYS; // 30
 * ```
 */
export const ACCESS_EXTENSION_DAYS = 30;

/**
 * Catalog entries of 45 CFR 164.524(b)(2): the 30-day deadline to act on a
 * request for access, and its one extension of at most 30 days with a
 * written notice given inside the first 30. Federal rules: they hold in
 * every edition of the Duke pages.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { HIPAA_ACCESS_RULES } from 'duke-records-rules/catalog';
 * HIPAA_ACCESS_RULES[0].id; // 'access.30-days'
 * ```
 */
export const HIPAA_ACCESS_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
  {
    id: 'access.30-days',
    area: 'hipaa-access',
    severity: 'error',
    summary: 'A covered entity must act on a request for access no later than 30 calendar days after it receives the request.',
    source: cite(SOURCES.cfr164_524, '(b)(2)'),
    editions: BOTH,
    ambiguity: {
      note: '"No later than 30 days after receipt" does not say how the days are counted.',
      reading:
        'Calendar days, the day of receipt not counted: a request received on 2026-01-05 is due by 2026-02-04. Weekends and holidays count, so the deadline is never later than the regulation allows.',
    },
  },
  {
    id: 'access.extension-30',
    area: 'hipaa-access',
    severity: 'error',
    summary:
      'The deadline may be extended once, by no more than 30 days: the date given in the extension notice may not lie more than 60 days after receipt.',
    source: cite(SOURCES.cfr164_524, '(b)(2)(ii)'),
    editions: BOTH,
    ambiguity: {
      note: 'The regulation caps the extension at 30 days but does not say what happens when the notice promises a later date.',
      reading:
        'The deadline is the date the notice gives, capped at 60 days after receipt; a later date is reported. A date on or before the 30-day deadline extends nothing.',
    },
  },
  {
    id: 'access.extension-notice-late',
    area: 'hipaa-access',
    severity: 'error',
    summary:
      'The written notice of an extension must be given within the first 30 days after receipt; a notice given later does not extend the deadline.',
    source: cite(SOURCES.cfr164_524, '(b)(2)(ii)(A)'),
    editions: BOTH,
  },
  {
    id: 'access.extension-notice-incomplete',
    area: 'hipaa-access',
    severity: 'error',
    summary:
      'The written notice of an extension must state the reasons for the delay and the date by which the action will be completed; a notice lacking either does not extend the deadline.',
    source: cite(SOURCES.cfr164_524, '(b)(2)(ii)(A)'),
    editions: BOTH,
  },
  {
    id: 'access.second-extension-refused',
    area: 'hipaa-access',
    severity: 'error',
    summary: 'Only one extension is allowed for a request for access: a second extension does not extend the deadline.',
    source: cite(SOURCES.cfr164_524, '(b)(2)(ii)(B)'),
    editions: BOTH,
    ambiguity: {
      note: 'The regulation allows "only one such extension" but does not say whether a later notice may replace a first one that was not valid.',
      reading: 'Only the first extension notice given can extend the deadline; every later one is refused, even when the first was not valid.',
    },
  },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * The id of a rule of 45 CFR 164.524(b)(2).
 *
 * @category Rules
 * @example
 * ```ts
 * import type { HipaaAccessRuleId } from 'duke-records-rules';
 * const id: HipaaAccessRuleId = 'access.extension-30';
 * ```
 */
export type HipaaAccessRuleId = (typeof HIPAA_ACCESS_RULES)[number]['id'];

/**
 * The deadline to act on a request for access, computed from parsed dates.
 *
 * @category Rules
 * @example
 * ```ts
 * import { computeAccessDeadline, type AccessDeadlineComputation } from 'duke-records-rules';
 * const c = computeAccessDeadline('2026-01-05', []);
 * const ok: AccessDeadlineComputation | null = c.success ? c : null;
 * ok?.dueOn; // '2026-02-04'
 * ```
 */
export interface AccessDeadlineComputation {
  /** The last calendar day on which the action is on time. */
  readonly dueOn: CalendarDate;
  /** Whether a valid extension moved the deadline past the 30th day. */
  readonly extended: boolean;
  /** The rules the deadline rests on: the 30-day rule, plus the extension rule when extended. */
  readonly ruleIds: readonly HipaaAccessRuleId[];
  /** Defects of the extension notices, each with its path in the options. */
  readonly defects: readonly { readonly ruleId: HipaaAccessRuleId; readonly path: InputPath }[];
}

const ComputeInputSchema = /* @__PURE__ */ (() =>
  z.object({ receivedOn: authorizationDateSchema, extensions: z.array(accessExtensionSchema).max(10) }))();

/**
 * The deadline of 45 CFR 164.524(b)(2) in calendar days: receipt + 30; with
 * a valid first extension (written notice given on or before the 30th day,
 * stating the reason and an expected date), the expected date, capped at
 * receipt + 60 (a later date is reported), never earlier than receipt + 30.
 * A notice given late or lacking a reason or a date is reported and does not
 * extend; every extension after the first is refused. The deadline is never
 * later than receipt + 60. Pure date arithmetic: no `Date`, no host zone.
 *
 * Any value is accepted: `receivedOn` must be a real `YYYY-MM-DD` date and
 * `extensions` an array (at most 10) of extension notices
 * ({@link accessExtensionSchema}); anything else is an input issue, never a
 * throw or a NaN date.
 *
 * @param receivedOn - the day the request was received (`YYYY-MM-DD`)
 * @param extensions - the extension notices, in the order given (defect paths point at `['options', 'extensions', i]`)
 * @returns the due date, whether it was extended, the rules it rests on, and the defects; or the input issues
 *
 * @category Rules
 * @example
 * ```ts
 * import { computeAccessDeadline } from 'duke-records-rules';
 * const c = computeAccessDeadline('2026-01-05', [{ writtenNoticeOn: '2026-02-01', reasonStated: true, expectedOn: '2026-03-01' }]);
 * c.success && c.dueOn; // '2026-03-01'
 * computeAccessDeadline('2026-02-30', []).success; // false (issue code 'invalid_date')
 * ```
 */
export function computeAccessDeadline(
  receivedOn: unknown,
  extensions: unknown = [],
): (AccessDeadlineComputation & { readonly success: true }) | ParseFailure {
  const parsed = parseInput(ComputeInputSchema, { receivedOn, extensions });
  return parsed.success ? { success: true, ...accessComputation(parsed.data.receivedOn, parsed.data.extensions) } : parsed;
}

/**
 * `computeAccessDeadline` on parsed dates (what `accessDeadline` calls once
 * its input is parsed).
 *
 * @internal
 * @example
 * ```ts
 * accessComputation('2026-01-05' as CalendarDate, []).dueOn; // '2026-02-04'
 * ```
 */
export function accessComputation(
  receivedOn: CalendarDate,
  extensions: readonly ParsedAccessExtension[],
): AccessDeadlineComputation {
  const base = addDays(receivedOn, ACCESS_DAYS);
  const cap = addDays(base, ACCESS_EXTENSION_DAYS);
  const defects: { ruleId: HipaaAccessRuleId; path: InputPath }[] = [];
  let dueOn = base;
  const [first, ...later] = extensions;
  if (first !== undefined) {
    const path = ['options', 'extensions', 0] as const;
    const late = toDayNumber(first.writtenNoticeOn) > toDayNumber(base);
    if (late) defects.push({ ruleId: 'access.extension-notice-late', path: [...path, 'writtenNoticeOn'] });
    // A notice extends only when it states both the reason and the date.
    const expectedOn = first.reasonStated === true ? first.expectedOn : undefined;
    if (expectedOn === undefined) defects.push({ ruleId: 'access.extension-notice-incomplete', path });
    else if (!late) {
      const expected = toDayNumber(expectedOn);
      const capDay = toDayNumber(cap);
      if (expected > capDay) defects.push({ ruleId: 'access.extension-30', path: [...path, 'expectedOn'] });
      // the expected date, clamped to [base, cap] (dates are canonical: `dueOn !== base` below compares days)
      dueOn = civilFromDays(Math.min(Math.max(expected, toDayNumber(base)), capDay));
    }
  }
  later.forEach((_, i) => defects.push({ ruleId: 'access.second-extension-refused', path: ['options', 'extensions', i + 1] }));
  const extended = dueOn !== base;
  return { dueOn, extended, ruleIds: extended ? ['access.30-days', 'access.extension-30'] : ['access.30-days'], defects };
}
