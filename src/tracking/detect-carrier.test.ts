import { describe, expect, it } from 'vitest';
import { detectCarrier, validCarrier } from './detect-carrier';

describe('detectCarrier', () => {
  it('detects each carrier from form and check digit', () => {
    expect(detectCarrier('1Z5R89390357567127')).toBe('ups');
    expect(detectCarrier('K1506235620')).toBe('ups');
    expect(detectCarrier('986578788855')).toBe('fedex');
    expect(detectCarrier('0414 4176 0228 964')).toBe('fedex');
    expect(detectCarrier('9400 1112 0108 0805 4830 16')).toBe('usps');
    expect(detectCarrier('rb123456785us')).toBe('usps');
  });

  it('prefers FedEx for a SmartPost number (it is also a valid USPS number)', () => {
    expect(detectCarrier('9261292700768711948021')).toBe('fedex');
  });

  it('gives null for a wrong check digit, another courier and anything else', () => {
    for (const v of ['1Z5R89390357567128', '986578788856', 'RB123456785GB', 'TBA000000000000', 'A1506235620', '', 'x'.repeat(200), 42, null, {}]) {
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
