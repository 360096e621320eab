import * as z from 'zod';

/**
 * Carriers for mailed records: FedEx, UPS, USPS, or another carrier.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { carrierSchema } from 'duke-records-rules';
 * carrierSchema.parse('usps'); // 'usps'
 * ```
 */
export const carrierSchema = /* @__PURE__ */ (() => z.enum(['fedex', 'ups', 'usps', 'other']))();

/**
 * How the records reach Duke, told apart by `kind`:
 * - `appointment-copies`: copies brought to the patient's clinical
 *   appointment for scanning or upload (recommended);
 * - `clinic-upload`: copies uploaded at a Duke clinic location (required for
 *   radiology images);
 * - `fax`, `email`: last resort;
 * - `mail`: last resort, with the `carrier` and an optional
 *   `trackingNumber` (up to 64 characters; a blank one counts as none;
 *   checked against the carrier, never echoed).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { channelSchema } from 'duke-records-rules';
 * channelSchema.parse({ kind: 'mail', carrier: 'fedex' });
 * ```
 */
export const channelSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('appointment-copies') }),
    z.object({ kind: z.literal('clinic-upload') }),
    z.object({ kind: z.literal('fax') }),
    z.object({ kind: z.literal('email') }),
    z.object({
      kind: z.literal('mail'),
      carrier: carrierSchema,
      trackingNumber: z.string().max(64, { abort: true }).trim().optional(),
    }),
  ]))();

/**
 * A carrier (see {@link carrierSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Carrier } from 'duke-records-rules';
 * const c: Carrier = 'ups';
 * ```
 */
export type Carrier = z.output<typeof carrierSchema>;

/**
 * A parsed channel (output of {@link channelSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Channel } from 'duke-records-rules';
 * const c: Channel = { kind: 'mail', carrier: 'ups', trackingNumber: '1Z999AA10123456784' };
 * ```
 */
export type Channel = z.output<typeof channelSchema>;

/**
 * The kind of a channel.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { ChannelKind } from 'duke-records-rules';
 * const k: ChannelKind = 'clinic-upload';
 * ```
 */
export type ChannelKind = Channel['kind'];
