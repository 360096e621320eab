import * as z from 'zod';

/**
 * Who sends the records:
 * - `patient`: the patient (or someone bringing the patient's copies);
 * - `external-clinic`: an outside clinic or hospital (the page's "external
 *   clinic"; it must notify Medical Records before sending);
 * - `other`: anyone else.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { senderSchema } from 'duke-records-rules';
 * senderSchema.parse('external-clinic'); // 'external-clinic'
 * ```
 */
export const senderSchema = /* @__PURE__ */ (() => z.enum(['patient', 'external-clinic', 'other']))();

/**
 * Who sends the records (see {@link senderSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Sender } from 'duke-records-rules';
 * const s: Sender = 'patient';
 * ```
 */
export type Sender = z.output<typeof senderSchema>;
