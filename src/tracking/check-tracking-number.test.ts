import { describe, expect, it } from 'vitest';
import { checkTrackingNumber } from './check-tracking-number';
import type { TrackingCarrier } from './types';

const UPS = '1Z5R89390357567127';
const FEDEX = '986578788855';
const USPS = '9400111201080805483016';
const SMARTPOST = '9261292700768711948021';

describe('checkTrackingNumber', () => {
  it('accepts a valid number of the claimed carrier', () => {
    expect(checkTrackingNumber('ups', UPS)).toEqual({ valid: true, detectedCarrier: 'ups', reason: 'ok' });
    expect(checkTrackingNumber('fedex', FEDEX)).toEqual({ valid: true, detectedCarrier: 'fedex', reason: 'ok' });
    expect(checkTrackingNumber('usps', USPS)).toEqual({ valid: true, detectedCarrier: 'usps', reason: 'ok' });
    expect(checkTrackingNumber('usps', 'EA123456785US')).toEqual({ valid: true, detectedCarrier: 'usps', reason: 'ok' });
  });

  it('accepts the number as typed: spaces, dashes, lower case', () => {
    expect(checkTrackingNumber('ups', ' 1z 5r8-939 0357 5671 27 ')).toEqual({ valid: true, detectedCarrier: 'ups', reason: 'ok' });
    expect(checkTrackingNumber('usps', '9400 1112 0108 0805 4830 16')).toEqual({ valid: true, detectedCarrier: 'usps', reason: 'ok' });
  });

  it('reports the carrier a number of another carrier belongs to', () => {
    expect(checkTrackingNumber('fedex', UPS)).toEqual({ valid: false, detectedCarrier: 'ups', reason: 'carrier-mismatch' });
    expect(checkTrackingNumber('usps', UPS)).toEqual({ valid: false, detectedCarrier: 'ups', reason: 'carrier-mismatch' });
    expect(checkTrackingNumber('ups', USPS)).toEqual({ valid: false, detectedCarrier: 'usps', reason: 'carrier-mismatch' });
    expect(checkTrackingNumber('fedex', USPS)).toEqual({ valid: false, detectedCarrier: 'usps', reason: 'carrier-mismatch' });
    expect(checkTrackingNumber('usps', FEDEX)).toEqual({ valid: false, detectedCarrier: 'fedex', reason: 'carrier-mismatch' });
    expect(checkTrackingNumber('ups', FEDEX)).toEqual({ valid: false, detectedCarrier: 'fedex', reason: 'carrier-mismatch' });
  });

  it('takes a FedEx SmartPost number (delivered by USPS) for FedEx, and for USPS in its full form, with its 92', () => {
    for (const n of [SMARTPOST, '92 6129098349792366623 8', '420 11213 92 6129098349792366623 8']) {
      expect(checkTrackingNumber('fedex', n)).toEqual({ valid: true, detectedCarrier: 'fedex', reason: 'ok' });
      expect(checkTrackingNumber('usps', n)).toEqual({ valid: true, detectedCarrier: 'usps', reason: 'ok' });
      expect(checkTrackingNumber('ups', n)).toEqual({ valid: false, detectedCarrier: 'fedex', reason: 'carrier-mismatch' });
    }
  });

  it('takes the short SmartPost forms FedEx prints without the 92 (20, 24 digits) for FedEx only', () => {
    // tracking_number_data 2.0.0 lists 61299998820821171811 as an invalid USPS number
    for (const n of ['61299998820821171811', '6129098349792366623 8']) {
      expect(checkTrackingNumber('fedex', n)).toEqual({ valid: true, detectedCarrier: 'fedex', reason: 'ok' });
      expect(checkTrackingNumber('usps', n)).toEqual({ valid: false, detectedCarrier: 'fedex', reason: 'carrier-mismatch' });
    }
    // with 92 put back, the same number is USPS's too
    expect(checkTrackingNumber('usps', '92 6129098349792366623 8').valid).toBe(true);
  });

  it('reads the FedEx forms of tracking_number_data 2.0.0: Express 34 beginning 11, ASTRA 32', () => {
    for (const n of ['1195266473930007521100871079919940', '1 1 9 52 6 64739 3000 75211 00 8710 799 199 40', '32971514560102447849175802862014', '3 29715 145 6010244 784917580286 2014']) {
      expect(checkTrackingNumber('fedex', n)).toEqual({ valid: true, detectedCarrier: 'fedex', reason: 'ok' });
      expect(checkTrackingNumber('usps', n)).toEqual({ valid: false, detectedCarrier: 'fedex', reason: 'carrier-mismatch' });
    }
    expect(checkTrackingNumber('fedex', '1195266473930007521100871079919941')).toEqual({ valid: false, detectedCarrier: null, reason: 'check-digit' });
    expect(checkTrackingNumber('fedex', '32971514560102447849175802852014')).toEqual({ valid: false, detectedCarrier: null, reason: 'check-digit' });
  });

  it('reads UPS waybills beginning with A, as H, J, K, T and V', () => {
    expect(checkTrackingNumber('ups', 'A1506235620')).toEqual({ valid: true, detectedCarrier: 'ups', reason: 'ok' });
    expect(checkTrackingNumber('ups', 'a 150 623 562 0')).toEqual({ valid: true, detectedCarrier: 'ups', reason: 'ok' });
    expect(checkTrackingNumber('ups', 'A1506235621')).toEqual({ valid: false, detectedCarrier: null, reason: 'check-digit' });
    expect(checkTrackingNumber('fedex', 'A1506235620')).toEqual({ valid: false, detectedCarrier: 'ups', reason: 'carrier-mismatch' });
  });

  it('reads S10 numbers of the US (USPS) only: those of other posts are of no supported form', () => {
    expect(checkTrackingNumber('usps', 'RB123456785US')).toEqual({ valid: true, detectedCarrier: 'usps', reason: 'ok' });
    for (const n of ['RB123456785GB', 'RB123456785CV', 'EA123456785DE']) {
      for (const carrier of ['fedex', 'ups', 'usps'] as const) {
        expect(checkTrackingNumber(carrier, n)).toEqual({ valid: false, detectedCarrier: null, reason: 'unknown-format' });
      }
    }
  });

  it('says check-digit when a carrier form matches but no check digit holds', () => {
    expect(checkTrackingNumber('ups', '1Z5R89390357567128')).toEqual({ valid: false, detectedCarrier: null, reason: 'check-digit' });
    expect(checkTrackingNumber('fedex', '1Z5R89390357567128')).toEqual({ valid: false, detectedCarrier: null, reason: 'check-digit' });
    expect(checkTrackingNumber('usps', '1Z5R89390357567128')).toEqual({ valid: false, detectedCarrier: null, reason: 'check-digit' });
    expect(checkTrackingNumber('fedex', '986578788856')).toEqual({ valid: false, detectedCarrier: null, reason: 'check-digit' });
    expect(checkTrackingNumber('ups', '986578788856')).toEqual({ valid: false, detectedCarrier: null, reason: 'check-digit' });
    expect(checkTrackingNumber('usps', '9400111201080805483017')).toEqual({ valid: false, detectedCarrier: null, reason: 'check-digit' });
    expect(checkTrackingNumber('fedex', '9400111201080805483017')).toEqual({ valid: false, detectedCarrier: null, reason: 'check-digit' });
    expect(checkTrackingNumber('usps', 'RB123456786US')).toEqual({ valid: false, detectedCarrier: null, reason: 'check-digit' });
    expect(checkTrackingNumber('ups', 'RB123456786US')).toEqual({ valid: false, detectedCarrier: null, reason: 'check-digit' });
  });

  it('says unknown-format for a number of no FedEx, UPS or USPS form', () => {
    for (const n of ['12345', 'hello', 'RB123456785GB', 'TBA000000000000', 'C11031500001879', '1Z5R89390357567127.', '98657878885', '1234567890123456789012345678901']) {
      for (const carrier of ['fedex', 'ups', 'usps'] as const) {
        expect(checkTrackingNumber(carrier, n)).toEqual({ valid: false, detectedCarrier: null, reason: 'unknown-format' });
      }
    }
  });

  it('answers non-strings, blanks and overlong input without reading them', () => {
    for (const v of [undefined, null, 986578788855, {}, ['1Z5R89390357567127']]) {
      expect(checkTrackingNumber('ups', v)).toEqual({ valid: false, detectedCarrier: null, reason: 'not-a-string' });
    }
    expect(checkTrackingNumber('ups', ' - ')).toEqual({ valid: false, detectedCarrier: null, reason: 'empty' });
    expect(checkTrackingNumber('ups', '1'.repeat(35))).toEqual({ valid: false, detectedCarrier: null, reason: 'too-long' });
    const started = performance.now();
    expect(checkTrackingNumber('fedex', '9'.repeat(10 * 1024 * 1024))).toEqual({ valid: false, detectedCarrier: null, reason: 'too-long' });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('says unsupported-carrier for any other carrier, still reporting the detected one', () => {
    const other = 'dhl' as TrackingCarrier;
    expect(checkTrackingNumber(other, UPS)).toEqual({ valid: false, detectedCarrier: 'ups', reason: 'unsupported-carrier' });
    expect(checkTrackingNumber(other, '986578788856')).toEqual({ valid: false, detectedCarrier: null, reason: 'unsupported-carrier' });
    expect(checkTrackingNumber(other, USPS)).toEqual({ valid: false, detectedCarrier: 'usps', reason: 'unsupported-carrier' });
    expect(checkTrackingNumber(other, 'RB123456785US')).toEqual({ valid: false, detectedCarrier: 'usps', reason: 'unsupported-carrier' });
    for (const carrier of ['other', '', 'UPS', undefined, null, 1, {}] as unknown as TrackingCarrier[]) {
      expect(checkTrackingNumber(carrier, FEDEX)).toEqual({ valid: false, detectedCarrier: 'fedex', reason: 'unsupported-carrier' });
      expect(checkTrackingNumber(carrier, 42)).toEqual({ valid: false, detectedCarrier: null, reason: 'unsupported-carrier' });
      expect(checkTrackingNumber(carrier, '')).toEqual({ valid: false, detectedCarrier: null, reason: 'unsupported-carrier' });
    }
  });

  it('never echoes the number', () => {
    const result = checkTrackingNumber('fedex', UPS);
    expect(Object.keys(result).sort()).toEqual(['detectedCarrier', 'reason', 'valid']);
    expect(JSON.stringify(result)).not.toContain('1Z5R');
  });
});
