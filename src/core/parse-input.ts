import type * as z from 'zod';
import type { InputIssue, InputIssueCode, Locale, ParseFailure } from './types';

/**
 * A table of issue messages, one per code, in each locale.
 *
 * @internal
 * @example
 * ```ts
 * const t: IssueTexts<'invalid_input'> = { invalid_input: { en: 'This value is not valid.', es: 'Este valor no es válido.' } };
 * ```
 */
export type IssueTexts<C extends InputIssueCode = InputIssueCode> = Readonly<Record<C, { readonly en: string; readonly es: string }>>;

/**
 * The messages of the codes the hours entry can produce. It passes this
 * table rather than the whole one, so that it bundles only these texts; the
 * whole table holds these same objects, so every message is written once.
 *
 * @internal
 * @example
 * ```ts
 * HOURS_ISSUE_TEXT.invalid_instant.es; // 'Este no es un instante válido.'
 * ```
 */
export const HOURS_ISSUE_TEXT = {
  invalid_type: { en: 'This value has the wrong type.', es: 'Este valor tiene un tipo incorrecto.' },
  invalid_value: { en: 'This value is not one of the allowed options.', es: 'Este valor no es una de las opciones permitidas.' },
  invalid_format: { en: 'This value is not in the expected format.', es: 'Este valor no tiene el formato esperado.' },
  too_big: { en: 'This value is too long or too large.', es: 'Este valor es demasiado largo o grande.' },
  invalid_date: { en: 'This is not a real calendar date (YYYY-MM-DD).', es: 'Esta no es una fecha de calendario real (AAAA-MM-DD).' },
  date_order: { en: 'These dates are in the wrong order.', es: 'Estas fechas están en el orden incorrecto.' },
  unreadable_input: { en: 'The input could not be read.', es: 'No se pudo leer la entrada.' },
  invalid_input: { en: 'This value is not valid.', es: 'Este valor no es válido.' },
  invalid_instant: { en: 'This is not a valid instant.', es: 'Este no es un instante válido.' },
  invalid_time_zone: { en: 'This is not a known IANA time zone.', es: 'Esta no es una zona horaria IANA conocida.' },
  time_order: { en: 'The end time must be after the start time.', es: 'La hora de fin debe ser posterior a la hora de inicio.' },
} as const satisfies IssueTexts<Exclude<InputIssueCode, 'too_small' | 'date_in_future' | 'invalid_as_of'>>;

/** Every code's message: the hours entry's, and those only the root entry produces. */
const TEXT: IssueTexts = /* @__PURE__ */ Object.assign(
  {
    too_small: { en: 'This value is too short or too small.', es: 'Este valor es demasiado corto o pequeño.' },
    date_in_future: { en: 'This date lies after the as-of date.', es: 'Esta fecha es posterior a la fecha de referencia.' },
    invalid_as_of: { en: 'The as-of option is not a valid date or instant.', es: 'La opción de fecha de referencia no es una fecha o un instante válido.' },
  },
  HOURS_ISSUE_TEXT,
);

/**
 * The zod codes that are ours under another name. Any other zod code is
 * read as itself when it is one of ours (`invalid_type`, `invalid_value`,
 * `invalid_format`, `too_small`, `too_big`: the only zod codes that are, as
 * the tests check on the types), else as `invalid_input` (`custom`,
 * `unrecognized_keys`, `invalid_key`, `invalid_element`).
 */
const ZOD_ALIASES: Readonly<Record<string, InputIssueCode>> = { invalid_union: 'invalid_value', not_multiple_of: 'invalid_value' };

/**
 * Builds one input issue with its message from `texts`.
 *
 * @internal
 * @param texts - the messages (a code outside them is a type error)
 * @param path - where in the input (schema keys and indexes only)
 * @param code - the stable issue code
 * @param locale - language of the message
 * @returns the issue
 *
 * @example
 * ```ts
 * issueWith(HOURS_ISSUE_TEXT, ['at'], 'invalid_instant', 'en').message; // 'This is not a valid instant.'
 * ```
 */
export function issueWith<C extends InputIssueCode>(texts: IssueTexts<C>, path: InputIssue['path'], code: C, locale: Locale): InputIssue {
  return { path, code, message: texts[code][locale] };
}

/**
 * Maps zod issues to PHI-safe input issues with the messages of `texts`:
 * the path keeps only string and number segments (after `prefix`), the
 * code is the one a custom zod issue names in `params.code` when `texts`
 * has it, else the zod code's stable counterpart when `texts` has it, else
 * `invalid_input`, and the message is the library's own, so no value from
 * the input can leak through it.
 *
 * @internal
 * @param texts - the messages (with `invalid_input`)
 * @param issues - zod issues
 * @param locale - language of the messages
 * @param prefix - path segments put before every issue's path
 * @returns the input issues, in the same order
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * const r = z.object({ n: z.number() }).safeParse({ n: 'Jane Doe' });
 * if (!r.success) issuesWith(HOURS_ISSUE_TEXT, r.error.issues, 'en', ['schedule']);
 * // [{ path: ['schedule', 'n'], code: 'invalid_type', message: 'This value has the wrong type.' }]
 * ```
 */
export function issuesWith<C extends InputIssueCode>(
  texts: IssueTexts<C | 'invalid_input'>,
  issues: readonly z.core.$ZodIssue[],
  locale: Locale,
  prefix: InputIssue['path'] = [],
): InputIssue[] {
  return issues.map((issue) => {
    const custom = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
    const code = [custom, ZOD_ALIASES[issue.code] ?? issue.code].find((c): c is C => typeof c === 'string' && Object.hasOwn(texts, c));
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    return issueWith(texts, [...prefix, ...path], code ?? 'invalid_input', locale);
  });
}

/**
 * Parses `input` with `schema` and never throws, with the messages of
 * `texts`: a getter or proxy trap that throws while the input is read gives
 * an `unreadable_input` issue at `prefix`; any other failure gives the
 * schema's issues mapped by {@link issuesWith}.
 *
 * @internal
 * @param texts - the messages (with `unreadable_input` and `invalid_input`)
 * @param schema - the zod schema
 * @param input - anything at all
 * @param locale - language of the issue messages
 * @param prefix - path segments put before every issue's path
 * @returns the parsed data, or the issues
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * parseWith(HOURS_ISSUE_TEXT, z.string(), 42, 'es', ['schedule']);
 * // { success: false, issues: [{ path: ['schedule'], code: 'invalid_type', message: 'Este valor tiene un tipo incorrecto.' }] }
 * ```
 */
export function parseWith<S extends z.ZodType, C extends InputIssueCode>(
  texts: IssueTexts<C | 'unreadable_input' | 'invalid_input'>,
  schema: S,
  input: unknown,
  locale: Locale,
  prefix: InputIssue['path'] = [],
): { readonly success: true; readonly data: z.output<S> } | ParseFailure {
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(input) as z.ZodSafeParseResult<z.output<S>>;
  } catch {
    return { success: false, issues: [issueWith(texts, prefix, 'unreadable_input', locale)] };
  }
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: issuesWith(texts, result.error.issues, locale, prefix) };
}

/**
 * Builds one input issue with the library's own message for `code`, in
 * `locale`. The message never contains the value that caused the issue.
 *
 * @param path - where in the input (schema keys and indexes only)
 * @param code - the stable issue code
 * @param locale - language of the message
 * @returns the issue
 *
 * @internal
 * @example
 * ```ts
 * inputIssue(['asOf'], 'invalid_as_of', 'en').message;
 * // 'The as-of option is not a valid date or instant.'
 * ```
 */
export function inputIssue(path: InputIssue['path'], code: InputIssueCode, locale: Locale = 'en'): InputIssue {
  return issueWith(TEXT, path, code, locale);
}

/**
 * Maps zod issues to PHI-safe input issues: the path keeps only string and
 * number segments, the code is one of {@link InputIssueCode} (a custom zod
 * issue names its code in `params.code`), and the message is the library's
 * own, so no value from the input can leak through it.
 *
 * @param issues - zod issues
 * @param locale - language of the messages
 * @returns the input issues, in the same order
 *
 * @internal
 * @example
 * ```ts
 * import * as z from 'zod';
 * const r = z.object({ n: z.number() }).safeParse({ n: 'Jane Doe' });
 * if (!r.success) toInputIssues(r.error.issues, 'en');
 * // [{ path: ['n'], code: 'invalid_type', message: 'This value has the wrong type.' }]
 * ```
 */
export function toInputIssues(issues: readonly z.core.$ZodIssue[], locale: Locale = 'en'): InputIssue[] {
  return issuesWith(TEXT, issues, locale);
}

/**
 * Parses `input` with `schema` and never throws: a getter or proxy trap that
 * throws while the input is read gives an `unreadable_input` issue; any other
 * failure gives the schema's issues mapped by {@link toInputIssues}.
 *
 * @param schema - the zod schema
 * @param input - anything at all
 * @param locale - language of the issue messages
 * @returns the parsed data, or the issues
 *
 * @internal
 * @example
 * ```ts
 * import * as z from 'zod';
 * parseInput(z.string(), 42, 'en');
 * // { success: false, issues: [{ path: [], code: 'invalid_type', ... }] }
 * ```
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale = 'en',
): { readonly success: true; readonly data: z.output<S> } | ParseFailure {
  return parseWith(TEXT, schema, input, locale);
}
