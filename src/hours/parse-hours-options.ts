import { inputIssue } from '../core/parse-input';
import { ENGLISH, isLocale, type Locale } from '../core/locale';
import type { ParseFailure } from '../core/types';

/**
 * Reads {@link HoursOptions} given by an untyped caller without throwing:
 * the locale (default English). Anything else than `undefined`, `null` or
 * an object with `locale` unset or a locale value gives an `invalid_value` issue at
 * `['options']` (`unreadable_input` when reading it throws). The hours
 * entry reads no `asOf`: every hours function takes its instants as
 * arguments.
 *
 * @internal
 * @param options - anything
 * @returns the locale, or the issues
 *
 * @example
 * ```ts
 * parseHoursOptions({ locale: es }).success; // true
 * parseHoursOptions({ locale: 'es' }).success; // false: locales are values
 * ```
 */
export function parseHoursOptions(options: unknown): { readonly success: true; readonly locale: Locale } | ParseFailure {
  let locale: unknown;
  try {
    locale = (options as { locale?: unknown } | null | undefined)?.locale;
  } catch {
    return { success: false, issues: [inputIssue(['options'], 'unreadable_input')] };
  }
  return (locale === undefined || isLocale(locale)) && (options == null || typeof options === 'object')
    ? { success: true, locale: locale ?? ENGLISH }
    : { success: false, issues: [inputIssue(['options'], 'invalid_value')] };
}
