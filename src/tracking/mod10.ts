/**
 * The carriers' modulo-10 check: the characters `number[from..to)` weighted
 * alternately `even`, `odd` (counting from `from`), plus `extra` (the weighted
 * sum of an implied prefix), must give the digit at `to` as
 * `(10 - sum % 10) % 10`. A letter counts as `(charCode - 3) % 10` (UPS's
 * mapping: A = 2, B = 3, … I = 0, J = 1, …).
 *
 * @param number - normalised tracking number (digits and A–Z)
 * @param from - first character of the serial
 * @param to - index of the check digit (just after the serial)
 * @param even - weight of characters at even offsets from `from`
 * @param odd - weight of characters at odd offsets
 * @param extra - weighted sum of an implied prefix (`0` when none)
 * @returns whether the check digit matches
 * @internal
 *
 * @example
 * ```ts
 * // USPS 20: weights 3, 1 over the 19-digit serial
 * mod10('03071790000523483741', 0, 19, 3, 1, 0); // true
 * ```
 */
export function mod10(number: string, from: number, to: number, even: number, odd: number, extra: number): boolean {
  let sum = extra;
  let atOdd = false;
  for (let i = from; i < to; i++) {
    const c = number.charCodeAt(i);
    sum += (c < 65 ? c - 48 : (c - 3) % 10) * (atOdd ? odd : even);
    atOdd = !atOdd;
  }
  return (10 - (sum % 10)) % 10 === number.charCodeAt(to) - 48;
}
