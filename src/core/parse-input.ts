import type * as z from 'zod';
import { ENGLISH, localeText, type Locale } from './locale';
import { render } from './fill';
import type { InputExpected, InputIssue, InputIssueCode, InputLimit, ParseFailure } from './types';

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
  missing: 'This field is required.',
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
 * The English texts of the issue details, in the `issues` section beside
 * the codes: message templates (`{expected}`, `{allowed}`, `{limit}`) and
 * the words of every {@link InputExpected}. A locale that gives a code's
 * message but not its detailed template keeps its own (generic) message.
 *
 * @internal
 * @example
 * ```ts
 * ISSUE_DETAILS_EN['too_small.value']; // 'This value must be at least {limit}.'
 * ```
 */
export const ISSUE_DETAILS_EN = {
  'invalid_type.expected': 'This value must be {expected}.',
  'invalid_value.allowed': 'This value must be one of: {allowed}.',
  'too_small.value': 'This value must be at least {limit}.',
  'too_small.value.exclusive': 'This value must be greater than {limit}.',
  'too_small.length': 'This value must be at least {limit} characters long.',
  'too_small.length.one': 'This value must not be empty.',
  'too_small.items': 'This list must have at least {limit} items.',
  'too_small.items.one': 'This list must have at least one item.',
  'too_big.value': 'This value must be at most {limit}.',
  'too_big.value.exclusive': 'This value must be less than {limit}.',
  'too_big.length': 'This value must be at most {limit} characters long.',
  'too_big.items': 'This list must have at most {limit} items.',
  'expected.string': 'text',
  'expected.number': 'a number',
  'expected.integer': 'a whole number',
  'expected.boolean': 'true or false',
  'expected.array': 'a list',
  'expected.object': 'an object',
  'expected.date': 'a date (YYYY-MM-DD)',
  'expected.instant': 'a date and time with an offset',
  'expected.email': 'an email address',
} as const satisfies Readonly<Record<string, string>>;

/**
 * The zod codes that are ours under another name. Any other zod code is
 * read as itself when it is one of ours (`invalid_type`, `invalid_value`,
 * `invalid_format`, `too_small`, `too_big`: the only zod codes that are, as
 * the tests check on the types), else as `invalid_input` (`custom`,
 * `unrecognized_keys`, `invalid_key`, `invalid_element`).
 */
const ZOD_ALIASES: Readonly<Record<string, InputIssueCode>> = { invalid_union: 'invalid_value', not_multiple_of: 'invalid_value' };

/** Our name of a zod `expected` type (others, such as a `Date` object's `date`: no `expected` detail). */
const TYPES: Readonly<Record<string, InputExpected>> = {
  string: 'string',
  number: 'number',
  nan: 'number',
  int: 'integer',
  boolean: 'boolean',
  array: 'array',
  tuple: 'array',
  object: 'object',
  record: 'object',
};

/** Our name of a zod string format (others: no `expected` detail). */
const FORMATS: Readonly<Record<string, InputExpected>> = { date: 'date', datetime: 'instant', email: 'email' };

/** Our name of a zod expected type or string format, read in `table`. */
const expectedOf = (table: Readonly<Record<string, InputExpected>>, name: string): InputExpected | undefined => (Object.hasOwn(table, name) ? table[name] : undefined);

/** What a size check measures, by zod origin (others: no limit detail). */
const MEASURED: Readonly<Record<string, InputLimit['of']>> = { number: 'value', int: 'value', bigint: 'value', string: 'length', array: 'items', set: 'items' };

/** The details of an issue, read from the zod issue's schema constants only. */
type Details = Pick<InputIssue, 'expected' | 'allowed' | 'minimum' | 'maximum'>;

/** The message of an issue code in a locale. */
const issueText = (locale: Locale, code: InputIssueCode): string => localeText(locale, 'issues', code, ISSUES_EN[code]);

/** The text `key` of the locale's `issues` section, or `''` when it gives none. */
const own = (locale: Locale, key: string): string => localeText(locale, 'issues', key, '');

/** The words of the allowed values: schema constants, written as they are. */
const allowedText = (allowed: NonNullable<Details['allowed']>): string => allowed.join(', ');

/**
 * The message of an issue with details: the locale's detailed template, or
 * else the locale's own message for the code (a custom locale's wording
 * stays), or else the English detailed template; the generic message when
 * there is no detailed template.
 */
function detailedText(locale: Locale, code: InputIssueCode, details: Details): string {
  const limit = details.minimum ?? details.maximum;
  let key: keyof typeof ISSUE_DETAILS_EN | undefined;
  if (details.allowed !== undefined) key = 'invalid_value.allowed';
  else if (limit !== undefined) {
    const bound = code === 'too_small' ? 'too_small' : 'too_big';
    if (limit.of === 'value') key = limit.inclusive ? `${bound}.value` : `${bound}.value.exclusive`;
    else if (limit.inclusive) key = bound === 'too_small' && limit.value === 1 ? `too_small.${limit.of}.one` : `${bound}.${limit.of}`;
  } else if (details.expected !== undefined && (code === 'invalid_type' || code === 'invalid_format')) key = 'invalid_type.expected';
  if (key === undefined) return issueText(locale, code);
  const template = own(locale, key) || own(locale, code) || ISSUE_DETAILS_EN[key];
  return render(
    template,
    (name) =>
      name === 'limit' && limit !== undefined
        ? String(limit.value)
        : name === 'allowed' && details.allowed !== undefined
          ? allowedText(details.allowed)
          : name === 'expected' && details.expected !== undefined
            ? own(locale, `expected.${details.expected}`) || ISSUE_DETAILS_EN[`expected.${details.expected}`]
            : undefined,
    undefined,
  );
}

/** An issue with only the details that are set (no `undefined` keys). */
function withDetails(path: InputIssue['path'], code: InputIssueCode, locale: Locale, details: Details): InputIssue {
  const issue: { -readonly [K in keyof InputIssue]: InputIssue[K] } = { path, code, message: detailedText(locale, code, details) };
  if (details.expected !== undefined) issue.expected = details.expected;
  if (details.allowed !== undefined) issue.allowed = details.allowed;
  if (details.minimum !== undefined) issue.minimum = details.minimum;
  if (details.maximum !== undefined) issue.maximum = details.maximum;
  return issue;
}

/**
 * Builds one input issue with the library's own message for `code`, in
 * `locale`. The message never contains the value that caused the issue.
 * (The library's own codes carry no details: each names what it wants.)
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

/** A size limit of a zod too_small or too_big issue, when it is a finite number measured as we name it. */
function limitOf(origin: string, value: number | bigint, inclusive: boolean | undefined): InputLimit | undefined {
  const of = Object.hasOwn(MEASURED, origin) ? MEASURED[origin] : undefined;
  const n = Number(value);
  return of === undefined || !Number.isFinite(n) ? undefined : { value: n, inclusive: inclusive !== false, of };
}

/** The allowed values of an option list (schema constants), when they are all strings (every option of the library is). */
function allowedOf(values: readonly unknown[] | undefined): Details['allowed'] {
  return values !== undefined && values.length > 0 && values.every((v) => typeof v === 'string') ? Object.freeze([...(values as string[])]) : undefined;
}

/**
 * The code and details of one zod issue. A value that is absent (zod
 * reports its input as `undefined`, see {@link parseInput}) is `missing`,
 * whatever the schema wanted; the details come from the schema's constants
 * in the issue (`expected`, `values`, `options`, `minimum`, `maximum`),
 * never from its `input`.
 */
function codeAndDetails(issue: z.core.$ZodIssue): [InputIssueCode, Details] {
  const custom = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
  const code = [custom, ZOD_ALIASES[issue.code] ?? issue.code].find((c): c is InputIssueCode => typeof c === 'string' && Object.hasOwn(ISSUES_EN, c)) ?? 'invalid_input';
  const absent = issue.code !== 'custom' && Object.hasOwn(issue, 'input') && issue.input === undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedOf(TYPES, issue.expected);
      const details = expected === undefined ? {} : { expected };
      return [absent || issue.expected === 'nonoptional' ? 'missing' : code, details];
    }
    case 'invalid_value':
    case 'invalid_union': {
      if (absent) return ['missing', {}];
      const allowed = allowedOf(issue.code === 'invalid_value' ? issue.values : 'options' in issue ? issue.options : undefined);
      return [code, allowed === undefined ? {} : { allowed }];
    }
    case 'too_small': {
      const minimum = limitOf(issue.origin, issue.minimum, issue.inclusive);
      return [code, minimum === undefined ? {} : { minimum }];
    }
    case 'too_big': {
      const maximum = limitOf(issue.origin, issue.maximum, issue.inclusive);
      return [code, maximum === undefined ? {} : { maximum }];
    }
    case 'invalid_format': {
      const expected = expectedOf(FORMATS, issue.format);
      return [code, expected === undefined ? {} : { expected }];
    }
    default:
      return [code, {}];
  }
}

/**
 * Maps zod issues to PHI-safe input issues: the path keeps only string and
 * number segments (after `prefix`), the code is the one a custom zod issue
 * names in `params.code` when it is one of {@link InputIssueCode}, else
 * `missing` for an absent value, else the zod code's stable counterpart,
 * else `invalid_input`; the details (`expected`, `allowed`, `minimum`,
 * `maximum`) are read from the schema's constants the zod issue carries;
 * the message is the library's own, built from the code and the details,
 * so no value from the input can leak through it.
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
 * // [{ path: ['schedule', 'n'], code: 'invalid_type', message: 'This value must be a number.', expected: 'number' }]
 * ```
 */
export function toInputIssues(issues: readonly z.core.$ZodIssue[], locale: Locale = ENGLISH, prefix: InputIssue['path'] = []): InputIssue[] {
  return issues.map((issue) => {
    const [code, details] = codeAndDetails(issue);
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    return withDetails([...prefix, ...path], code, locale, details);
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
 * // { success: false, issues: [{ path: [], code: 'invalid_type', message: 'This value must be text.', expected: 'string' }] }
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
    // First without parameters: any parameter takes zod off its compiled fast
    // path (a parse costs 1.5 to 4 times more), and most inputs are valid.
    const result = schema.safeParse(input) as z.ZodSafeParseResult<z.output<S>>;
    if (result.success) return { success: true, data: result.data };
    // Failed: parsed again with reportInput, so the issues keep their input
    // and an absent value (`undefined`) reads as `missing` (never copied out).
    // zod builds the error lazily and reads the input again to word it: inside the try too.
    const reported = schema.safeParse(input, { reportInput: true }) as z.ZodSafeParseResult<z.output<S>>;
    issues = reported.success ? result.error.issues : reported.error.issues;
  } catch {
    return { success: false, issues: [inputIssue(prefix, 'unreadable_input', locale)] };
  }
  return { success: false, issues: toInputIssues(issues, locale, prefix) };
}
