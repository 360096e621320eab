import { HOURS_ISSUE_TEXT, issueWith } from '../core/parse-input';
import type { Locale, ParseFailure } from '../core/types';

/**
 * Reads {@link HoursOptions} given by an untyped caller without throwing:
 * the locale (default `en`). Anything else than `undefined`, `null` or an
 * object with `locale` unset, `en` or `es` gives an `invalid_value` issue at
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
 * parseHoursOptions({ locale: 'es' }); // { success: true, locale: 'es' }
 * parseHoursOptions({ locale: 'fr' }).success; // false
 * ```
 */
export function parseHoursOptions(options: unknown): { readonly success: true; readonly locale: Locale } | ParseFailure {
  let locale: unknown;
  try {
    locale = (options as { locale?: unknown } | null | undefined)?.locale;
  } catch {
    return { success: false, issues: [issueWith(HOURS_ISSUE_TEXT, ['options'], 'unreadable_input', 'en')] };
  }
  return (locale === undefined || locale === 'en' || locale === 'es') && (options == null || typeof options === 'object')
    ? { success: true, locale: locale ?? 'en' }
    : { success: false, issues: [issueWith(HOURS_ISSUE_TEXT, ['options'], 'invalid_value', 'en')] };
}
