import type { Finding } from '../core/finding';
import { inputIssue } from '../core/parse-input';
import { isLocale, type Locale } from '../core/locale';
import type { AsOf, InputIssue, InputPath, ParseFailure } from '../core/types';

/**
 * The Standard Schema v1 interface (https://standardschema.dev), as the
 * specification asks libraries to carry it: a copy of its types, no
 * dependency. Any Standard Schema consumer (Hono's `@hono/standard-validator`,
 * tRPC, TanStack Form…) takes an object of this shape, and
 * `StandardSchemaV1.InferOutput` of `@standard-schema/spec` reads its output
 * type from `types`.
 *
 * @category Standard Schema
 * @example
 * ```ts
 * import { submissionEvaluator, type StandardSchemaV1 } from 'duke-records-rules/standard-schema';
 * const schema: StandardSchemaV1 = submissionEvaluator();
 * schema['~standard'].vendor; // 'duke-records-rules'
 * ```
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly '~standard': StandardSchemaProps<Input, Output>;
}

/**
 * The `~standard` properties of a {@link StandardSchemaV1}: version 1, the
 * vendor, `validate`, and the input and output types (for inference only).
 *
 * @category Standard Schema
 * @example
 * ```ts
 * import { deadlineEvaluator, type StandardSchemaProps } from 'duke-records-rules/standard-schema';
 * const props: StandardSchemaProps = deadlineEvaluator()['~standard'];
 * props.version; // 1
 * ```
 */
export interface StandardSchemaProps<Input = unknown, Output = Input> {
  /** The version of the Standard Schema specification. */
  readonly version: 1;
  /** `'duke-records-rules'`. */
  readonly vendor: string;
  /** Runs the evaluator on any value; never throws, never returns a promise here. */
  readonly validate: (value: unknown) => StandardSchemaResult<Output> | Promise<StandardSchemaResult<Output>>;
  /** Input and output types, for inference only (`undefined` at run time). */
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
}

/**
 * The result of `validate`: `{ value }` on success, `{ issues }` on failure.
 *
 * @category Standard Schema
 * @example
 * ```ts
 * import type { StandardSchemaResult } from 'duke-records-rules/standard-schema';
 * const failed: StandardSchemaResult<never> = { issues: [{ message: 'This value has the wrong type.', path: [] }] };
 * ```
 */
export type StandardSchemaResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly StandardSchemaIssue[] };

/**
 * One issue of a Standard Schema failure: a message and a path (keys and
 * indexes). The evaluators give {@link EvaluatorIssue}s, which carry more.
 *
 * @category Standard Schema
 * @example
 * ```ts
 * import type { StandardSchemaIssue } from 'duke-records-rules/standard-schema';
 * const issue: StandardSchemaIssue = { message: 'This value has the wrong type.', path: ['sender'] };
 * ```
 */
export interface StandardSchemaIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/**
 * A finding of severity `error` given as an issue (with
 * `errorsAsIssues: true`): the rule id instead of an input issue code, the
 * finding's localized message, and its path (`[]` when the finding has none).
 *
 * @category Standard Schema
 * @example
 * ```ts
 * import type { FindingIssue } from 'duke-records-rules/standard-schema';
 * const issue: FindingIssue = { ruleId: 'originals.never', severity: 'error', message: 'Send copies, never originals.', path: [] };
 * ```
 */
export interface FindingIssue {
  readonly ruleId: string;
  readonly severity: 'error';
  readonly message: string;
  readonly path: InputPath;
}

/**
 * What an evaluator's `validate` gives as issues: the library's own input
 * issues (path, stable code, localized message that never repeats the
 * value), or, with `errorsAsIssues: true`, the findings of severity `error`.
 *
 * @category Standard Schema
 * @example
 * ```ts
 * import { submissionEvaluator, type EvaluatorIssue } from 'duke-records-rules/standard-schema';
 * const r = submissionEvaluator()['~standard'].validate(null);
 * const issues: readonly EvaluatorIssue[] = 'issues' in r && r.issues ? r.issues : [];
 * ```
 */
export type EvaluatorIssue = InputIssue | FindingIssue;

/**
 * A Standard Schema v1 object that runs one of the library's evaluators:
 * `validate` returns `{ value }` with the evaluator's success result, or
 * `{ issues }` with {@link EvaluatorIssue}s.
 *
 * @category Standard Schema
 * @example
 * ```ts
 * import { authorizationEvaluator, type Evaluator } from 'duke-records-rules/standard-schema';
 * import type { AuthorizationCheck, AuthorizationInput } from 'duke-records-rules/hipaa';
 * const e: Evaluator<AuthorizationInput, AuthorizationCheck> = authorizationEvaluator();
 * ```
 */
export interface Evaluator<Input, Output> extends StandardSchemaV1<Input, Output> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: 'duke-records-rules';
    /** Runs the evaluator; synchronous, never throws. */
    readonly validate: (value: unknown) => EvaluatorResult<Output>;
    /** Input and output types, for inference only (`undefined` at run time). */
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/**
 * What an evaluator's `validate` returns (synchronously, always).
 *
 * @category Standard Schema
 * @example
 * ```ts
 * import { deadlineEvaluator, type EvaluatorResult } from 'duke-records-rules/standard-schema';
 * import type { AccessDeadline } from 'duke-records-rules/hipaa';
 * const r: EvaluatorResult<AccessDeadline> = deadlineEvaluator()['~standard'].validate({ receivedOn: '2026-01-05' });
 * if (!r.issues) r.value.dueOn; // '2026-02-04'
 * ```
 */
export type EvaluatorResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly EvaluatorIssue[]; readonly value?: undefined };

/**
 * Options every evaluator factory takes. The factory never throws: options
 * it cannot read (a getter or proxy that throws) give an evaluator whose
 * `validate` returns an `unreadable_input` issue at `['options']`; an
 * invalid `locale` or `asOf` is an issue of `validate`, as for the function
 * it runs.
 *
 * @category Standard Schema
 * @example
 * ```ts
 * import type { EvaluatorOptions } from 'duke-records-rules/standard-schema';
 * import { es } from 'duke-records-rules/locales/es';
 * declare const receivedAt: () => Date; // the caller's clock: the library reads none
 * const o: EvaluatorOptions = { locale: es, asOf: receivedAt, errorsAsIssues: true };
 * ```
 */
export interface EvaluatorOptions {
  /** Language of issues, findings and steps, as a locale value; English when omitted. */
  readonly locale?: Locale;
  /**
   * The date the question is about, as the evaluator takes it; or a function
   * called once per `validate` that returns it (your clock: the library
   * never reads one). A function that throws or returns an invalid date
   * gives an `invalid_as_of` issue at `['options', 'asOf']`.
   */
  readonly asOf?: AsOf | (() => AsOf);
  /**
   * `false` (the default): a well-formed input that the rules refuse is a
   * success, `{ value }`, whose verdict says so (`verdict: 'not-accepted'`,
   * `ready: false`, `complete: false`). `true`: every finding of severity
   * `error` becomes an issue ({@link FindingIssue}), so that a framework
   * rejects the request; findings of lower severity stay in the value.
   */
  readonly errorsAsIssues?: boolean;
}

/**
 * The options an evaluator passes to its function: `locale` and `asOf`,
 * resolved, and the extra options it was given (as given: the function
 * checks them).
 */
type CallOptions = { readonly locale?: Locale; readonly asOf?: AsOf; readonly [extra: string]: unknown };

/** An evaluator whose every `validate` gives one issue: its options could not be read. */
const unreadableOptions = <Input, Output>(): Evaluator<Input, Output> => ({
  '~standard': { version: 1, vendor: 'duke-records-rules', validate: () => ({ issues: [inputIssue(['options'], 'unreadable_input')] }) },
});

/**
 * Builds the Standard Schema object of one evaluator. `run` calls the
 * library function with the value and the resolved options. Options that
 * cannot be read (a getter or proxy that throws) give an evaluator whose
 * `validate` returns an `unreadable_input` issue at `['options']`: the
 * factory never throws either.
 *
 * @internal
 * @param run - the evaluator, called with the value and `{ locale, asOf, …extra }`
 * @param options - the factory options
 * @param extra - the names of further options passed on to `run` when defined
 * @returns the Standard Schema object
 * @example
 * ```ts
 * const e = makeEvaluator((v, o) => checkAuthorization(v, o), { locale: es });
 * ```
 */
export function makeEvaluator<Input, Output extends { readonly success: true; readonly findings: readonly Finding[] }>(
  run: (value: unknown, options: CallOptions) => Output | ParseFailure,
  options: EvaluatorOptions | undefined = {},
  extra: readonly string[] = [],
): Evaluator<Input, Output> {
  let locale: Locale | undefined;
  let asOf: EvaluatorOptions['asOf'];
  let errorsAsIssues: unknown;
  const passed: Record<string, unknown> = {};
  try {
    ({ locale, asOf, errorsAsIssues } = options ?? {});
    for (const key of extra) {
      const value = (options as Record<string, unknown> | null | undefined)?.[key];
      if (value !== undefined) passed[key] = value;
    }
  } catch {
    return unreadableOptions();
  }
  const validate = (value: unknown): EvaluatorResult<Output> => {
    let date: AsOf | undefined;
    try {
      date = typeof asOf === 'function' ? asOf() : asOf;
    } catch {
      return { issues: [inputIssue(['options', 'asOf'], 'invalid_as_of', isLocale(locale) ? locale : undefined)] };
    }
    const result = run(value, { ...passed, ...(locale === undefined ? {} : { locale }), ...(date === undefined ? {} : { asOf: date }) });
    if (!result.success) return { issues: result.issues };
    const errors = errorsAsIssues === true ? result.findings.filter((f) => f.severity === 'error') : [];
    if (errors.length === 0) return { value: result };
    return { issues: errors.map((f) => ({ ruleId: f.ruleId, severity: 'error', message: f.message, path: f.path ?? [] })) };
  };
  return { '~standard': { version: 1, vendor: 'duke-records-rules', validate } };
}
