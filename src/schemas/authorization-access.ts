import * as z from 'zod';
import { AuthorizationDateSchema } from './authorization-date';

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
 * @example
 * ```ts
 * import { AccessExtensionSchema } from 'duke-records-rules';
 * AccessExtensionSchema.safeParse({ writtenNoticeOn: '2026-02-20', reasonStated: true, expectedOn: '2026-03-20' }).success;
 * // true
 * ```
 */
export const AccessExtensionSchema = /* @__PURE__ */ (() =>
  z.object({
  writtenNoticeOn: AuthorizationDateSchema,
  reasonStated: z.boolean().optional(),
  expectedOn: AuthorizationDateSchema.optional(),
}))();

/**
 * An extension notice as the caller gives it (see {@link AccessExtensionSchema}).
 *
 * @example
 * ```ts
 * import type { AccessExtension } from 'duke-records-rules';
 * const e: AccessExtension = { writtenNoticeOn: '2026-02-20', reasonStated: true, expectedOn: '2026-03-20' };
 * ```
 */
export type AccessExtension = z.input<typeof AccessExtensionSchema>;

/**
 * An extension notice after parsing (dates checked and trimmed).
 *
 * @example
 * ```ts
 * import { AccessExtensionSchema, type ParsedAccessExtension } from 'duke-records-rules';
 * const e: ParsedAccessExtension = AccessExtensionSchema.parse({ writtenNoticeOn: '2026-02-20' });
 * ```
 */
export type ParsedAccessExtension = z.output<typeof AccessExtensionSchema>;

/**
 * The extra options of {@link accessDeadline}: the extension notices given
 * for one request, in the order given (at most 10 are read).
 *
 * @internal
 * @example
 * ```ts
 * AccessOptionsSchema.parse({ extensions: [], locale: 'es' }); // { extensions: [] }
 * ```
 */
export const AccessOptionsSchema = /* @__PURE__ */ (() =>
  z.object({
  extensions: z.array(AccessExtensionSchema).max(10).optional(),
}))();
