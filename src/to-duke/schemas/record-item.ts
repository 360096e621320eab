import * as z from 'zod';
import { labelSchema, paperLabelSchema } from './label';

/**
 * Kinds of radiology images the page names ("such as CT, MRI, and
 * X-Rays"), and `other` for any other radiology image.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { radiologySchema } from 'duke-records-rules';
 * radiologySchema.parse('mri'); // 'mri'
 * ```
 */
export const radiologySchema = /* @__PURE__ */ (() => z.enum(['ct', 'mri', 'x-ray', 'other']))();

/**
 * Kinds of removable media: CD, DVD, USB drive, external hard drive, other.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { mediumSchema } from 'duke-records-rules';
 * mediumSchema.parse('usb-drive'); // 'usb-drive'
 * ```
 */
export const mediumSchema = /* @__PURE__ */ (() => z.enum(['cd', 'dvd', 'usb-drive', 'external-hard-drive', 'other']))();

/**
 * Paper documents: a page count (1 to 100,000), whether they are the
 * originals (default `false`), the radiology images they hold (default
 * none), and how they are marked (default: not marked).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { paperItemSchema } from 'duke-records-rules';
 * paperItemSchema.parse({ kind: 'paper', pages: 12 }).label.everyPage; // false
 * ```
 */
export const paperItemSchema = /* @__PURE__ */ (() =>
  z.object({
    kind: z.literal('paper'),
    pages: z.number().int().min(1).max(100_000),
    original: z.boolean().default(false),
    radiology: z.array(radiologySchema).max(4).default([]),
    label: paperLabelSchema.prefault({}),
  }))();

/**
 * A removable medium: its kind, whether it is the original (default
 * `false`), the radiology images it holds (default none), whether it is
 * password protected and whether the password travels with it (both default
 * `false`; an enclosed password on a medium not marked protected is an
 * `invalid_value` issue at `passwordEnclosed`), and how its outside is
 * marked (default: not marked).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { mediaItemSchema } from 'duke-records-rules';
 * mediaItemSchema.parse({ kind: 'media', medium: 'cd', radiology: ['mri'], passwordProtected: true });
 * ```
 */
export const mediaItemSchema = /* @__PURE__ */ (() =>
  z
    .object({
      kind: z.literal('media'),
      medium: mediumSchema,
      original: z.boolean().default(false),
      radiology: z.array(radiologySchema).max(4).default([]),
      passwordProtected: z.boolean().default(false),
      passwordEnclosed: z.boolean().default(false),
      label: labelSchema.prefault({}),
    })
    .refine((item) => item.passwordProtected || !item.passwordEnclosed, {
      path: ['passwordEnclosed'],
      params: { code: 'invalid_value' },
    }))();

/**
 * One item sent: paper documents or a removable medium, told apart by
 * `kind`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { recordItemSchema } from 'duke-records-rules';
 * recordItemSchema.parse({ kind: 'paper', pages: 3, label: { name: true, dateOfBirth: true, everyPage: true } });
 * ```
 */
export const recordItemSchema = /* @__PURE__ */ (() => z.discriminatedUnion('kind', [paperItemSchema, mediaItemSchema]))();

/**
 * A kind of radiology image (see {@link radiologySchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Radiology } from 'duke-records-rules';
 * const r: Radiology = 'x-ray';
 * ```
 */
export type Radiology = z.output<typeof radiologySchema>;

/**
 * A kind of removable medium (see {@link mediumSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Medium } from 'duke-records-rules';
 * const m: Medium = 'external-hard-drive';
 * ```
 */
export type Medium = z.output<typeof mediumSchema>;

/**
 * Parsed paper documents (output of {@link paperItemSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { PaperItem } from 'duke-records-rules';
 * const p: PaperItem = {
 *   kind: 'paper', pages: 2, original: false, radiology: [],
 *   label: { name: true, dateOfBirth: true, recordNumber: false, everyPage: true },
 * };
 * ```
 */
export type PaperItem = z.output<typeof paperItemSchema>;

/**
 * A parsed removable medium (output of {@link mediaItemSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { MediaItem } from 'duke-records-rules';
 * const m: MediaItem = {
 *   kind: 'media', medium: 'cd', original: false, radiology: ['ct'],
 *   passwordProtected: false, passwordEnclosed: false,
 *   label: { name: true, dateOfBirth: true, recordNumber: false },
 * };
 * ```
 */
export type MediaItem = z.output<typeof mediaItemSchema>;

/**
 * A parsed item (output of {@link recordItemSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { RecordItem } from 'duke-records-rules';
 * const isMedia = (item: RecordItem) => item.kind === 'media';
 * ```
 */
export type RecordItem = z.output<typeof recordItemSchema>;
