/**
 * Reference check digits for the tests, written from the carriers'
 * published descriptions independently of src/tracking (tables and arrays,
 * no shared code), and fast-check arbitraries of valid numbers of every
 * form the module knows.
 */
import fc from 'fast-check';
import type { TrackingCarrier } from '../types';

/** UPS's published letter values: A = 2, B = 3, … I = 0, J = 1, … */
const UPS_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const UPS_VALUES = '23456789012345678901234567';
const valueOf = (ch: string): number => (/\d/.test(ch) ? Number(ch) : Number(UPS_VALUES[UPS_LETTERS.indexOf(ch)]));

/** Modulo 10 with alternating weights from the left; returns the check digit. */
export function refMod10(serial: string, weights: readonly [number, number]): number {
  const sum = [...serial].reduce((acc, ch, i) => acc + valueOf(ch) * weights[i % 2]!, 0);
  return sum % 10 === 0 ? 0 : 10 - (sum % 10);
}

/** FedEx modulo 11: weights 1, 3, 7 from the right; sum mod 11 mod 10. */
export function refFedexMod11(serial: string): number {
  const digits = [...serial].reverse().map(Number);
  const sum = digits.reduce((acc, d, i) => acc + d * [1, 3, 7][i % 3]!, 0);
  return (sum % 11) % 10;
}

/** UPU S10: weights 8 6 4 2 3 5 9 7, 11 - (sum mod 11), 10 → 0, 11 → 5. */
export function refS10(serial8: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = [...serial8].reduce((acc, ch, i) => acc + Number(ch) * weights[i]!, 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

const digit = fc.constantFrom(...'0123456789');
const alnum = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
/** `n` random digits. */
export const digits = (n: number): fc.Arbitrary<string> => fc.string({ unit: digit, minLength: n, maxLength: n });
const alnums = (n: number): fc.Arbitrary<string> => fc.string({ unit: alnum, minLength: n, maxLength: n });

/** A valid number and how it is built: `body` + `check` (+ `suffix`). */
export interface Built {
  readonly carrier: TrackingCarrier;
  readonly form: string;
  readonly body: string;
  readonly check: number;
  readonly suffix: string;
  /** Whether the form has exactly one valid check digit for its carrier. */
  readonly uniqueCheck: boolean;
}

/** The full number. */
export const numberOf = (b: Built, check = b.check): string => `${b.body}${check}${b.suffix}`;

const built = (carrier: TrackingCarrier, form: string, body: string, check: number, uniqueCheck = true, suffix = ''): Built => ({
  carrier,
  form,
  body,
  check,
  suffix,
  uniqueCheck,
});

/** Every form, one arbitrary each, valid by construction. */
export const FORMS: Readonly<Record<string, fc.Arbitrary<Built>>> = {
  'ups 1Z': alnums(15).map((s) => built('ups', 'ups 1Z', `1Z${s}`, refMod10(s, [1, 2]))),
  'ups waybill': fc
    .tuple(fc.constantFrom('A', 'H', 'J', 'K', 'T', 'V'), digits(9))
    .map(([l, s]) => built('ups', 'ups waybill', `${l}${s}`, refMod10(s, [1, 2]))),
  'fedex 12': digits(11).map((s) => built('fedex', 'fedex 12', s, refFedexMod11(s))),
  'fedex 15': digits(14).map((s) => built('fedex', 'fedex 15', s, refMod10(s, [1, 3]))),
  'fedex sscc 18': fc
    .tuple(fc.constantFrom('00', '01', '02', '04'), digits(15))
    .map(([t, s]) => built('fedex', 'fedex sscc 18', `${t}${s}`, refMod10(s, [3, 1]))),
  'fedex 96 (22)': fc
    .tuple(digits(5), digits(14))
    .map(([a, s]) => built('fedex', 'fedex 96 (22)', `96${a}${s}`, refMod10(s, [1, 3]))),
  'fedex 34': fc
    .tuple(fc.constantFrom('10', '11', '00', '58', '80', '96'), digits(18), digits(13))
    .map(([p, a, s]) => built('fedex', 'fedex 34', `${p}${a}${s}`, refFedexMod11(s))),
  'fedex astra 32': fc
    .tuple(digits(15), digits(11), digits(4))
    .map(([a, s, tail]) => built('fedex', 'fedex astra 32', `3${a}${s}`, refFedexMod11(s), true, tail)),
  'fedex smartpost': fc
    .tuple(fc.constantFrom('', '92', '420'), digits(5), digits(2), digits(8), fc.constantFrom(7, 11))
    .chain(([prefix, zip, scnc, shipper, pkg]) =>
      digits(pkg).map((p) => {
        const serial = `${scnc}29${shipper}${p}`;
        const head = prefix === '420' ? `420${zip}92` : prefix;
        const read = serial.startsWith('92') ? serial : `92${serial}`;
        // 420 ZIP 92 + 22 digits (34 in all) has the Express 34 form too: a second check digit may hold
        return built('fedex', 'fedex smartpost', `${head}${serial}`, refMod10(read, [3, 1]), !(prefix === '420' && pkg === 11));
      }),
    ),
  'usps impb 22/26': fc
    .tuple(fc.constantFrom('91', '92', '93', '94', '95'), digits(12), fc.constantFrom(7, 11))
    .chain(([ai, head, pkg]) =>
      digits(pkg).map((p) => built('usps', 'usps impb 22/26', `${ai}${head}${p}`, refMod10(`${ai}${head}${p}`, [3, 1]))),
    ),
  'usps impb 420 (28/30)': fc
    .tuple(digits(5), fc.constantFrom('', '91', '92', '93', '94', '95'), digits(19))
    .map(([zip, ai, s]) => {
      const serial = `${ai}${s}`;
      const read = ai === '' && !/^9[1-5]/.test(serial) ? `91${serial}` : serial;
      return built('usps', 'usps impb 420 (28/30)', `420${zip}${serial}`, refMod10(read, [3, 1]));
    }),
  'usps 20': digits(19).map((s) => built('usps', 'usps 20', s, refMod10(s, [3, 1]), /^9[1-5]/.test(s))),
  'usps 34v2': fc
    .tuple(digits(5), digits(4), fc.constantFrom('', '92', '93', '94', '95'), digits(19))
    .map(([zip, route, ai, s]) => built('usps', 'usps 34v2', `420${zip}${route}${ai}${s}`, refMod10(`${ai}${s}`, [3, 1]), false)),
  'usps s10': fc
    .tuple(fc.constantFrom('EA', 'EZ', 'LB', 'RR', 'CP', 'VA', 'UA', 'HA', 'QA', 'QM', 'AV', 'AZ', 'GA', 'GD', 'BZ', 'NA', 'PZ', 'ZZ', 'MA', 'DA'), digits(8))
    .map(([service, s]) => built('usps', 'usps s10', `${service}${s}`, refS10(s), true, 'US')),
};

/** Any valid number of any form. */
export const anyValid: fc.Arbitrary<Built> = fc.oneof(...Object.values(FORMS));

/** Valid numbers whose check digit is the only valid one for their carrier. */
export const uniquelyChecked: fc.Arbitrary<Built> = anyValid.filter((b) => b.uniqueCheck);

/** Inserts spaces and dashes between characters and lower-cases some letters (keeps the number ≤ 128 characters). */
export const retyped = (number: string): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.constantFrom('', '', '', ' ', '-', '  ', '--'), fc.boolean()), {
      minLength: number.length,
      maxLength: number.length,
    })
    .map((parts) => [...number].map((ch, i) => `${parts[i]![1] ? ch.toLowerCase() : ch}${i < number.length - 1 ? parts[i]![0] : ''}`).join(''));
