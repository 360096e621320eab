import * as z from 'zod';
import { resolveAsOf, toDayNumber } from '../../core/calendar-date';
import type { Finding } from '../../core/finding';
import { inputIssue, parseInput } from '../../core/parse-input';
import { parseOptions, type EntryOptions } from '../../core/parse-options';
import type { CalendarDate, InputIssue, ParseFailure } from '../../core/types';
import { localeTexts } from '../../core/locale';
import { HIPAA_ACCESS_MESSAGES_EN } from './messages.en';
import { accessOptionsSchema, type AccessExtension } from './access-schema';
import { accessComputation, type HipaaAccessRuleId } from './access-rules';
import { HIPAA_ACCESS_SEVERITY } from './severity';


/**
 * The day of receipt, read as `asOf` is: a calendar date `YYYY-MM-DD`, or an
 * instant (an ISO string with offset, epoch milliseconds, a `Date`) read as
 * the calendar day in America/New_York, where the hospital receives it.
 */
const ReceivedOnSchema = /* @__PURE__ */ (() =>
  z.unknown().transform((value, ctx): CalendarDate => {
    // Surrounding spaces are trimmed, as the other dates' are.
    const date = resolveAsOf(typeof value === 'string' && value.length <= 64 ? value.trim() : value);
    if (date !== null) return date;
    const code = typeof value === 'string' ? (value.length > 40 ? 'too_big' : 'invalid_date') : typeof value === 'number' ? 'invalid_date' : 'invalid_type';
    ctx.addIssue({ code: 'custom', params: { code } });
    return z.NEVER;
  }))();

const InputSchema = /* @__PURE__ */ (() =>
  z.object({ receivedOn: ReceivedOnSchema, options: accessOptionsSchema }))();

/**
 * Options of {@link accessDeadline}: the entry options (`locale`, `asOf`) and
 * the extension notices given for the request, in the order given.
 *
 * @category Check
 * @example
 * ```ts
 * import type { AccessDeadlineOptions } from 'duke-records-rules';
 * const o: AccessDeadlineOptions = {
 *   asOf: '2026-02-10',
 *   extensions: [{ writtenNoticeOn: '2026-02-01', reasonStated: true, expectedOn: '2026-03-01' }],
 * };
 * ```
 */
export interface AccessDeadlineOptions extends EntryOptions {
  readonly extensions?: readonly AccessExtension[];
}

/**
 * What {@link accessDeadline} returns for valid input: the due date, whether
 * a valid extension moved it, the days left on `asOf` (negative once past;
 * `null` without `asOf`), the rules the date rests on, and findings for every
 * defective or refused extension. Holds no date the caller gave.
 *
 * @category Check
 * @example
 * ```ts
 * import { accessDeadline, type AccessDeadline } from 'duke-records-rules';
 * const r = accessDeadline('2026-01-05', { asOf: '2026-01-25' });
 * if (r.success) {
 *   const d: AccessDeadline = r;
 *   d.daysRemaining; // 10
 * }
 * ```
 */
export interface AccessDeadline {
  readonly success: true;
  /** The last calendar day on which acting on the request is on time. */
  readonly dueOn: CalendarDate;
  /** Whether a valid extension moved the deadline past the 30th day. */
  readonly extended: boolean;
  /** Calendar days from `asOf` to `dueOn` (0 on the due date, negative after); `null` without `asOf`. */
  readonly daysRemaining: number | null;
  /** `['access.30-days']`, plus `'access.extension-30'` when extended. */
  readonly ruleIds: readonly HipaaAccessRuleId[];
  /** One finding per late, incomplete, too long or refused extension notice. */
  readonly findings: readonly Finding<HipaaAccessRuleId>[];
}

/**
 * The date by which a covered entity must act on a request for access
 * (45 CFR 164.524(b)(2)): 30 calendar days after the day of receipt; with one
 * valid extension (a written notice given on or before that 30th day, stating
 * the reason and the expected date), the expected date, never more than 60
 * days after receipt. A late or incomplete notice gives a finding and does
 * not extend; a second extension is refused with a finding. Dates are
 * calendar dates `YYYY-MM-DD`; the day of receipt may also be given as
 * `asOf` is (an instant, read as its day in America/New_York), so the answer
 * is the same in every host time zone. Never throws: invalid input gives
 * `{ success: false, issues }` (a notice dated before the receipt is a
 * `date_order` issue; a receipt after `asOf`, a `date_in_future` issue).
 *
 * @param receivedOn - the day the request was received: `YYYY-MM-DD`, or an instant (ISO string with offset, epoch milliseconds, `Date`)
 * @param options - `locale`, `asOf` (for `daysRemaining`), `extensions`
 * @returns the deadline, or the input issues
 *
 * @category Check
 * @example
 * ```ts
 * import { accessDeadline } from 'duke-records-rules';
 * const plain = accessDeadline('2026-01-05');
 * plain.success && plain.dueOn; // '2026-02-04'
 * const extended = accessDeadline('2026-01-05', {
 *   extensions: [{ writtenNoticeOn: '2026-02-03', reasonStated: true, expectedOn: '2026-03-20' }],
 * });
 * extended.success && extended.dueOn; // '2026-03-06' (capped at receipt + 60)
 * extended.success && extended.findings[0]?.ruleId; // 'access.extension-30'
 * ```
 */
export function accessDeadline(receivedOn: unknown, options?: AccessDeadlineOptions): AccessDeadline | ParseFailure {
  const opts = parseOptions(options);
  if (!opts.success) return opts;
  const { locale, asOf } = opts;
  const parsed = parseInput(InputSchema, { receivedOn, options: options ?? {} }, locale);
  if (!parsed.success) return parsed;
  const received = parsed.data.receivedOn;
  const extensions = parsed.data.options.extensions ?? [];
  const issues: InputIssue[] = [];
  if (asOf !== null && toDayNumber(received) > toDayNumber(asOf)) issues.push(inputIssue(['receivedOn'], 'date_in_future', locale));
  extensions.forEach((e, i) => {
    if (toDayNumber(e.writtenNoticeOn) < toDayNumber(received))
      issues.push(inputIssue(['options', 'extensions', i, 'writtenNoticeOn'], 'date_order', locale));
  });
  if (issues.length > 0) return { success: false, issues };
  const { dueOn, extended, ruleIds, defects } = accessComputation(received, extensions);
  const texts = localeTexts(locale, 'rules', HIPAA_ACCESS_MESSAGES_EN);
  return {
    success: true,
    dueOn,
    extended,
    daysRemaining: asOf === null ? null : toDayNumber(dueOn) - toDayNumber(asOf),
    ruleIds,
    findings: defects.map((d) => ({ ruleId: d.ruleId, severity: HIPAA_ACCESS_SEVERITY[d.ruleId], message: texts[d.ruleId], path: d.path })),
  };
}
