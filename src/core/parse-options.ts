import { resolveAsOf } from './calendar-date';
import { inputIssue } from './parse-input';
import { ENGLISH, isLocale, type Locale } from './locale';
import type { AsOf, CalendarDate, InputIssue, ParseFailure } from './types';

/**
 * Options every entry point takes.
 *
 * @category Shared
 * @example
 * ```ts
 * import type { EntryOptions } from 'duke-records-rules';
 * import { es } from 'duke-records-rules/locales/es';
 * const o: EntryOptions = { locale: es, asOf: '2026-11-25' };
 * ```
 */
export interface EntryOptions {
  /**
   * Language of messages, steps and issues, as a value
   * (`import { es } from 'duke-records-rules/locales/es'`); English when
   * omitted.
   */
  readonly locale?: Locale;
  /**
   * The date the question is about: selects the directory edition and is the
   * "today" of date checks (a date of birth may not lie after it). Omitted:
   * the newest edition, and no date is checked against "today".
   */
  readonly asOf?: AsOf;
}

/**
 * Options after parsing: the locale, and `asOf` as a calendar date in
 * America/New_York (`null` when omitted).
 *
 * @internal
 * @example
 * ```ts
 * parseOptions({ asOf: '2026-11-25' }); // { success: true, locale: ENGLISH, asOf: '2026-11-25' }
 * ```
 */
export type ParsedOptions = { readonly success: true; readonly locale: Locale; readonly asOf: CalendarDate | null } | ParseFailure;

/**
 * Reads entry-point options given by untyped callers without throwing. A
 * locale that is not a locale value (a string such as `'es'` included)
 * gives an `invalid_value` issue at `['options', 'locale']` (messages then
 * in English); an invalid `asOf` an `invalid_as_of` issue at
 * `['options', 'asOf']`.
 *
 * @internal
 * @example
 * ```ts
 * parseOptions({ locale: 'es' }).success; // false: pass the `es` value
 * ```
 */
export function parseOptions(options: unknown): ParsedOptions {
  if (options === undefined || options === null) return { success: true, locale: ENGLISH, asOf: null };
  if (typeof options !== 'object') return { success: false, issues: [inputIssue(['options'], 'invalid_type')] };
  let locale: unknown;
  let asOf: unknown;
  try {
    ({ locale, asOf } = options as { locale?: unknown; asOf?: unknown });
  } catch {
    return { success: false, issues: [inputIssue(['options'], 'unreadable_input')] };
  }
  const issues: InputIssue[] = [];
  const okLocale: Locale = isLocale(locale) ? locale : ENGLISH;
  if (locale !== undefined && okLocale !== locale) issues.push(inputIssue(['options', 'locale'], 'invalid_value'));
  const date = asOf === undefined ? null : resolveAsOf(asOf);
  if (asOf !== undefined && date === null) issues.push(inputIssue(['options', 'asOf'], 'invalid_as_of', okLocale));
  return issues.length > 0 ? { success: false, issues } : { success: true, locale: okLocale, asOf: date };
}
