import type * as z from 'zod';
import { ENGLISH, localeText, type Locale } from './locale';
import type { InputIssue, InputIssueCode, ParseFailure } from './types';

/**
 * The English message of every issue code (the `issues` section of a
 * locale gives other languages).
 *
 * @internal
 * @example
 * ```ts
 * ISSUES_EN.invalid_instant; // 'This is not a valid instant.'
 * ```
 */
export const ISSUES_EN: Readonly<Record<InputIssueCode, string>> = {
  invalid_type: 'This value has the wrong type.',
  invalid_value: 'This value is not one of the allowed options.',
  invalid_format: 'This value is not in the expected format.',
  too_small: 'This value is too short or too small.',
  too_big: 'This value is too long or too large.',
  invalid_date: 'This is not a real calendar date (YYYY-MM-DD).',
  date_order: 'These dates are in the wrong order.',
  date_in_future: 'This date lies after the as-of date.',
  invalid_as_of: 'The as-of option is not a valid date or instant.',
  unreadable_input: 'The input could not be read.',
  invalid_input: 'This value is not valid.',
  invalid_instant: 'This is not a valid instant.',
  invalid_time_zone: 'This is not a known IANA time zone.',
  time_order: 'The end time must be after the start time.',
  unknown_id: 'No item has this id (check its spelling).',
};

/**
 * The zod codes that are ours under another name. Any other zod code is
 * read as itself when it is one of ours (`invalid_type`, `invalid_value`,
 * `invalid_format`, `too_small`, `too_big`: the only zod codes that are, as
 * the tests check on the types), else as `invalid_input` (`custom`,
 * `unrecognized_keys`, `invalid_key`, `invalid_element`).
 */
const ZOD_ALIASES: Readonly<Record<string, InputIssueCode>> = { invalid_union: 'invalid_value', not_multiple_of: 'invalid_value' };

/** The message of an issue code in a locale. */
const issueText = (locale: Locale, code: InputIssueCode): string => localeText(locale, 'issues', code, ISSUES_EN[code]);

/**
 * Builds one input issue with the library's own message for `code`, in
 * `locale`. The message never contains the value that caused the issue.
 *
 * @param path - where in the input (schema keys and indexes only)
 * @param code - the stable issue code
 * @param locale - language of the message (English when omitted)
 * @returns the issue
 *
 * @internal
 * @example
 * ```ts
 * inputIssue(['asOf'], 'invalid_as_of').message;
 * // 'The as-of option is not a valid date or instant.'
 * ```
 */
export function inputIssue(path: InputIssue['path'], code: InputIssueCode, locale: Locale = ENGLISH): InputIssue {
  return { path, code, message: issueText(locale, code) };
}

/**
 * Maps zod issues to PHI-safe input issues: the path keeps only string and
 * number segments (after `prefix`), the code is the one a custom zod issue
 * names in `params.code` when it is one of {@link InputIssueCode}, else the
 * zod code's stable counterpart, else `invalid_input`; the message is the
 * library's own, so no value from the input can leak through it.
 *
 * @param issues - zod issues
 * @param locale - language of the messages (English when omitted)
 * @param prefix - path segments put before every issue's path
 * @returns the input issues, in the same order
 *
 * @internal
 * @example
 * ```ts
 * import * as z from 'zod';
 * const r = z.object({ n: z.number() }).safeParse({ n: 'Jane Doe' });
 * if (!r.success) toInputIssues(r.error.issues, ENGLISH, ['schedule']);
 * // [{ path: ['schedule', 'n'], code: 'invalid_type', message: 'This value has the wrong type.' }]
 * ```
 */
export function toInputIssues(issues: readonly z.core.$ZodIssue[], locale: Locale = ENGLISH, prefix: InputIssue['path'] = []): InputIssue[] {
  return issues.map((issue) => {
    const custom = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
    const code = [custom, ZOD_ALIASES[issue.code] ?? issue.code].find(
      (c): c is InputIssueCode => typeof c === 'string' && Object.hasOwn(ISSUES_EN, c),
    );
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    const resolved = code ?? 'invalid_input';
    return { path: [...prefix, ...path], code: resolved, message: issueText(locale, resolved) };
  });
}

/**
 * Parses `input` with `schema` and never throws: a getter or proxy trap that
 * throws while the input is read (by the parse, or by zod wording its error,
 * which reads a nested value again) gives an `unreadable_input` issue at
 * `prefix`; any other failure gives the schema's issues mapped by
 * {@link toInputIssues}.
 *
 * @param schema - the zod schema
 * @param input - anything at all
 * @param locale - language of the issue messages (English when omitted)
 * @param prefix - path segments put before every issue's path
 * @returns the parsed data, or the issues
 *
 * @internal
 * @example
 * ```ts
 * import * as z from 'zod';
 * parseInput(z.string(), 42);
 * // { success: false, issues: [{ path: [], code: 'invalid_type', message: 'This value has the wrong type.' }] }
 * ```
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale = ENGLISH,
  prefix: InputIssue['path'] = [],
): { readonly success: true; readonly data: z.output<S> } | ParseFailure {
  let issues: readonly z.core.$ZodIssue[];
  try {
    const result = schema.safeParse(input) as z.ZodSafeParseResult<z.output<S>>;
    if (result.success) return { success: true, data: result.data };
    // zod builds the error lazily and reads the input again to word it: inside the try too
    issues = result.error.issues;
  } catch {
    return { success: false, issues: [inputIssue(prefix, 'unreadable_input', locale)] };
  }
  return { success: false, issues: toInputIssues(issues, locale, prefix) };
}
