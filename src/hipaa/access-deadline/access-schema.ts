import * as z from 'zod';
import { authorizationDateSchema } from '../authorization-date';

/**
 * One extension of the deadline to act on a request for access
 * (45 CFR 164.524(b)(2)(ii)), as recorded by the desk:
 * - `writtenNoticeOn` — the day the written notice of the extension was given
 *   to the individual (`YYYY-MM-DD`);
 * - `reasonStated` — whether the notice states the reasons for the delay;
 * - `expectedOn` — the date the notice gives for completing the action, if it
 *   gives one (`YYYY-MM-DD`).
 *
 * A notice without a reason or without a date is read, not refused: it gives
 * a finding and does not extend the deadline.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { accessExtensionSchema } from 'duke-records-rules';
 * accessExtensionSchema.safeParse({ writtenNoticeOn: '2026-02-20', reasonStated: true, expectedOn: '2026-03-20' }).success;
 * // true
 * ```
 */
export const accessExtensionSchema = /* @__PURE__ */ (() =>
  z.object({
  writtenNoticeOn: authorizationDateSchema,
  reasonStated: z.boolean().optional(),
  expectedOn: authorizationDateSchema.optional(),
}))();

/**
 * An extension notice as the caller gives it (see {@link accessExtensionSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { AccessExtension } from 'duke-records-rules';
 * const e: AccessExtension = { writtenNoticeOn: '2026-02-20', reasonStated: true, expectedOn: '2026-03-20' };
 * ```
 */
export type AccessExtension = z.input<typeof accessExtensionSchema>;

/**
 * An extension notice after parsing (dates checked and trimmed).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { accessExtensionSchema, type ParsedAccessExtension } from 'duke-records-rules';
 * const e: ParsedAccessExtension = accessExtensionSchema.parse({ writtenNoticeOn: '2026-02-20' });
 * ```
 */
export type ParsedAccessExtension = z.output<typeof accessExtensionSchema>;

/**
 * The extra options of {@link accessDeadline}: the extension notices given
 * for one request, in the order given (at most 10 are read).
 *
 * @internal
 * @example
 * ```ts
 * accessOptionsSchema.parse({ extensions: [], locale: 'es' }); // { extensions: [] }
 * ```
 */
export const accessOptionsSchema = /* @__PURE__ */ (() =>
  z.object({
  extensions: z.array(accessExtensionSchema).max(10).optional(),
}))();
