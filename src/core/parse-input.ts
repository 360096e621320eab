import type * as z from 'zod';
import type { InputIssue, InputIssueCode, Locale, ParseFailure } from './types';

const TEXT: Readonly<Record<InputIssueCode, { readonly en: string; readonly es: string }>> = {
  invalid_type: { en: 'This value has the wrong type.', es: 'Este valor tiene un tipo incorrecto.' },
  invalid_value: { en: 'This value is not one of the allowed options.', es: 'Este valor no es una de las opciones permitidas.' },
  invalid_format: { en: 'This value is not in the expected format.', es: 'Este valor no tiene el formato esperado.' },
  too_small: { en: 'This value is too short or too small.', es: 'Este valor es demasiado corto o pequeño.' },
  too_big: { en: 'This value is too long or too large.', es: 'Este valor es demasiado largo o grande.' },
  invalid_date: { en: 'This is not a real calendar date (YYYY-MM-DD).', es: 'Esta no es una fecha de calendario real (AAAA-MM-DD).' },
  date_in_future: { en: 'This date lies after the as-of date.', es: 'Esta fecha es posterior a la fecha de referencia.' },
  date_order: { en: 'These dates are in the wrong order.', es: 'Estas fechas están en el orden incorrecto.' },
  invalid_as_of: { en: 'The as-of option is not a valid date or instant.', es: 'La opción de fecha de referencia no es una fecha o un instante válido.' },
  unreadable_input: { en: 'The input could not be read.', es: 'No se pudo leer la entrada.' },
  invalid_input: { en: 'This value is not valid.', es: 'Este valor no es válido.' },
  invalid_instant: { en: 'This is not a valid instant.', es: 'Este no es un instante válido.' },
  invalid_time_zone: { en: 'This is not a known IANA time zone.', es: 'Esta no es una zona horaria IANA conocida.' },
  time_order: { en: 'The end time must be after the start time.', es: 'La hora de fin debe ser posterior a la hora de inicio.' },
};

const ZOD_CODES: Readonly<Record<string, InputIssueCode>> = {
  invalid_type: 'invalid_type',
  invalid_value: 'invalid_value',
  invalid_union: 'invalid_value',
  invalid_format: 'invalid_format',
  too_small: 'too_small',
  too_big: 'too_big',
  not_multiple_of: 'invalid_value',
};

const isIssueCode = (code: unknown): code is InputIssueCode =>
  typeof code === 'string' && Object.hasOwn(TEXT, code);

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
  return { path, code, message: TEXT[code][locale] };
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
  return issues.map((issue) => {
    const custom = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
    const code: InputIssueCode = isIssueCode(custom) ? custom : (ZOD_CODES[issue.code] ?? 'invalid_input');
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    return inputIssue(path, code, locale);
  });
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
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(input) as z.ZodSafeParseResult<z.output<S>>;
  } catch {
    return { success: false, issues: [inputIssue([], 'unreadable_input', locale)] };
  }
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: toInputIssues(result.error.issues, locale) };
}
