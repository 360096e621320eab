import * as z from 'zod';
import { inputIssue } from '../../core/parse-input';
import { parseOptions } from '../../core/parse-options';
import type { Locale } from '../../core/locale';
import type { CalendarDate, ParseFailure } from '../../core/types';

const EMAIL = /* @__PURE__ */ (() => z.string().max(254, { abort: true }).trim().pipe(z.email()))();

/**
 * The options of {@link evaluateSubmission} after parsing.
 *
 * @internal
 * @example
 * ```ts
 * const o: ParsedEvaluateOptions = { success: true, locale: ENGLISH, asOf: null, documentManagementEmail: null };
 * ```
 */
export type ParsedEvaluateOptions =
  | {
      readonly success: true;
      readonly locale: Locale;
      readonly asOf: CalendarDate | null;
      readonly documentManagementEmail: string | null;
    }
  | ParseFailure;

/**
 * Reads the options of {@link evaluateSubmission} without throwing: the
 * entry options, then `documentManagementEmail` (a string that is a valid
 * e-mail address, trimmed; issue `invalid_format`, or `invalid_type` for a
 * non-string, at `['options', 'documentManagementEmail']`).
 *
 * @param options - anything given as options
 * @returns the parsed options, or issues
 * @internal
 * @example
 * ```ts
 * parseEvaluateOptions({ documentManagementEmail: 'not an address' }).success; // false
 * ```
 */
export function parseEvaluateOptions(options: unknown): ParsedEvaluateOptions {
  const base = parseOptions(options);
  if (!base.success) return base;
  let email: unknown;
  try {
    email = (options as { documentManagementEmail?: unknown } | null | undefined)?.documentManagementEmail;
  } catch {
    return { success: false, issues: [inputIssue(['options'], 'unreadable_input', base.locale)] };
  }
  if (email === undefined) return { success: true, locale: base.locale, asOf: base.asOf, documentManagementEmail: null };
  const path = ['options', 'documentManagementEmail'];
  if (typeof email !== 'string') return { success: false, issues: [inputIssue(path, 'invalid_type', base.locale)] };
  const parsed = EMAIL.safeParse(email);
  if (!parsed.success) return { success: false, issues: [inputIssue(path, 'invalid_format', base.locale)] };
  return { success: true, locale: base.locale, asOf: base.asOf, documentManagementEmail: parsed.data };
}
