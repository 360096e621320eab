/**
 * tracking_number_data 2.0.0 (MIT, test-support/tracking-number-data/, with
 * its licence and attribution): every published test number of the FedEx,
 * UPS and USPS formats gets its verdict for its carrier, the S10 numbers of
 * the US are USPS numbers and those of other posts are out of scope; and on
 * generated numbers of the formats read by the data's own regex and checksum
 * (FedEx Express 34, FedEx ASTRA 32, UPS, UPS Waybill), the library agrees
 * with the data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTrackingNumber } from './check-tracking-number';
import { detectCarrier } from './detect-carrier';
import { smartPostStatus } from './fedex-status';
import { dataValid, readCourier } from './test-support/data-oracle';
import { digits } from './test-support/reference';

const CARRIERS = ['fedex', 'ups', 'usps'] as const;

describe('tracking_number_data 2.0.0', () => {
  it('every valid FedEx, UPS and USPS test number passes for its carrier, every invalid one fails (105 numbers)', () => {
    const failures: string[] = [];
    let count = 0;
    for (const carrier of CARRIERS) {
      for (const format of readCourier(carrier).tracking_numbers) {
        for (const [kind, numbers] of [['valid', format.test_numbers.valid], ['invalid', format.test_numbers.invalid ?? []]] as const) {
          for (const n of numbers) {
            count++;
            if (checkTrackingNumber(carrier, n).valid !== (kind === 'valid')) failures.push(`${format.name} ${kind} ${n}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(count).toBe(105);
  });

  it('names every format the library claims, and the data lists no other FedEx, UPS or USPS format', () => {
    expect(CARRIERS.flatMap((c) => readCourier(c).tracking_numbers.map((f) => f.name))).toEqual([
      'FedEx Express (12)',
      'FedEx Express (34)',
      'FedEx ASTRA (32)',
      'FedEx Ground',
      'FedEx Ground (SSCC-18)',
      'FedEx Ground 96 (22)',
      'FedEx Ground GSN',
      'UPS',
      'UPS Waybill',
      'USPS 20',
      'USPS IMpb N',
      'USPS Legacy',
      'USPS IMpb C',
    ]);
  });

  it('detects the carrier of every valid test number (a SmartPost-form USPS number is FedEx’s)', () => {
    const detected = CARRIERS.flatMap((carrier) =>
      readCourier(carrier).tracking_numbers.flatMap((f) => f.test_numbers.valid.map((n) => [carrier, detectCarrier(n), n] as const)),
    );
    const others = detected.filter(([carrier, found]) => carrier !== found);
    // the USPS IMpb C numbers with the FedEx SmartPost service code 29 (92 SCNC 29…) are SmartPost numbers
    expect(others.every(([carrier, found, n]) => carrier === 'usps' && found === 'fedex' && /^(?:420\d{5})?92\d\d29/.test(n.replace(/\s/g, '')))).toBe(true);
    expect(others.length).toBe(10);
    expect(detected.length).toBe(77);
  });

  it('S10: the numbers of the US are USPS numbers, those of other posts are out of scope', () => {
    const [s10] = readCourier('s10').tracking_numbers;
    const verdicts = [...(s10?.test_numbers.valid ?? []), ...(s10?.test_numbers.invalid ?? [])].map((n) => [n, checkTrackingNumber('usps', n)] as const);
    expect(verdicts).toEqual([
      ['RB123456785GB', { valid: false, detectedCarrier: null, reason: 'unknown-format' }],
      ['RB123456785US', { valid: true, detectedCarrier: 'usps', reason: 'ok' }],
      ['RB123456785CV', { valid: false, detectedCarrier: null, reason: 'unknown-format' }],
      ['RB123456785CF', { valid: false, detectedCarrier: null, reason: 'unknown-format' }],
      ['RB123456786US', { valid: false, detectedCarrier: null, reason: 'check-digit' }],
      ['RB123456785XX', { valid: false, detectedCarrier: null, reason: 'unknown-format' }],
    ]);
  });

  describe("agrees with the data's regex and checksum on generated numbers", () => {
    /** The formats of one courier, named; the oracle reads neither prepended serials nor lookups: these formats have none. */
    const formats = (courier: 'fedex' | 'ups', names: readonly string[]) =>
      names.map((name) => {
        const found = readCourier(courier).tracking_numbers.find((f) => f.name === name);
        expect(found?.validation.serial_number_format).toBeUndefined();
        if (courier === 'fedex') expect(found?.additional ?? []).toEqual([]);
        return found as NonNullable<typeof found>;
      });
    const cases = [
      // 34 digits: Express (any first digit but 9), Ground GSN (96), and SmartPost (420 ZIP 92 SCNC 29…, not in the data)
      [
        'fedex',
        ['FedEx Express (34)', 'FedEx Ground GSN'],
        fc.oneof(
          fc.tuple(fc.constantFrom(...'0123456789'), digits(32)).map(([a, b]) => `${a}${b}`),
          digits(31).map((b) => `96${b}`),
          fc.tuple(digits(5), digits(2), digits(19)).map(([zip, scnc, rest]) => `420${zip}92${scnc}29${rest}`),
        ),
      ],
      ['fedex', ['FedEx ASTRA (32)'], fc.tuple(fc.constantFrom('3', '3', '4'), digits(26), digits(4)).map(([a, b, t]) => `${a}${b}?${t}`)],
      ['ups', ['UPS Waybill'], fc.tuple(fc.constantFrom(...'AHJKTVBZ'), digits(9)).map(([a, b]) => `${a}${b}`)],
    ] as const;
    for (const [courier, names, body] of cases) {
      it(`${names.join(', ')}: each generated number with all ten check digits`, () => {
        const fs = formats(courier, names);
        fc.assert(
          fc.property(body, (b) => {
            for (const d of '0123456789') {
              const n = b.includes('?') ? b.replace('?', d) : `${b}${d}`;
              const data = fs.some((f) => dataValid(f, n));
              expect(checkTrackingNumber(courier, n).valid).toBe(data || (courier === 'fedex' && smartPostStatus(n) === 2));
            }
          }),
        );
      });
    }
  });
});
