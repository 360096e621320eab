import { describe, expect, it } from 'vitest';
import { checkTrackingNumber } from './check-tracking-number';
import { detectCarrier, validCarrier } from './detect-carrier';

describe('detectCarrier', () => {
  it('detects each carrier from form and check digit', () => {
    expect(detectCarrier('1Z5R89390357567127')).toBe('ups');
    expect(detectCarrier('K1506235620')).toBe('ups');
    expect(detectCarrier('A1506235620')).toBe('ups');
    expect(detectCarrier('1195 2664 7393 0007 5211 0087 1079 9199 40')).toBe('fedex');
    expect(detectCarrier('3297 1514 5601 0244 7849 1758 0286 2014')).toBe('fedex');
    expect(detectCarrier('986578788855')).toBe('fedex');
    expect(detectCarrier('0414 4176 0228 964')).toBe('fedex');
    expect(detectCarrier('9400 1112 0108 0805 4830 16')).toBe('usps');
    expect(detectCarrier('rb123456785us')).toBe('usps');
  });

  it('prefers FedEx for a SmartPost number (it is also a valid USPS number)', () => {
    expect(detectCarrier('9261292700768711948021')).toBe('fedex');
    expect(detectCarrier('420 11213 92 6129098349792366623 8')).toBe('fedex');
  });

  it('prefers USPS for a 420-routed USPS number that passes FedEx Express 34 only by its looser form', () => {
    // USPS IMpb C of tracking_number_data 2.0.0; its last digit is also FedEx's modulo-11 check digit of digits 21–33
    const n = '4201028200009261290113185417468510';
    expect(checkTrackingNumber('usps', n).valid).toBe(true);
    expect(checkTrackingNumber('fedex', n).valid).toBe(true);
    expect(detectCarrier(n)).toBe('usps');
  });

  it('gives null for a wrong check digit, another courier and anything else', () => {
    for (const v of ['1Z5R89390357567128', '986578788856', 'RB123456785GB', 'TBA000000000000', 'A1506235621', '', 'x'.repeat(200), 42, null, {}]) {
      expect(detectCarrier(v)).toBeNull();
    }
  });
});

describe('validCarrier', () => {
  it('tries FedEx, then UPS, then USPS', () => {
    expect(validCarrier({ ok: true, number: '9261292700768711948021', digits: true })).toBe('fedex');
    expect(validCarrier({ ok: true, number: '1Z5R89390357567127', digits: false })).toBe('ups');
    expect(validCarrier({ ok: true, number: '9400111201080805483016', digits: true })).toBe('usps');
    expect(validCarrier({ ok: true, number: '9400111201080805483017', digits: true })).toBeNull();
    // a FedEx 12-digit number read as not all digits is no FedEx number
    expect(validCarrier({ ok: true, number: '986578788855', digits: false })).toBeNull();
  });
});
