import * as z from 'zod';

/**
 * What the sender has done or plans to do:
 * - `notifiedMedicalRecords`: Medical Records has been told of the intent
 *   to send (default `false`; an external clinic must do this first);
 * - `followUp`: how the sender will follow up after mail or fax to confirm
 *   receipt and give any passwords (`phone` or `email`; omitted: not
 *   planned).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { senderActionsSchema } from 'duke-records-rules';
 * senderActionsSchema.parse({ followUp: 'phone' });
 * // { notifiedMedicalRecords: false, followUp: 'phone' }
 * ```
 */
export const senderActionsSchema = /* @__PURE__ */ (() =>
  z.object({
    notifiedMedicalRecords: z.boolean().default(false),
    followUp: z.enum(['phone', 'email']).optional(),
  }))();

/**
 * Parsed sender actions (output of {@link senderActionsSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { SenderActions } from 'duke-records-rules';
 * const a: SenderActions = { notifiedMedicalRecords: true, followUp: 'email' };
 * ```
 */
export type SenderActions = z.output<typeof senderActionsSchema>;
