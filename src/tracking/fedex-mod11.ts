/**
 * FedEx's modulo-11 check: the digits `number[from..to)` weighted 1, 3, 7,
 * 1, 3, 7… from the right; the sum modulo 11, then modulo 10, is the digit
 * at `to`.
 *
 * @param number - normalised tracking number (digits only)
 * @param from - first digit of the serial
 * @param to - index of the check digit (just after the serial)
 * @returns whether the check digit matches
 * @internal
 *
 * @example
 * ```ts
 * fedexMod11('986578788855', 0, 11); // true
 * ```
 */
export function fedexMod11(number: string, from: number, to: number): boolean {
  let sum = 0;
  for (let i = to - 1, k = 0; i >= from; i--, k++) {
    const w = k % 3;
    sum += (number.charCodeAt(i) - 48) * (w === 0 ? 1 : w === 1 ? 3 : 7);
  }
  return (sum % 11) % 10 === number.charCodeAt(to) - 48;
}
