import * as z from 'zod';

/** The marks both label schemas share (a function, so that an unused schema costs nothing in a bundle). */
const marks = () => ({
  /** The patient's name is marked. */
  name: z.boolean().default(false),
  /** The patient's date of birth is marked. */
  dateOfBirth: z.boolean().default(false),
  /** The medical record number is marked. */
  recordNumber: z.boolean().default(false),
  /** How the marks were made; the page says handwriting is fine. */
  method: z.enum(['handwritten', 'printed']).optional(),
});

/**
 * How the outside of a removable medium is marked: which of the patient's
 * name, date of birth and record number it carries (each `false` when
 * omitted), and whether by hand or printed.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { labelSchema } from 'duke-records-rules';
 * labelSchema.parse({ name: true, dateOfBirth: true, method: 'handwritten' });
 * // { name: true, dateOfBirth: true, recordNumber: false, method: 'handwritten' }
 * ```
 */
export const labelSchema = /* @__PURE__ */ (() => z.object(marks()))();

/**
 * How paper documents are marked: the same marks as {@link labelSchema},
 * and `everyPage`: whether every page carries them (`false` when omitted; a
 * one-page document marked on its page counts as every page).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { paperLabelSchema } from 'duke-records-rules';
 * paperLabelSchema.parse({ name: true, dateOfBirth: true, everyPage: true }).everyPage; // true
 * ```
 */
export const paperLabelSchema = /* @__PURE__ */ (() => z.object({ ...marks(), everyPage: z.boolean().default(false) }))();

/**
 * The marks on a removable medium (output of {@link labelSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Label } from 'duke-records-rules';
 * const l: Label = { name: true, dateOfBirth: true, recordNumber: false };
 * ```
 */
export type Label = z.output<typeof labelSchema>;

/**
 * The marks on paper documents (output of {@link paperLabelSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { PaperLabel } from 'duke-records-rules';
 * const l: PaperLabel = { name: true, dateOfBirth: true, recordNumber: true, everyPage: true };
 * ```
 */
export type PaperLabel = z.output<typeof paperLabelSchema>;

/**
 * A patient detail a label can carry.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { LabelField } from 'duke-records-rules';
 * const f: LabelField = 'dateOfBirth';
 * ```
 */
export type LabelField = 'name' | 'dateOfBirth' | 'recordNumber';
