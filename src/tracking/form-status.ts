/**
 * How a normalised number fits one carrier's forms: `0` none of them, `1`
 * one of them but with a wrong check digit, `2` valid.
 *
 * @internal
 * @example
 * ```ts
 * const s: FormStatus = 2;
 * ```
 */
export type FormStatus = 0 | 1 | 2;

/**
 * The status of a number that has the form: `2` when its check digit holds,
 * else `1`.
 *
 * @param checkDigitHolds - the result of the form's check-digit algorithm
 * @returns `2` or `1`
 * @internal
 *
 * @example
 * ```ts
 * formStatus(false); // 1
 * ```
 */
export function formStatus(checkDigitHolds: boolean): FormStatus {
  return checkDigitHolds ? 2 : 1;
}
