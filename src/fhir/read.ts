import * as z from 'zod';
import type { Locale } from '../core/locale';
import { parseInput } from '../core/parse-input';
import { parseOptions } from '../core/parse-options';
import type { CalendarDate } from '../core/types';
import { fhirIssue, type FhirParseFailure } from './issues';

/**
 * The options of a FHIR function after reading: the locale, `asOf` (a
 * calendar date, or `null`) and the function's own options.
 *
 * @internal
 * @example
 * ```ts
 * const o = readOptions({ recordNumberSystem: 'urn:x' }, z.object({ recordNumberSystem: z.string().optional() }));
 * ```
 */
export type ReadOptions<O> = { readonly success: true; readonly locale: Locale; readonly asOf: CalendarDate | null; readonly own: O } | FhirParseFailure;

/**
 * Reads the options every entry takes (`locale`, `asOf`) and the function's
 * own with `schema` (issues under `['options']`). Never throws.
 *
 * @internal
 * @example
 * ```ts
 * readOptions(undefined, z.object({})).success; // true
 * ```
 */
export function readOptions<S extends z.ZodType>(options: unknown, schema: S): ReadOptions<z.output<S>> {
  const parsed = parseOptions(options);
  if (!parsed.success) return parsed;
  const own = parseInput(schema, options ?? {}, parsed.locale, ['options']);
  return own.success ? { success: true, locale: parsed.locale, asOf: parsed.asOf, own: own.data } : own;
}

/**
 * A loose FHIR element: unknown keys kept, so that what the library does not
 * read can be reported rather than dropped.
 *
 * @internal
 * @example
 * ```ts
 * element({ code: z.string() }).parse({ code: 'MR', extra: 1 }); // { code: 'MR', extra: 1 }
 * ```
 */
export const element = <T extends z.core.$ZodLooseShape>(shape: T) => z.looseObject(shape);

/**
 * An optional FHIR list (`0..*`) of `item`, of at most 500 items (a longer
 * one is one `too_big` issue, before any item is read: resources as EHRs
 * send them hold a few).
 *
 * @internal
 * @example
 * ```ts
 * list(z.string()).parse(undefined); // undefined
 * ```
 */
export const list = <T extends z.ZodType>(item: T) => z.array(z.unknown()).max(500).pipe(z.array(item)).optional();

/**
 * The failure for a resource that carries a `modifierExtension` at one of
 * `places` (paths to the elements that may carry one, `[]` for the
 * resource): FHIR forbids reading it without understanding it, and the
 * library understands none. `null` when there is none.
 *
 * @internal
 * @example
 * ```ts
 * modified({ modifierExtension: [{}] }, [[]], ENGLISH)?.issues[0]?.code; // 'not_understood'
 * ```
 */
export function modified(resource: object, places: readonly (readonly string[])[], locale: Locale): FhirParseFailure | null {
  for (const place of places) {
    const at = place.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], resource) as { modifierExtension?: unknown[] } | undefined;
    if (at?.modifierExtension?.length) return { success: false, issues: [fhirIssue([...place, 'modifierExtension'], 'not_understood', locale)] };
  }
  return null;
}

/**
 * A FHIR `date` or `dateTime` read as a calendar date: its first ten
 * characters when it gives a day, `'partial'` when it gives only a year or
 * a month, else the value itself (the authorization and patient schemas then
 * refuse it as `invalid_date`).
 *
 * @internal
 * @example
 * ```ts
 * fhirDate('2026-01-31T10:00:00-05:00'); // '2026-01-31'
 * fhirDate('1980-02'); // 'partial'
 * ```
 */
export function fhirDate(value: string): string {
  return /^\d{4}(-\d\d)?$/.test(value) ? 'partial' : /^\d{4}-\d\d-\d\dT/.test(value) ? value.slice(0, 10) : value;
}

/**
 * A copy of a resource built by the library as plain JSON: keys whose value
 * is `undefined` are left out, so an element that is unknown is absent.
 *
 * @internal
 * @example
 * ```ts
 * json({ a: 1, b: undefined }); // { a: 1 }
 * ```
 */
export const json = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * A FHIR list, or `undefined` when empty (FHIR has no empty lists).
 *
 * @internal
 * @example
 * ```ts
 * some([]); // undefined
 * ```
 */
export const some = <T>(items: readonly T[]): readonly T[] | undefined => (items.length > 0 ? items : undefined);
