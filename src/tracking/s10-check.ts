const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/**
 * The UPU S10 check digit of a 13-character item identifier
 * (`AA123456785US`): the eight serial digits weighted 8, 6, 4, 2, 3, 5, 9, 7;
 * `r` = sum modulo 11; the check digit is `11 - r`, except 0 when `r` is 1
 * and 5 when `r` is 0.
 *
 * @param number - normalised S10 identifier (13 characters)
 * @returns whether the digit at index 10 is the check digit of digits 2–9
 * @internal
 *
 * @example
 * ```ts
 * s10Check('RB123456785US'); // true
 * ```
 */
export function s10Check(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(number[i + 2]) * (WEIGHTS[i] as number);
  const r = sum % 11;
  return (r === 1 ? 0 : r === 0 ? 5 : 11 - r) === number.charCodeAt(10) - 48;
}
