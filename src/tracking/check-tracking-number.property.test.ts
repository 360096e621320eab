import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTrackingNumber } from './check-tracking-number';
import { detectCarrier } from './detect-carrier';
import { hostileValues } from '../../test/support/hostile';
import { anyValid, digits, FORMS, numberOf, refMod10, retyped, uniquelyChecked } from './test-support/reference';

const CARRIERS = ['fedex', 'ups', 'usps'] as const;
const REASONS = ['ok', 'not-a-string', 'empty', 'too-long', 'unknown-format', 'check-digit', 'carrier-mismatch', 'unsupported-carrier'];

describe('checkTrackingNumber (properties)', () => {
  it('never throws and always answers with a known reason, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...CARRIERS), fc.anything()), fc.anything(), (carrier, number) => {
        const result = checkTrackingNumber(carrier as (typeof CARRIERS)[number], number);
        expect(REASONS).toContain(result.reason);
        expect(result.valid).toBe(result.reason === 'ok');
        expect([...CARRIERS, null]).toContain(result.detectedCarrier);
        expect(detectCarrier(number)).toBe(typeof number === 'string' ? detectCarrier(number) : null);
      }),
    );
    for (const v of hostileValues(['number'])) {
      for (const carrier of CARRIERS) expect(checkTrackingNumber(carrier, v).valid).toBe(false);
      expect(detectCarrier(v)).toBeNull();
    }
  });

  it('answers strings over 128 characters with too-long, quickly', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 129, maxLength: 2000 }), fc.constantFrom(...CARRIERS), (s, carrier) => {
        expect(checkTrackingNumber(carrier, s)).toEqual({ valid: false, detectedCarrier: null, reason: 'too-long' });
      }),
    );
    const huge = '1Z'.repeat(5 * 1024 * 1024);
    const started = performance.now();
    for (const carrier of CARRIERS) checkTrackingNumber(carrier, huge);
    detectCarrier(huge);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('accepts every valid generated number for its carrier', () => {
    fc.assert(
      fc.property(anyValid, (b) => {
        const n = numberOf(b);
        expect(checkTrackingNumber(b.carrier, n)).toEqual({ valid: true, detectedCarrier: b.carrier, reason: 'ok' });
        const detected = detectCarrier(n);
        // a USPS IMpb number that is also a FedEx SmartPost number is detected as FedEx
        expect(detected === b.carrier || (b.carrier === 'usps' && detected === 'fedex' && checkTrackingNumber('fedex', n).valid)).toBe(true);
      }),
    );
  });

  for (const [form, arbitrary] of Object.entries(FORMS)) {
    it(`accepts valid ${form} numbers`, () => {
      fc.assert(
        fc.property(arbitrary, (b) => {
          expect(checkTrackingNumber(b.carrier, numberOf(b)).valid).toBe(true);
        }),
      );
    });
  }

  it('gives the same verdict however the number is typed (spaces, dashes, case)', () => {
    fc.assert(
      fc.property(
        anyValid.chain((b) => fc.tuple(fc.constant(b), retyped(numberOf(b)))),
        fc.constantFrom(...CARRIERS),
        ([b, typed], carrier) => {
          expect(checkTrackingNumber(carrier, typed)).toEqual(checkTrackingNumber(carrier, numberOf(b)));
          expect(detectCarrier(typed)).toBe(detectCarrier(numberOf(b)));
        },
      ),
    );
  });

  it('rejects the number when its check digit alone is changed', () => {
    fc.assert(
      fc.property(uniquelyChecked, fc.integer({ min: 1, max: 9 }), (b, shift) => {
        const result = checkTrackingNumber(b.carrier, numberOf(b, (b.check + shift) % 10));
        expect(result.valid).toBe(false);
        expect(['check-digit', 'carrier-mismatch']).toContain(result.reason);
      }),
    );
  });

  it('accepts at most two check digits for a USPS number read two ways (as ts-tracking-number does)', () => {
    fc.assert(
      fc.property(fc.oneof(FORMS['usps 20']!, FORMS['usps 34v2']!), (b) => {
        const valid = [...'0123456789'].filter((d) => checkTrackingNumber('usps', numberOf(b, Number(d))).valid);
        expect(valid).toContain(String(b.check));
        expect(valid.length).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('takes a SmartPost number for USPS too exactly when it carries its 92 (the full form)', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '92', '420'), digits(5), fc.oneof(fc.constantFrom('92', '61', '74'), digits(2)), digits(8), digits(11), fc.boolean(), (prefix, zip, scnc, shipper, pkg11, short) => {
        const serial = `${scnc}29${shipper}${short ? pkg11.slice(0, 7) : pkg11}`;
        const head = prefix === '420' ? `420${zip}92` : prefix;
        const n = `${head}${serial}${refMod10(serial.startsWith('92') ? serial : `92${serial}`, [3, 1])}`;
        expect(checkTrackingNumber('fedex', n).valid).toBe(true);
        // full form (22, 26, 30, 34 digits): USPS reads the same check digit; short form (20, 24): USPS's differs.
        // A serial whose service code (SCNC) is 92 reads the other way round: its own 92 is the one USPS sees.
        expect(checkTrackingNumber('usps', n).valid).toBe((prefix !== '') !== (scnc === '92'));
      }),
    );
  });
});
