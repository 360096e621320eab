/**
 * Shared vocabulary of the library: locales, severities, editions, sources,
 * findings and parse results. Types only; nothing here runs.
 *
 * @module
 */

export type { Locale } from './locale';

/**
 * How much a finding matters.
 * - `error`: the source forbids it or will not accept it;
 * - `warning`: accepted, but the source advises against it;
 * - `info`: something the sender should know or do.
 *
 * @category Shared
 * @example
 * ```ts
 * import type { Severity } from 'duke-records-rules';
 * const s: Severity = 'warning';
 * ```
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Identifier of a dated edition of the source pages.
 * - `seed`: the pages as copied when the project began (no published date);
 * - `2025-10-18`: the Lake Norman page from the day Lake Norman visits moved
 *   into My Duke Health.
 *
 * @category Shared
 * @example
 * ```ts
 * import type { EditionId } from 'duke-records-rules';
 * const e: EditionId = '2025-10-18';
 * ```
 */
export type EditionId = 'seed' | '2025-10-18';

/**
 * A calendar date written `YYYY-MM-DD` (no time, no zone).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { CalendarDate } from 'duke-records-rules';
 * const d: CalendarDate = '2025-10-18';
 * ```
 */
export type CalendarDate = `${number}-${number}-${number}`;

/**
 * The date a question is asked about: a calendar date `YYYY-MM-DD`, or an
 * instant (a `Date`, epoch milliseconds, or an ISO date-time with an offset),
 * read as a calendar date in America/New_York, where Duke publishes its rules.
 *
 * @category Shared
 * @example
 * ```ts
 * import type { AsOf } from 'duke-records-rules';
 * const a: AsOf = '2026-11-25';
 * const b: AsOf = new Date('2026-11-25T15:00:00Z');
 * ```
 */
export type AsOf = string | number | Date;

/**
 * Where a rule comes from: the page, its title and the section the rule is
 * read from.
 *
 * @category Shared
 * @example
 * ```ts
 * import { getRule } from 'duke-records-rules/catalog';
 * getRule('carrier.trackable')?.source.url;
 * // 'https://www.dukehealth.org/medical-records/send-your-medical-records-duke'
 * ```
 */
export interface SourceRef {
  readonly url: string;
  readonly title: string;
  readonly section: string;
}

/**
 * The part of the rules a rule belongs to (used to group the catalog and
 * the documentation).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { RuleArea } from 'duke-records-rules';
 * const a: RuleArea = 'carriers';
 * ```
 */
export type RuleArea =
  | 'labeling'
  | 'channels'
  | 'originals'
  | 'carriers'
  | 'tracking'
  | 'follow-up'
  | 'passwords'
  | 'notify'
  | 'hours'
  | 'language'
  | 'lake-norman'
  | 'signer'
  | 'hipaa-authorization'
  | 'hipaa-validity'
  | 'hipaa-access'
  | 'input';

/**
 * One rule of the catalog: a stable id, what it says, where it comes from and
 * in which editions of the source it holds.
 *
 * @category Shared
 * @example
 * ```ts
 * import { getRule } from 'duke-records-rules/catalog';
 * const rule = getRule('originals.never');
 * rule?.severity; // 'error'
 * ```
 */
export interface RuleDefinition<Id extends string = string> {
  /** Stable identifier, `area.name`; never reused for another meaning. */
  readonly id: Id;
  readonly area: RuleArea;
  /** The severity of a finding that cites this rule when it is broken. */
  readonly severity: Severity;
  /** What the rule says, in one English sentence. */
  readonly summary: string;
  readonly source: SourceRef;
  /** The editions of the source in which the rule holds. */
  readonly editions: readonly EditionId[];
  /**
   * Where the source is ambiguous: what is unclear, and the reading the
   * library takes (always the one that cannot misroute records).
   */
  readonly ambiguity?: { readonly note: string; readonly reading: string };
}

/**
 * A path into the input, made of schema keys and array indexes only (never
 * a key or value the caller supplied).
 *
 * @category Shared
 * @example
 * ```ts
 * import type { InputPath } from 'duke-records-rules';
 * const p: InputPath = ['items', 0, 'label'];
 * ```
 */
export type InputPath = readonly (string | number)[];

/**
 * Stable code of an input issue. Codes never change meaning between versions.
 *
 * @category Shared
 * @example
 * ```ts
 * import type { InputIssueCode } from 'duke-records-rules';
 * const c: InputIssueCode = 'invalid_type';
 * ```
 */
export type InputIssueCode =
  | 'missing'
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'invalid_date'
  | 'date_in_future'
  | 'date_order'
  | 'invalid_as_of'
  | 'unreadable_input'
  | 'invalid_input'
  | 'invalid_instant'
  | 'invalid_time_zone'
  | 'time_order'
  | 'unknown_id';

/**
 * What kind of value an input issue expected (the `expected` detail of an
 * {@link InputIssue}), read from the schema, never from the input:
 * - `string`, `number`, `integer`, `boolean`, `array`, `object`: JSON types
 *   (`integer`: a whole number);
 * - `date`: a calendar date written `YYYY-MM-DD`;
 * - `instant`: an ISO date-time with an offset;
 * - `email`: an email address.
 *
 * The library's own codes (`invalid_date`, `invalid_instant`,
 * `invalid_time_zone`, …) carry no `expected`: the code names the format.
 *
 * @category Shared
 * @example
 * ```ts
 * import type { InputExpected } from 'duke-records-rules';
 * const e: InputExpected = 'date';
 * ```
 */
export type InputExpected = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'date' | 'instant' | 'email';

/**
 * A limit an input broke (the `minimum` or `maximum` detail of an
 * {@link InputIssue}): the limit, whether the limit itself is allowed, and
 * what is measured: `value` (a number), `length` (characters of a string)
 * or `items` (entries of a list). A schema constant, never the input.
 *
 * @category Shared
 * @example
 * ```ts
 * import type { InputLimit } from 'duke-records-rules';
 * // "at least 1": pages: -1 breaks it
 * const l: InputLimit = { value: 1, inclusive: true, of: 'value' };
 * ```
 */
export interface InputLimit {
  readonly value: number;
  /** `true`: the limit itself is allowed (at least / at most); `false`: greater than / less than. */
  readonly inclusive: boolean;
  readonly of: 'value' | 'length' | 'items';
}

/**
 * One problem with the input: where, a stable code, and a message that never
 * repeats the value given. Some issues carry details for a form or an API
 * client, all read from the schema (never from the input):
 * - `expected`: the type or format wanted (`missing`, `invalid_type`,
 *   `invalid_format`);
 * - `allowed`: the allowed values of an option list (`invalid_value`);
 * - `minimum` (`too_small`) and `maximum` (`too_big`): the limit.
 *
 * The message names the allowed values or the limit when there are details.
 *
 * @category Shared
 * @example
 * ```ts
 * import { evaluateSubmission } from 'duke-records-rules';
 * const r = evaluateSubmission(null);
 * if (!r.success) r.issues[0]?.code; // 'invalid_type'
 * // a typo in an option: { path: ['sender'], code: 'invalid_value',
 * //   allowed: ['patient', 'external-clinic', 'other'], message: 'This value must be one of: patient, external-clinic, other.' }
 * ```
 */
export interface InputIssue {
  readonly path: InputPath;
  readonly code: InputIssueCode;
  readonly message: string;
  /** The type or format the value must have. */
  readonly expected?: InputExpected;
  /** The values allowed here (constants of the schema; every option of the library is a string). */
  readonly allowed?: readonly string[];
  /** The lower limit a too-small value broke. */
  readonly minimum?: InputLimit;
  /** The upper limit a too-big value broke. */
  readonly maximum?: InputLimit;
}

/**
 * What an entry point returns when the input does not parse.
 *
 * @category Shared
 * @example
 * ```ts
 * import type { ParseFailure } from 'duke-records-rules';
 * const f: ParseFailure = { success: false, issues: [] };
 * ```
 */
export interface ParseFailure {
  readonly success: false;
  readonly issues: readonly InputIssue[];
}
