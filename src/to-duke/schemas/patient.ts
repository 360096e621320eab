import * as z from 'zod';
import { isCalendarDate } from '../../core/calendar-date';

/**
 * The patient whose records are sent: name, date of birth and, when the
 * patient has one, the medical record number. These are the marks every
 * label needs.
 *
 * - `name`: 1 to 200 characters after trimming;
 * - `dateOfBirth`: a real calendar date `YYYY-MM-DD` (issue code
 *   `invalid_date` otherwise). Whether it lies after "today" is checked by
 *   {@link evaluateSubmission} against its `asOf` option (code
 *   `date_in_future`); this schema alone has no "today" and never reads the
 *   clock;
 * - `recordNumber`: optional, up to 64 characters; an empty or blank value
 *   means the patient has none.
 *
 * Everything here is patient data: the library never puts it in an issue,
 * finding, message or step.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { patientSchema } from 'duke-records-rules';
 * patientSchema.parse({ name: ' Jane Doe ', dateOfBirth: '1980-02-29' });
 * // { name: 'Jane Doe', dateOfBirth: '1980-02-29' }
 * patientSchema.safeParse({ name: 'Jane Doe', dateOfBirth: '1981-02-29' }).success; // false
 * ```
 */
export const patientSchema = /* @__PURE__ */ (() =>
  z.object({
    name: z.string().max(200, { abort: true }).trim().min(1),
    dateOfBirth: z
      .string()
      .max(10, { abort: true })
      .refine(isCalendarDate, { params: { code: 'invalid_date' } }),
    recordNumber: z.string().max(64, { abort: true }).trim().optional(),
  }))();

/**
 * A parsed patient (output of {@link patientSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Patient } from 'duke-records-rules';
 * const p: Patient = { name: 'Jane Doe', dateOfBirth: '1980-02-29', recordNumber: 'D1234567' };
 * ```
 */
export type Patient = z.output<typeof patientSchema>;

/**
 * Whether the patient has a medical record number: a non-blank
 * `recordNumber`.
 *
 * @param patient - a parsed patient
 * @returns `true` when a record number was given
 *
 * @internal
 * @example
 * ```ts
 * hasRecordNumber({ name: 'Jane Doe', dateOfBirth: '1980-02-29', recordNumber: '' }); // false
 * ```
 */
export function hasRecordNumber(patient: Pick<Patient, 'recordNumber'>): boolean {
  return patient.recordNumber !== undefined && patient.recordNumber.trim() !== '';
}
